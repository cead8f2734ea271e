import { certificateEligibility, chinaDateOf, investigativeActRefusals, unprocessable } from '@sanxiang/domain';
import { account, officer } from '@sanxiang/db';
import { eq, inArray } from 'drizzle-orm';
import type { ActContext } from '../perform-act.ts';

/**
 * The officers taking part in an investigative act, checked against 处罚法 第四十二条 (two valid certificates) and
 * 第四十三条 (each has declared no conflict on this case). Returns their names for the record.
 */
export const checkedParticipants = async (ctx: ActContext, accountIds: readonly string[]) => {
  const ids = [...new Set(accountIds)];
  const rows = await ctx.tx
    .select({ accountId: account.id, name: account.displayName, status: account.status, o: officer })
    .from(account)
    .leftJoin(officer, eq(officer.id, account.officerId))
    .where(inArray(account.id, ids));
  const today = chinaDateOf(ctx.now);
  const declared = new Set(ctx.state.recusals ?? []);
  const handlers = new Set(ctx.handlers.map((h) => h.accountId));
  const participants = ids.map((id) => {
    const r = rows.find((x) => x.accountId === id);
    return {
      accountId: id,
      name: r?.name ?? id,
      eligible: Boolean(r && r.status === 'active' && r.o && certificateEligibility(r.o, today).eligible),
      isHandler: handlers.has(id),
      declaredNoConflict: declared.has(id),
      certificateNo: r?.o?.certificateNo ?? null,
    };
  });
  const refusals = investigativeActRefusals(participants);
  if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => r.message).join('；'), { refusals });
  return participants.map((p) => ({ accountId: p.accountId, name: p.name, certificateNo: p.certificateNo }));
};
