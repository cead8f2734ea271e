import {
  type Actor,
  allowedCaseActions,
  CASE_ACTION_RULES,
  CASE_STATUS_LABELS,
  type CaseAction,
  type CaseStatus,
  caseRelationOf,
  certificateEligibility,
  checkAccess,
  chinaDateOf,
  conflict,
  forbidden,
  notFound,
} from '@sanxiang/domain';
import { account, caseFile, caseHandler, type Db, officer } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';

/**
 * Loads a case for an act on it: out of the actor's `case.act` scope it is CASE_NOT_FOUND, as for reads; the act
 * must be the actor's to take (403) and the case must stand where the act starts (409, naming where it stands).
 */
export const caseForAct = async (tx: Db, actor: Actor, caseId: string, act: CaseAction) => {
  const [row] = await tx.select().from(caseFile).where(eq(caseFile.id, caseId));
  const handlers = row ? await tx.select().from(caseHandler).where(eq(caseHandler.caseId, caseId)) : [];
  const place = row && { agencyId: row.agencyId, unitId: row.unitId, handlerAccountIds: handlers.map((h) => h.accountId) };
  if (!row || checkAccess(actor, 'case.act', place) !== 'allow') throw notFound('CASE_NOT_FOUND', '没有这个案件');
  const relation = caseRelationOf(actor, { agencyId: row.agencyId, unitId: row.unitId, leadAccountId: handlers.find((h) => h.role === 'lead')?.accountId ?? null, handlerAccountIds: handlers.map((h) => h.accountId) });
  const rule = CASE_ACTION_RULES[act];
  if (!rule.who(relation)) throw forbidden('CASE_ACT_NOT_YOURS', `${rule.label}须由${rule.whoLabel}办理`);
  if (!allowedCaseActions(row.status, relation).includes(act)) {
    throw conflict('CASE_STATE_INVALID', `案件当前状态为“${CASE_STATUS_LABELS[row.status as CaseStatus] ?? row.status}”，不能${rule.label}`, { status: row.status });
  }
  return { row, handlers };
};

/** How many of a case's handlers may act today: an active account with a valid 执法证 (处罚法 第四十二条). */
export const eligibleHandlerCount = async (tx: Db, caseId: string, now: Date) => {
  const today = chinaDateOf(now);
  const rows = await tx
    .select({ status: account.status, o: officer })
    .from(caseHandler)
    .innerJoin(account, eq(account.id, caseHandler.accountId))
    .innerJoin(officer, eq(officer.id, account.officerId))
    .where(and(eq(caseHandler.caseId, caseId)));
  return rows.filter((r) => r.status === 'active' && certificateEligibility(r.o, today).eligible).length;
};

export const actorName = async (tx: Db, accountId: string) =>
  (await tx.select({ name: account.displayName }).from(account).where(eq(account.id, accountId)))[0]?.name ?? null;
