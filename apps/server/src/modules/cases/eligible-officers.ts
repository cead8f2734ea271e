import { certificateEligibility, chinaDateOf, invalid } from '@sanxiang/domain';
import { account, accountRole, agencyUnit, type Db, officer } from '@sanxiang/db';
import { and, eq, inArray } from 'drizzle-orm';

/** Officers of an agency who may act today: an officer role and a valid enforcement certificate (处罚法 第四十二条). */
export const eligibleOfficers = async (db: Db, agencyId: string, now: Date) => {
  const today = chinaDateOf(now);
  const rows = await db
    .select({ accountId: account.id, name: account.displayName, unitName: agencyUnit.name, o: officer })
    .from(account)
    .innerJoin(officer, eq(officer.id, account.officerId))
    .innerJoin(accountRole, and(eq(accountRole.accountId, account.id), eq(accountRole.role, 'officer')))
    .leftJoin(agencyUnit, eq(agencyUnit.id, account.unitId))
    .where(and(eq(account.agencyId, agencyId), eq(account.status, 'active')));
  return rows.flatMap((r) => {
    const e = certificateEligibility(r.o, today);
    return e.eligible ? [{ accountId: r.accountId, name: r.name, unitName: r.unitName, certificateNo: r.o.certificateNo, expiresSoon: e.expiresSoon }] : [];
  });
};

/** Refuses, naming the person and the reason, any handler who may not act today. */
export const requireEligibleHandlers = async (db: Db, agencyId: string, accountIds: string[], now: Date) => {
  const today = chinaDateOf(now);
  const rows = await db
    .select({ accountId: account.id, name: account.displayName, agencyId: account.agencyId, o: officer })
    .from(account)
    .leftJoin(officer, eq(officer.id, account.officerId))
    .where(inArray(account.id, accountIds));
  for (const id of accountIds) {
    const r = rows.find((x) => x.accountId === id);
    if (!r || r.agencyId !== agencyId) throw invalid('HANDLER_NOT_IN_AGENCY', '承办人须为本机关的执法人员');
    if (!r.o) throw invalid('HANDLER_NO_CERTIFICATE', `${r.name}没有执法证，不能承办案件`);
    const e = certificateEligibility(r.o, today);
    if (!e.eligible) throw invalid(e.code, `${r.name}不能承办案件：${e.reason}`);
  }
};
