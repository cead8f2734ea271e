import type { LeafValue } from '@sanxiang/ledger/node';
import { type Db, reviewOpinion, reviewRound, reviewStep } from '@sanxiang/db';
import { inArray } from 'drizzle-orm';

// leaf-kinds.ts imports this file to register the kinds, so nothing is imported back from it (no import cycle);
// the JSON rule is the ledger's: jsonb keeps numbers as given, the leaf encoding takes safe integers only.
const jsonForLeaf = (value: unknown): LeafValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(jsonForLeaf);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, jsonForLeaf(v)]));
  return value as LeafValue;
};

type LeafKind = { public: boolean; load: (db: Db, ids: string[]) => Promise<Map<string, LeafValue>>; allIds: (db: Db) => Promise<string[]> };

/**
 * Legal-review records as ledger leaves: a round with its frozen snapshot, each step, each opinion. The writer
 * and `npm run verify` both derive the leaf from the stored row through these functions.
 */
export const reviewRoundLeaf = (r: typeof reviewRound.$inferSelect): LeafValue => ({
  kind: 'review-round',
  id: r.id,
  reviewId: r.reviewId,
  caseId: r.caseId,
  roundNo: r.roundNo,
  submittedAt: r.submittedAt,
  submittedBy: r.submittedBy,
  submittedByName: r.submittedByName,
  draftVersion: r.draftVersion,
  snapshot: jsonForLeaf(r.snapshot),
  snapshotSm3: r.snapshotSm3,
  prechecks: jsonForLeaf(r.prechecks),
  answers: jsonForLeaf(r.answers),
  coordination: jsonForLeaf(r.coordination),
  dueOn: r.dueOn,
});

export const reviewStepLeaf = (r: typeof reviewStep.$inferSelect): LeafValue => ({
  kind: 'review-step',
  id: r.id,
  reviewId: r.reviewId,
  roundId: r.roundId,
  type: r.type,
  at: r.at,
  actorAccountId: r.actorAccountId,
  actorName: r.actorName,
  payload: jsonForLeaf(r.payload),
});

export const reviewOpinionLeaf = (r: typeof reviewOpinion.$inferSelect): LeafValue => ({
  kind: 'review-opinion',
  id: r.id,
  reviewId: r.reviewId,
  roundId: r.roundId,
  number: r.number,
  result: r.result,
  reasons: r.reasons,
  points: jsonForLeaf(r.points),
  reviewerKind: r.reviewerKind,
  reviewerAccountId: r.reviewerAccountId,
  reviewerName: r.reviewerName,
  writtenBy: r.writtenBy,
  writtenByName: r.writtenByName,
  writtenAt: r.writtenAt,
  writtenOn: r.writtenOn,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const kindOf = <T extends typeof reviewRound | typeof reviewStep | typeof reviewOpinion>(table: T, leaf: (row: T['$inferSelect']) => LeafValue): LeafKind => ({
  public: false,
  load: async (db: Db, ids: string[]) => {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Map();
    const rows = (await db.select().from(table as typeof reviewRound).where(inArray((table as typeof reviewRound).id, valid))) as T['$inferSelect'][];
    return new Map(rows.map((r) => [r.id, leaf(r)]));
  },
  allIds: async (db: Db) => (await db.select({ id: (table as typeof reviewRound).id }).from(table as typeof reviewRound)).map((r) => r.id),
});

export const REVIEW_LEAF_KINDS: Record<string, LeafKind> = {
  'review-round': kindOf(reviewRound, reviewRoundLeaf),
  'review-step': kindOf(reviewStep, reviewStepLeaf),
  'review-opinion': kindOf(reviewOpinion, reviewOpinionLeaf),
};
