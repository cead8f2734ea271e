import { type Actor, type Action, checkAccess, notFound } from '@sanxiang/domain';
import { agency, caseFile, caseHandler, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';

export type CasePlace = {
  caseId: string;
  agencyId: string;
  agencyName: string;
  unitId: string | null;
  handlerAccountIds: string[];
  partyId: string | null;
  title: string;
  clueNumber: string;
  caseNumber: string | null;
};

/**
 * Where a case sits, for evidence access: its agency, unit and handlers. Read-only; the case module owns these
 * tables and the evidence module never writes them (case events go through `appendCaseEvent`).
 */
export const casePlaceOf = async (db: Db, caseId: string): Promise<CasePlace | undefined> => {
  const [row] = await db
    .select({ c: caseFile, agencyName: agency.name })
    .from(caseFile)
    .innerJoin(agency, eq(agency.id, caseFile.agencyId))
    .where(eq(caseFile.id, caseId));
  if (!row) return undefined;
  const handlers = await db.select({ accountId: caseHandler.accountId }).from(caseHandler).where(eq(caseHandler.caseId, caseId));
  return {
    caseId,
    agencyId: row.c.agencyId,
    agencyName: row.agencyName,
    unitId: row.c.unitId,
    handlerAccountIds: handlers.map((h) => h.accountId),
    partyId: row.c.partyId,
    title: row.c.title,
    clueNumber: row.c.clueNumber,
    caseNumber: row.c.caseNumber,
  };
};

/** The case, if the action reaches it; otherwise CASE_NOT_FOUND (a case out of scope looks like no case). */
export const caseInScope = async (db: Db, actor: Actor, caseId: string, action: Action) => {
  const place = await casePlaceOf(db, caseId);
  if (!place || checkAccess(actor, action, place) !== 'allow') throw notFound('CASE_NOT_FOUND', '没有这个案件');
  return place;
};
