import { randomUUID } from 'node:crypto';
import { type Actor, chinaDateOf, conflict, type ProblemAnswer, type PointOpinion, legalReviewDueOn, validateAnswers, type WorkingCalendar } from '@sanxiang/domain';
import { account, agency, type Db, review, reviewOpinion } from '@sanxiang/db';
import { eq, inArray } from 'drizzle-orm';
import { actorName, caseForAct } from '../cases/case-act.ts';
import { caseRequirement } from './review-gate.ts';
import { catalogueFor } from './review-catalogue.ts';
import { openRound } from './open-round.ts';
import { runPrechecks } from './run-prechecks.ts';
import { buildSnapshot } from './snapshot.ts';

export type SubmitReviewInput = { answers: ProblemAnswer[]; note?: string };

/** The problems a returned round left open: the points its opinion marked as having a problem. */
export const openProblemsOf = async (tx: Db, r: typeof review.$inferSelect | undefined) => {
  if (!r || r.status !== 'returned' || !r.opinionId) return [];
  const [o] = await tx.select({ points: reviewOpinion.points }).from(reviewOpinion).where(eq(reviewOpinion.id, r.opinionId));
  return ((o?.points ?? []) as PointOpinion[]).filter((p) => !p.ok);
};

/**
 * 送审 and 重新送审 (处罚法 第五十八条): the case's lead submits the current draft with the report, documents and
 * evidence list as a frozen snapshot, the machine pre-checks and, after a return, a written answer to each problem.
 * The round's review period starts today. Refused while a round is under review or escalated, and when the
 * same draft already passed.
 */
export const submitReview = async (tx: Db, actor: Actor, caseId: string, input: SubmitReviewInput, now: Date, calendar: WorkingCalendar) => {
  const { row } = await caseForAct(tx, actor, caseId, 'submit-review');
  const found = await caseRequirement(tx, caseId);
  const { view, item, unitName, requirement } = found!;
  if (!view.draft) throw conflict('DRAFT_MISSING', '尚无拟处理意见（调查终结报告），不能送审');
  const [current] = await tx.select().from(review).where(eq(review.caseId, caseId)).for('update');
  if (current && (current.status === 'submitted' || current.status === 'assigned')) {
    throw conflict('REVIEW_IN_PROGRESS', `第${current.roundNo}轮法制审核尚未出具意见，不能重复送审`);
  }
  if (current?.escalation === 'open') throw conflict('REVIEW_ESCALATED', '审核分歧已提请机关负责人协调，协调结束前不能重新送审');
  if (current?.status === 'passed' && current.draftVersion === view.draftVersion) throw conflict('REVIEW_ALREADY_PASSED', '本拟处理意见已通过法制审核，无需重新送审');
  const problems = await openProblemsOf(tx, current);
  validateAnswers(
    problems.map((p) => p.key),
    input.answers,
  );

  const today = chinaDateOf(now);
  const catalogue = await catalogueFor(tx, row.agencyId);
  const [ag] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, row.agencyId));
  const handlerNames = view.handlerAccountIds.length
    ? (await tx.select({ id: account.id, name: account.displayName }).from(account).where(inArray(account.id, view.handlerAccountIds))).map((a) => a.name)
    : [];
  const { snapshot, sm3 } = await buildSnapshot(tx, view, { item, unitName, agencyName: ag.name, reasons: requirement.reasons, note: input.note ?? null, handlerNames });
  const prechecks = await runPrechecks(tx, view, item, today);
  const dueOn = legalReviewDueOn(calendar, today, catalogue, false);
  const name = await actorName(tx, actor.accountId);
  return openRound(tx, {
    current,
    caseId,
    agencyId: row.agencyId,
    unitId: row.unitId,
    roundId: randomUUID(),
    now,
    today,
    dueOn,
    actorAccountId: actor.accountId,
    actorName: name,
    draftVersion: view.draftVersion,
    snapshot,
    sm3,
    prechecks,
    answers: input.answers.map((a) => ({ key: a.key, text: a.text.trim() })),
    coordination: null,
    reasons: requirement.reasons.map((r) => r.text),
  });
};
