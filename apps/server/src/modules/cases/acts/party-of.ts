import { conflict } from '@sanxiang/domain';
import { party } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { ActContext } from '../perform-act.ts';

/** The case's party as documents print it (ID numbers masked); acts from the prior notice on need one. */
export const partyOf = async (ctx: ActContext) => {
  if (!ctx.row.partyId) throw conflict('CASE_PARTY_REQUIRED', '本案尚未确定当事人，不能制作面向当事人的文书');
  const [p] = await ctx.tx.select().from(party).where(eq(party.id, ctx.row.partyId));
  return { id: p.id, name: p.name, kind: p.kind as 'person' | 'organization', creditCode: p.creditCode, idNumberMasked: p.idNumberMasked, address: p.address ?? null, minor: p.kind === 'person' && partyIsMinor(p.birthDate, ctx.today) };
};

/** Under 18 on the day (处罚法 第三十条); a minor party is flagged and never published. */
export const partyIsMinor = (birthDate: string | null, today: string) => {
  if (!birthDate) return false;
  const [y, m, d] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0) < 18;
};
