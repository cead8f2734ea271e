import { type Actor, conflict } from '@sanxiang/domain';
import { type Db, evidenceItem } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { managedItem } from './change-retention.ts';
import { appendCustody } from './custody.ts';

/** 诉讼保全 (legal hold): while set, nothing deletes the item whatever its retention says. */
export const setLegalHold = async (tx: Db, actor: Actor, evidenceId: string, input: { hold: boolean; reason: string }, now: Date) => {
  const { item } = await managedItem(tx, actor, evidenceId);
  if (item.legalHold === input.hold) throw conflict('LEGAL_HOLD_UNCHANGED', input.hold ? '该证据已处于诉讼保全状态' : '该证据未处于诉讼保全状态');
  const [updated] = await tx.update(evidenceItem).set({ legalHold: input.hold, deletionQueuedOn: input.hold ? null : item.deletionQueuedOn }).where(eq(evidenceItem.id, item.id)).returning();
  await appendCustody(tx, { evidenceId: item.id, caseId: item.caseId, agencyId: item.agencyId, type: 'legal-hold', at: now, actorAccountId: actor.accountId, payload: { hold: input.hold, reason: input.reason } });
  return updated;
};
