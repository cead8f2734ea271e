import { encodeLeaf, type LeafValue } from '@sanxiang/ledger/node';
import { auditLog, caseEvent, type Db } from '@sanxiang/db';
import { inArray } from 'drizzle-orm';

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

export const LEAF_KINDS: Record<string, LeafKind> = {
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
};

export const leafBytes = (value: LeafValue): Uint8Array => encodeLeaf(value);
