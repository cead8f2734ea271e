import { type Actor, chinaDateOf, deletionCheck, NATIONAL_RETENTION_TABLE, recoverableUntil } from '@sanxiang/domain';
import { type Db, evidenceItem } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { managedItem } from './change-retention.ts';
import { appendCustody } from './custody.ts';
import { retentionFactsOf } from './evidence-views.ts';

/**
 * 申请删除: the request itself is always recorded (a custody event); it only queues the item when no rule keeps
 * it (legal hold, a case link, a running retention period). A queued item stays recoverable for the window.
 */
export const requestDeletion = async (tx: Db, actor: Actor, evidenceId: string, reason: string, now: Date, table = NATIONAL_RETENTION_TABLE) => {
  const { item } = await managedItem(tx, actor, evidenceId);
  const today = chinaDateOf(now);
  const check = deletionCheck(retentionFactsOf(item), today, table);
  const outcome = check.ok ? 'queued' : 'refused';
  if (check.ok) await tx.update(evidenceItem).set({ deletionQueuedOn: today }).where(eq(evidenceItem.id, item.id));
  const event = await appendCustody(tx, {
    evidenceId: item.id,
    caseId: item.caseId,
    agencyId: item.agencyId,
    type: 'deletion-request',
    at: now,
    actorAccountId: actor.accountId,
    payload: { reason, outcome, code: check.ok ? null : check.code, recoverableUntil: check.ok ? recoverableUntil(today, table) : null },
  });
  return {
    eventId: event.id,
    outcome: outcome as 'queued' | 'refused',
    code: check.ok ? null : check.code,
    message: check.ok ? `已列入删除队列，${recoverableUntil(today, table)} 前可恢复` : `删除申请已登记，但不能删除：${check.message}`,
  };
};
