import { type Actor, CUSTODY_EVENT_LABELS, type CustodyEventType, scopesFor } from '@sanxiang/domain';
import { agency, caseFile, type Db, evidenceCustodyEvent, evidenceItem } from '@sanxiang/db';
import { and, count, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';

/** The agencies whose evidence the actor supervises: a 司法局's jurisdiction, or an agency head's own agency. */
const supervisedAgencies = (actor: Actor): SQL => {
  const parts = scopesFor(actor.roles, 'evidence.supervise').map((scope): SQL => {
    if (scope === 'jurisdiction') return actor.jurisdictionAgencyIds.size ? inArray(evidenceCustodyEvent.agencyId, [...actor.jurisdictionAgencyIds]) : sql`false`;
    if (scope === 'global') return sql`true`;
    return eq(evidenceCustodyEvent.agencyId, actor.agencyId);
  });
  return parts.length ? or(...parts)! : sql`false`;
};

const RETRIEVAL_TYPES = ['purpose-stated', 'retrieval-requested', 'retrieval-decided', 'share'];

const dateRange = (from?: string, to?: string): SQL[] => [
  ...(from ? [gte(evidenceCustodyEvent.at, new Date(`${from}T00:00:00+08:00`))] : []),
  ...(to ? [lte(evidenceCustodyEvent.at, new Date(`${to}T23:59:59.999+08:00`))] : []),
];

const joined = { e: evidenceCustodyEvent, agencyName: agency.name, caseTitle: caseFile.title, evidenceTitle: evidenceItem.title };

/** One page of custody events (newest first) with their agency, case and evidence, and how many there are. */
const custodyPage = async (db: Db, where: SQL | undefined, q: { page: number; pageSize: number }) => {
  const [{ n }] = await db.select({ n: count() }).from(evidenceCustodyEvent).where(where);
  const rows = await db
    .select(joined)
    .from(evidenceCustodyEvent)
    .innerJoin(agency, eq(agency.id, evidenceCustodyEvent.agencyId))
    .innerJoin(caseFile, eq(caseFile.id, evidenceCustodyEvent.caseId))
    .leftJoin(evidenceItem, eq(evidenceItem.id, evidenceCustodyEvent.evidenceId))
    .where(where)
    .orderBy(desc(evidenceCustodyEvent.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { n, rows };
};

/**
 * 调阅监督: every retrieval by someone who does not handle the case (stated purposes, requests, decisions,
 * reads on a purpose or an approval, copies given to parties), newest first.
 */
export const listSupervisedRetrievals = async (db: Db, actor: Actor, q: { page: number; pageSize: number; from?: string; to?: string }) => {
  const where = and(
    supervisedAgencies(actor),
    or(inArray(evidenceCustodyEvent.type, RETRIEVAL_TYPES), inArray(evidenceCustodyEvent.basis, ['purpose', 'approval']))!,
    ...dateRange(q.from, q.to),
  );
  const { n, rows } = await custodyPage(db, where, q);
  return {
    items: rows.map((r) => ({
      eventId: r.e.id,
      type: r.e.type,
      typeLabel: CUSTODY_EVENT_LABELS[r.e.type as CustodyEventType] ?? r.e.type,
      at: r.e.at.toISOString(),
      agencyName: r.agencyName,
      caseId: r.e.caseId,
      caseTitle: r.caseTitle,
      evidenceId: r.e.evidenceId,
      evidenceTitle: r.evidenceTitle,
      actorName: r.e.actorName,
      basis: r.e.basis,
      purpose: r.e.purpose,
    })),
    total: Number(n),
    page: q.page,
    pageSize: q.pageSize,
  };
};

/** 完整性告警 of the supervised agencies, newest first. */
export const listIntegrityAlarms = async (db: Db, actor: Actor, q: { page: number; pageSize: number; from?: string; to?: string }) => {
  const where = and(supervisedAgencies(actor), eq(evidenceCustodyEvent.type, 'integrity-alarm'), ...dateRange(q.from, q.to));
  const { n, rows } = await custodyPage(db, where, q);
  return {
    items: rows.map((r) => {
      const p = r.e.payload as { detectedBy?: string; expected?: { sm3?: string }; found?: { sm3?: string } | null; missing?: boolean };
      return {
        eventId: r.e.id,
        at: r.e.at.toISOString(),
        agencyName: r.agencyName,
        caseId: r.e.caseId,
        caseTitle: r.caseTitle,
        evidenceId: r.e.evidenceId,
        evidenceTitle: r.evidenceTitle,
        detectedBy: p.detectedBy ?? 'read',
        expectedSm3: p.expected?.sm3 ?? '',
        foundSm3: p.found?.sm3 ?? null,
        missing: Boolean(p.missing),
      };
    }),
    total: Number(n),
    page: q.page,
    pageSize: q.pageSize,
  };
};
