import { type Actor, chinaDateOf, conflict } from '@sanxiang/domain';
import { type Db, officer } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { currentSnapshot, requireOfficer } from './officer-views.ts';
import { effectiveDate, recordChange } from './registry-history.ts';

/**
 * 吊销执法证: final. The officer keeps their record and history (and the 亮证 page then says 已吊销); to act
 * again, in this agency or another, a newly issued certificate is registered.
 */
export const revokeOfficer = async (tx: Db, actor: Actor, id: string, input: { reason: string; effectiveOn?: string }, now: Date) => {
  const effectiveOn = effectiveDate(input.effectiveOn, chinaDateOf(now));
  const { o } = await requireOfficer(tx, actor, id, 'officer.manage');
  if (o.status === 'revoked') throw conflict('OFFICER_REVOKED', `${o.name}的执法证已吊销`);
  const before = await currentSnapshot(tx, id);
  await tx.update(officer).set({ status: 'revoked', updatedAt: now }).where(eq(officer.id, id));
  await recordChange(tx, { entityType: 'officer', entityId: id, kind: 'revoke', effectiveOn, changedAt: now, changedBy: actor.accountId, reason: input.reason, before, after: await currentSnapshot(tx, id) });
  return id;
};
