import { type PublicDecision } from '@sanxiang/domain';
import { agency, type Db, disclosureRecord } from '@sanxiang/db';
import { eq, sql } from 'drizzle-orm';
import { searchColumnsSql } from './search-index.ts';

export type DisclosureRow = typeof disclosureRecord.$inferSelect;

/** The allowlisted public fields of a stored record (the agency's name joined in). */
export const publicDecisionOf = (row: DisclosureRow, agencyName: string): PublicDecision => ({
  agencyName,
  kind: row.kind as PublicDecision['kind'],
  documentNumber: row.documentNumber,
  decisionDate: row.decisionDate,
  partyName: row.partyName,
  partyKind: row.partyKind as PublicDecision['partyKind'],
  creditCode: row.creditCode,
  category: row.category,
  violation: row.violation,
  basis: row.basis,
  content: row.content,
  fineFen: row.fineFen,
  confiscationFen: row.confiscationFen,
  summary: row.summary,
});

export const recordWithAgency = async (db: Db, id: string) => {
  const [hit] = await db
    .select({ record: disclosureRecord, agencyName: agency.name })
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(eq(disclosureRecord.id, id));
  return hit;
};

/**
 * Search text of a record: its public fields only (never anything the public cannot see), and the `simple`
 * tsvector over it. The search module refines both (segmentation) from the same public fields.
 */
export const refreshSearchText = async (tx: Db, row: DisclosureRow, agencyName: string) => {
  await tx.execute(sql`update disclosure_record set ${searchColumnsSql(publicDecisionOf(row, agencyName))} where id = ${row.id}`);
};
