import { type Actor, COORDINATION_OUTCOME_LABELS, type CoordinationOutcome, conflict, legalReviewDueOn, chinaDateOf, type WorkingCalendar } from '@sanxiang/domain';
import { type Db, review, reviewRound } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { actorName } from '../cases/case-act.ts';
import { catalogueFor } from './review-catalogue.ts';
import { openRound } from './open-round.ts';
import { appendReviewStep, reviewFor } from './review-records.ts';

/**
 * 提请协调: when the handling unit and the legal unit disagree on a returned opinion, either side takes it to the agency
 * head (国办发〔2018〕118号: 建立健全法制审核机构与承办机构对审核意见不一致时的协调机制). Resubmission waits for the outcome.
 */
export const escalateReview = async (tx: Db, actor: Actor, reviewId: string, input: { reason: string }, now: Date) => {
  const { row } = await reviewFor(tx, actor, reviewId, 'review.escalate', true);
  if (row.status !== 'returned') throw conflict('REVIEW_STATE_INVALID', '只有审核意见为“存在问题”时才能提请协调');
  if (row.escalation === 'open') throw conflict('REVIEW_ESCALATED', '已提请机关负责人协调，尚未有结果');
  await tx.update(review).set({ escalation: 'open', updatedAt: now }).where(eq(review.id, row.id));
  await appendReviewStep(tx, { reviewId: row.id, roundId: row.roundId, caseId: row.caseId, type: 'escalated', at: now, actorAccountId: actor.accountId, actorName: await actorName(tx, actor.accountId), payload: { roundNo: row.roundNo, reason: input.reason } });
};

/**
 * 协调结果 by the agency head: the handling unit revises and resubmits, or the legal unit reviews the same submission
 * again with the coordination opinion (a new round over the same frozen snapshot). Either way a decision still needs
 * an opinion of 同意: coordination never replaces the review (未经法制审核或者审核未通过的，不得作出决定).
 */
export const coordinateReview = async (tx: Db, actor: Actor, reviewId: string, input: { outcome: CoordinationOutcome; opinion: string }, now: Date, calendar: WorkingCalendar) => {
  const { row } = await reviewFor(tx, actor, reviewId, 'review.coordinate', true);
  if (row.escalation !== 'open') throw conflict('REVIEW_NOT_ESCALATED', '没有待协调的审核分歧');
  const name = await actorName(tx, actor.accountId);
  const coordination = { outcome: input.outcome, outcomeLabel: COORDINATION_OUTCOME_LABELS[input.outcome], opinion: input.opinion, byName: name, at: now.toISOString() };
  await appendReviewStep(tx, { reviewId: row.id, roundId: row.roundId, caseId: row.caseId, type: 'coordinated', at: now, actorAccountId: actor.accountId, actorName: name, payload: { roundNo: row.roundNo, ...coordination } });
  if (input.outcome === 'revise') {
    await tx.update(review).set({ escalation: 'resolved', updatedAt: now }).where(eq(review.id, row.id));
    return;
  }
  const [last] = await tx.select().from(reviewRound).where(eq(reviewRound.id, row.roundId));
  const today = chinaDateOf(now);
  await openRound(tx, {
    current: { ...row, escalation: 'open' },
    caseId: row.caseId,
    agencyId: row.agencyId,
    unitId: row.unitId,
    roundId: randomUUID(),
    now,
    today,
    dueOn: legalReviewDueOn(calendar, today, await catalogueFor(tx, row.agencyId), false),
    actorAccountId: actor.accountId,
    actorName: name,
    draftVersion: last.draftVersion,
    snapshot: last.snapshot,
    sm3: last.snapshotSm3,
    prechecks: last.prechecks as never,
    answers: [],
    coordination,
    reasons: [],
  });
};

/** 延长审核期限: once per round, by the agency's extension (default 3 working days), approved by the legal unit's head or the agency head. */
export const extendReview = async (tx: Db, actor: Actor, reviewId: string, input: { reason: string }, now: Date, calendar: WorkingCalendar) => {
  const { row } = await reviewFor(tx, actor, reviewId, 'review.extend', true);
  if (row.status !== 'submitted' && row.status !== 'assigned') throw conflict('REVIEW_STATE_INVALID', '本轮审核已出具意见，无需延长');
  if (row.extended) throw conflict('REVIEW_ALREADY_EXTENDED', '本轮审核期限已经延长过一次');
  const catalogue = await catalogueFor(tx, row.agencyId);
  const dueOn = legalReviewDueOn(calendar, row.submittedOn, catalogue, true);
  await tx.update(review).set({ extended: true, dueOn, updatedAt: now }).where(eq(review.id, row.id));
  await appendReviewStep(tx, { reviewId: row.id, roundId: row.roundId, caseId: row.caseId, type: 'extended', at: now, actorAccountId: actor.accountId, actorName: await actorName(tx, actor.accountId), payload: { roundNo: row.roundNo, reason: input.reason, previousDueOn: row.dueOn, dueOn, extensionWorkingDays: catalogue.extensionWorkingDays } });
};
