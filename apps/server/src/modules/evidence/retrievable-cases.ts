import { type Actor, scopesFor } from '@sanxiang/domain';
import { agency, caseFile, caseHandler, type Db, evidenceItem } from '@sanxiang/db';
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';

/**
 * 证据调阅: cases with evidence within the actor's `evidence.read` scope, found by title or number. Handlers
 * reach their cases from the case page; this is how anyone else (with a purpose) reaches a case's evidence.
 */
export const retrievableCases = async (db: Db, actor: Actor, q?: string) => {
  const parts = scopesFor(actor.roles, 'evidence.read').map((scope): SQL => {
    if (scope === 'jurisdiction') return actor.jurisdictionAgencyIds.size ? inArray(caseFile.agencyId, [...actor.jurisdictionAgencyIds]) : sql`false`;
    if (scope === 'global') return sql`true`;
    return eq(caseFile.agencyId, actor.agencyId);
  });
  const scope = parts.length ? or(...parts)! : sql`false`;
  const text = q ? or(ilike(caseFile.title, `%${q}%`), ilike(caseFile.clueNumber, `%${q}%`), ilike(caseFile.caseNumber, `%${q}%`)) : undefined;
  const rows = await db
    .select({ caseId: caseFile.id, title: caseFile.title, clueNumber: caseFile.clueNumber, caseNumber: caseFile.caseNumber, agencyName: agency.name, n: count(evidenceItem.id) })
    .from(caseFile)
    .innerJoin(agency, eq(agency.id, caseFile.agencyId))
    .innerJoin(evidenceItem, eq(evidenceItem.caseId, caseFile.id))
    .where(and(scope, text))
    .groupBy(caseFile.id, caseFile.title, caseFile.clueNumber, caseFile.caseNumber, agency.name)
    .orderBy(desc(caseFile.registeredAt))
    .limit(50);
  const handled = rows.length
    ? new Set(
        (await db.select({ caseId: caseHandler.caseId }).from(caseHandler).where(and(eq(caseHandler.accountId, actor.accountId), inArray(caseHandler.caseId, rows.map((r) => r.caseId))))).map((h) => h.caseId),
      )
    : new Set<string>();
  return { items: rows.map((r) => ({ caseId: r.caseId, title: r.title, clueNumber: r.clueNumber, caseNumber: r.caseNumber, agencyName: r.agencyName, evidenceCount: Number(r.n), handles: handled.has(r.caseId) })) };
};
