import { type Actor, checkAccess, NATIONAL_RETENTION_TABLE, notFound, RETENTION_CLASS_LABELS, type RetentionClass, retentionOf } from '@sanxiang/domain';
import { type Db, evidenceItem } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { appendCustody } from './custody.ts';
import { retentionFactsOf } from './evidence-views.ts';
import { itemInScope } from './read-access.ts';

export const managedItem = async (tx: Db, actor: Actor, evidenceId: string) => {
  const found = await itemInScope(tx, actor, evidenceId);
  if (checkAccess(actor, 'evidence.manage', found.place) !== 'allow') throw notFound('EVIDENCE_NOT_FOUND', '没有这项证据');
  return found;
};

/**
 * 变更保管期限: the agency sets the item's class; what applies is still the longest of every rule (a recording
 * used as evidence stays permanent whatever is set). The change and its effect are a custody event.
 */
export const changeRetention = async (tx: Db, actor: Actor, evidenceId: string, input: { retentionClass: RetentionClass; reason: string }, now: Date, table = NATIONAL_RETENTION_TABLE) => {
  const { item } = await managedItem(tx, actor, evidenceId);
  const before = retentionOf(retentionFactsOf(item), table);
  const [updated] = await tx.update(evidenceItem).set({ retentionClass: input.retentionClass }).where(eq(evidenceItem.id, item.id)).returning();
  const after = retentionOf(retentionFactsOf(updated), table);
  await appendCustody(tx, {
    evidenceId: item.id,
    caseId: item.caseId,
    agencyId: item.agencyId,
    type: 'retention-change',
    at: now,
    actorAccountId: actor.accountId,
    payload: {
      reason: input.reason,
      assignedBefore: item.retentionClass,
      assignedAfter: input.retentionClass,
      effective: after.class,
      effectiveLabel: RETENTION_CLASS_LABELS[after.class],
      keepUntil: after.keepUntil,
      effectiveBefore: before.class,
    },
  });
  return updated;
};
