import { type Actor, type Action, checkAccess, notFound } from '@sanxiang/domain';
import { caseHandler, type Db, review, reviewStep } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { appendCaseEvent } from '../cases/case-events.ts';
import { appendToLedger } from '../ledger/append.ts';
import { reviewStepLeaf } from './review-leaves.ts';

export type ReviewRow = typeof review.$inferSelect;

/** Where a review sits for access: its case's agency, unit and handlers. */
export const reviewPlace = async (tx: Db, r: Pick<ReviewRow, 'caseId' | 'agencyId' | 'unitId'>) => {
  const handlers = await tx.select({ accountId: caseHandler.accountId, role: caseHandler.role }).from(caseHandler).where(eq(caseHandler.caseId, r.caseId));
  return { agencyId: r.agencyId, unitId: r.unitId, handlerAccountIds: handlers.map((h) => h.accountId), leadAccountId: handlers.find((h) => h.role === 'lead')?.accountId ?? null };
};

/**
 * A review the actor may act on or read under `action`; out of scope it is REVIEW_NOT_FOUND, as if it did not exist.
 * `lock` takes the row for update, so two opinions or assignments on one review are serialised.
 */
export const reviewFor = async (tx: Db, actor: Actor, reviewId: string, action: Action, lock = false) => {
  const q = tx.select().from(review).where(eq(review.id, reviewId));
  const [row] = lock ? await q.for('update') : await q;
  const place = row ? await reviewPlace(tx, row) : null;
  if (!row || !place || checkAccess(actor, action, place) !== 'allow') throw notFound('REVIEW_NOT_FOUND', '没有这个法制审核');
  return { row, place };
};

/** A review step (assignment, extension, escalation, 协调): the row, its ledger leaf and the case event, together. */
export const appendReviewStep = async (
  tx: Db,
  step: { reviewId: string; roundId: string; caseId: string; type: 'assigned' | 'extended' | 'escalated' | 'coordinated'; at: Date; actorAccountId: string; actorName: string | null; payload: Record<string, unknown> },
) => {
  const [row] = await tx
    .insert(reviewStep)
    .values({ reviewId: step.reviewId, roundId: step.roundId, type: step.type, at: step.at, actorAccountId: step.actorAccountId, actorName: step.actorName, payload: step.payload })
    .returning();
  await appendToLedger(tx, [{ kind: 'review-step', recordId: row.id, value: reviewStepLeaf(row) }], step.at);
  await appendCaseEvent(tx, { caseId: step.caseId, type: `review-${step.type}`, at: step.at, actorAccountId: step.actorAccountId, actorName: step.actorName, payload: { reviewId: step.reviewId, ...step.payload } });
  return row;
};
