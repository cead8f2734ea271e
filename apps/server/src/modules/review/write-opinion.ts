import { type Actor, chinaDateOf, conflict, forbidden, type Opinion, REVIEW_POINT_LABELS, REVIEW_RESULT_LABELS, validateOpinion, yearOf } from '@sanxiang/domain';
import { agency, type Db, review, reviewOpinion } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { actorName } from '../cases/case-act.ts';
import { appendCaseEvent } from '../cases/case-events.ts';
import { appendToLedger } from '../ledger/append.ts';
import { formatDocumentNumber, nextSequence } from '../numbering/next-number.ts';
import { reviewOpinionLeaf } from './review-leaves.ts';
import { reviewFor } from './review-records.ts';

/**
 * 出具法制审核意见: the assigned reviewer writes an opinion on each of the ten points and the overall 同意 or 存在问题
 * with reasons. An outside adviser's opinion is entered by a legal reviewer of the agency and recorded as the
 * adviser's. The opinion gets its 文号 (法制审核意见书), becomes a ledger leaf and a case event; 同意 passes the review
 * for the submitted draft version, 存在问题 returns it to the handling unit.
 */
export const writeOpinion = async (tx: Db, actor: Actor, reviewId: string, input: Opinion, now: Date) => {
  const { row, place } = await reviewFor(tx, actor, reviewId, 'review.opine', true);
  if (row.status === 'submitted') throw conflict('REVIEW_NOT_ASSIGNED', '本轮审核尚未指派审核人员');
  if (row.status !== 'assigned') throw conflict('REVIEW_STATE_INVALID', '本轮审核已出具意见');
  if (place.handlerAccountIds.includes(actor.accountId)) throw forbidden('REVIEWER_HANDLED_CASE', '本案承办人不得审核本案');
  if (row.assigneeKind === 'reviewer' && row.assigneeAccountId !== actor.accountId) throw forbidden('REVIEW_NOT_ASSIGNED_TO_YOU', `本轮审核指派给${row.assigneeName}，由其出具意见`);
  validateOpinion(input);
  const today = chinaDateOf(now);
  const [ag] = await tx.select({ shortName: agency.shortName }).from(agency).where(eq(agency.id, row.agencyId));
  const year = yearOf(today);
  const number = formatDocumentNumber(ag.shortName, '法审', year, await nextSequence(tx, row.agencyId, 'legal-review-opinion', year));
  const writer = await actorName(tx, actor.accountId);
  const points = input.points.map((p) => ({ key: p.key, ok: p.ok, text: p.text.trim() }));
  const [opinion] = await tx
    .insert(reviewOpinion)
    .values({
      reviewId: row.id,
      roundId: row.roundId,
      number,
      result: input.result,
      reasons: input.reasons.trim(),
      points,
      reviewerKind: row.assigneeKind!,
      reviewerAccountId: row.assigneeAccountId,
      reviewerName: row.assigneeName!,
      writtenBy: actor.accountId,
      writtenByName: writer,
      writtenAt: now,
      writtenOn: today,
    })
    .returning();
  await appendToLedger(tx, [{ kind: 'review-opinion', recordId: opinion.id, value: reviewOpinionLeaf(opinion) }], now);
  await tx
    .update(review)
    .set({ status: input.result === 'agree' ? 'passed' : 'returned', result: input.result, opinionId: opinion.id, completedOn: today, updatedAt: now })
    .where(eq(review.id, row.id));
  await appendCaseEvent(tx, {
    caseId: row.caseId,
    type: 'review-opinion',
    at: now,
    actorAccountId: actor.accountId,
    actorName: writer,
    payload: {
      reviewId: row.id,
      roundNo: row.roundNo,
      draftVersion: row.draftVersion,
      number,
      result: input.result,
      resultLabel: REVIEW_RESULT_LABELS[input.result],
      reasons: opinion.reasons,
      reviewerKind: opinion.reviewerKind,
      reviewerName: opinion.reviewerName,
      problems: points.filter((p) => !p.ok).map((p) => ({ key: p.key, label: REVIEW_POINT_LABELS[p.key], text: p.text })),
      points,
    },
  });
  return opinion;
};
