import { encodeLeaf, type LeafValue } from '@sanxiang/ledger/node';
import { auditLog, caseEvent, type Db, disclosureEvent, disclosureStatistics, evidenceCustodyEvent } from '@sanxiang/db';
import { and, inArray, notInArray } from 'drizzle-orm';
import { REVIEW_LEAF_KINDS } from '../review/review-leaves.ts';

/**
 * Every kind of record that becomes a ledger leaf, and how to derive its leaf from the stored row. The writer
 * and the verifier both go through `leafOf`, so the same row always gives the same bytes.
 */
export type LeafKind = {
  /** May anyone fetch this record's inclusion proof (and so its leaf content)? */
  public: boolean;
  load: (db: Db, ids: string[]) => Promise<Map<string, LeafValue>>;
  /** All record ids of this kind, to find rows that were inserted around the ledger. */
  allIds: (db: Db) => Promise<string[]>;
};

// jsonb keeps numbers as given; the leaf encoding takes safe integers only, so anything else travels as text.
export const jsonForLeaf = (value: unknown): LeafValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(jsonForLeaf);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, jsonForLeaf(v)]));
  return value as LeafValue;
};

export type AuditRow = typeof auditLog.$inferSelect;

export const auditLeaf = (row: AuditRow): LeafValue => ({
  kind: 'audit',
  id: row.id,
  at: row.at,
  requestId: row.requestId,
  accountId: row.accountId,
  username: row.username,
  agencyId: row.agencyId,
  roles: row.roles,
  action: row.action,
  objectType: row.objectType,
  objectId: row.objectId,
  result: row.result,
  ip: row.ip,
  userAgent: row.userAgent,
  detail: jsonForLeaf(row.detail),
});

export type CaseEventRow = typeof caseEvent.$inferSelect;

export const caseEventLeaf = (row: CaseEventRow): LeafValue => ({
  kind: 'case-event',
  id: row.id,
  caseId: row.caseId,
  seq: row.seq,
  type: row.type,
  at: row.at,
  actorAccountId: row.actorAccountId,
  actorName: row.actorName,
  place: row.place,
  payload: jsonForLeaf(row.payload),
  correctsEventId: row.correctsEventId,
});

export type DisclosureEventRow = typeof disclosureEvent.$inferSelect;

/**
 * Steps of a public decision record. Publication, withdrawal, expiry and removal are public facts (kind
 * `disclosure-public`: anyone may fetch their proofs, the portal's 验证 button does); preparing a draft and
 * cancelling one that never went public stay internal (kind `disclosure-event`).
 */
export const PUBLIC_DISCLOSURE_EVENT_TYPES = ['published', 'withdrawn', 'expired', 'removed'];

export const disclosureEventLeaf = (row: DisclosureEventRow): LeafValue => ({
  kind: PUBLIC_DISCLOSURE_EVENT_TYPES.includes(row.type) ? 'disclosure-public' : 'disclosure-event',
  id: row.id,
  recordId: row.recordId,
  seq: row.seq,
  type: row.type,
  at: row.at,
  actorAccountId: row.actorAccountId,
  payload: jsonForLeaf(row.payload),
});

export const disclosureLeafKindOf = (type: string) => (PUBLIC_DISCLOSURE_EVENT_TYPES.includes(type) ? 'disclosure-public' : 'disclosure-event');

const disclosureKind = (isPublic: boolean): LeafKind => {
  const types = isPublic ? inArray(disclosureEvent.type, PUBLIC_DISCLOSURE_EVENT_TYPES) : notInArray(disclosureEvent.type, PUBLIC_DISCLOSURE_EVENT_TYPES);
  return {
    public: isPublic,
    load: async (db, ids) => {
      const numeric = ids.map(Number).filter(Number.isSafeInteger);
      if (numeric.length === 0) return new Map();
      const rows = await db.select().from(disclosureEvent).where(and(inArray(disclosureEvent.id, numeric), types));
      return new Map(rows.map((r) => [String(r.id), disclosureEventLeaf(r)]));
    },
    allIds: async (db) => (await db.select({ id: disclosureEvent.id }).from(disclosureEvent).where(types)).map((r) => String(r.id)),
  };
};

export type EvidenceCustodyRow = typeof evidenceCustodyEvent.$inferSelect;

/** 证据保管链: one leaf per custody event (ingest with the file's SM3 and SHA-256, every read, every change). */
export const evidenceCustodyLeaf = (row: EvidenceCustodyRow): LeafValue => ({
  kind: 'evidence-custody',
  id: row.id,
  evidenceId: row.evidenceId,
  caseId: row.caseId,
  agencyId: row.agencyId,
  type: row.type,
  at: row.at,
  actorAccountId: row.actorAccountId,
  actorName: row.actorName,
  basis: row.basis,
  purpose: row.purpose,
  refEventId: row.refEventId,
  subjectAccountId: row.subjectAccountId,
  payload: jsonForLeaf(row.payload),
});

export const disclosureStatisticsLeaf = (row: typeof disclosureStatistics.$inferSelect): LeafValue => ({
  kind: 'disclosure-statistics',
  id: row.id,
  year: row.year,
  figures: jsonForLeaf(row.figures),
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
});

export const LEAF_KINDS: Record<string, LeafKind> = {
  ...REVIEW_LEAF_KINDS,
  // 年度统计 snapshots as published on the portal.
  'disclosure-statistics': {
    public: true,
    load: async (db, ids) => {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      if (valid.length === 0) return new Map();
      const rows = await db.select().from(disclosureStatistics).where(inArray(disclosureStatistics.id, valid));
      return new Map(rows.map((r) => [r.id, disclosureStatisticsLeaf(r)]));
    },
    allIds: async (db) => (await db.select({ id: disclosureStatistics.id }).from(disclosureStatistics)).map((r) => r.id),
  },
  'disclosure-public': disclosureKind(true),
  'disclosure-event': disclosureKind(false),
  audit: {
    public: false,
    load: async (db, ids) => {
      const rows = await db.select().from(auditLog).where(inArray(auditLog.id, ids.map(Number)));
      return new Map(rows.map((r) => [String(r.id), auditLeaf(r)]));
    },
    allIds: async (db) => (await db.select({ id: auditLog.id }).from(auditLog)).map((r) => String(r.id)),
  },
  'case-event': {
    public: false,
    load: async (db, ids) => {
      const rows = await db.select().from(caseEvent).where(inArray(caseEvent.id, ids.map(Number)));
      return new Map(rows.map((r) => [String(r.id), caseEventLeaf(r)]));
    },
    allIds: async (db) => (await db.select({ id: caseEvent.id }).from(caseEvent)).map((r) => String(r.id)),
  },
  'evidence-custody': {
    public: false,
    load: async (db, ids) => {
      const rows = await db.select().from(evidenceCustodyEvent).where(inArray(evidenceCustodyEvent.id, ids.map(Number)));
      return new Map(rows.map((r) => [String(r.id), evidenceCustodyLeaf(r)]));
    },
    allIds: async (db) => (await db.select({ id: evidenceCustodyEvent.id }).from(evidenceCustodyEvent)).map((r) => String(r.id)),
  },
};

export const leafBytes = (value: LeafValue): Uint8Array => encodeLeaf(value);
