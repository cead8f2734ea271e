import { type Actor, assignmentRefusals, conflict, forbidden, REVIEWER_KIND_LABELS, type ReviewerCandidate, type ReviewerKind, unprocessable } from '@sanxiang/domain';
import { account, accountRole, type Db, officer, review, reviewOpinion } from '@sanxiang/db';
import { and, count, eq } from 'drizzle-orm';
import { actorName } from '../cases/case-act.ts';
import { appendReviewStep, reviewFor } from './review-records.ts';

export type AssignReviewInput = {
  kind: ReviewerKind;
  accountId?: string;
  adviser?: { name: string; organization: string; legalQualification: boolean };
  note?: string;
};

/** Completed reviews of a person: what makes a reviewer no longer "first-time" (处罚法 第五十八条第二款). */
export const completedReviewsOf = async (tx: Db, who: { accountId: string } | { kind: ReviewerKind; name: string }) => {
  const where = 'accountId' in who ? eq(reviewOpinion.reviewerAccountId, who.accountId) : and(eq(reviewOpinion.reviewerKind, who.kind), eq(reviewOpinion.reviewerName, who.name));
  const [{ n }] = await tx.select({ n: count() }).from(reviewOpinion).where(where);
  return Number(n);
};

/** An own reviewer as a candidate: an active account of the agency holding legal_reviewer, with its officer record's 法律职业资格. */
export const reviewerCandidate = async (tx: Db, agencyId: string, accountId: string): Promise<ReviewerCandidate> => {
  const [a] = await tx
    .select({ id: account.id, name: account.displayName, agencyId: account.agencyId, status: account.status, qualification: officer.legalQualification, officerStatus: officer.status })
    .from(account)
    .leftJoin(officer, eq(officer.id, account.officerId))
    .where(eq(account.id, accountId));
  const [role] = a ? await tx.select().from(accountRole).where(and(eq(accountRole.accountId, accountId), eq(accountRole.role, 'legal_reviewer'))) : [];
  return {
    kind: 'reviewer',
    name: a?.name ?? '该账户',
    accountId: a ? a.id : null,
    legalQualification: Boolean(a?.qualification),
    completedReviews: a ? await completedReviewsOf(tx, { accountId }) : 0,
    activeReviewerOfAgency: Boolean(a && role && a.agencyId === agencyId && a.status === 'active' && a.officerStatus !== 'revoked'),
  };
};

/**
 * 指派审核人员: the head of the legal unit or the agency head gives the round to a legal reviewer of the agency, or to
 * a 法律顾问 / 公职律师 recorded as such. Never to someone who handled the case; a first-time reviewer needs 法律职业资格.
 * The handling unit's own head cannot choose its reviewer. May be changed until the opinion is written.
 */
export const assignReview = async (tx: Db, actor: Actor, reviewId: string, input: AssignReviewInput, now: Date) => {
  const { row, place } = await reviewFor(tx, actor, reviewId, 'review.assign', true);
  if (!actor.roles.includes('agency_head') && actor.unitId && actor.unitId === row.unitId) {
    throw forbidden('REVIEW_ASSIGN_NOT_YOURS', '承办机构负责人不能指派本机构案件的法制审核人员，由法制审核机构负责人或者机关负责人指派');
  }
  if (row.status !== 'submitted' && row.status !== 'assigned') throw conflict('REVIEW_STATE_INVALID', '本轮审核已出具意见，不能再指派');
  let candidate: ReviewerCandidate;
  let organization: string | null = null;
  if (input.kind === 'reviewer') {
    if (!input.accountId || input.adviser) throw unprocessable('REVIEWER_REQUIRED', '请选择本机关的法制审核人员');
    candidate = await reviewerCandidate(tx, row.agencyId, input.accountId);
  } else {
    if (!input.adviser || input.accountId) throw unprocessable('ADVISER_REQUIRED', `请填写${REVIEWER_KIND_LABELS[input.kind]}的姓名、单位和法律职业资格`);
    organization = input.adviser.organization;
    candidate = {
      kind: input.kind,
      name: input.adviser.name,
      accountId: null,
      legalQualification: input.adviser.legalQualification,
      completedReviews: await completedReviewsOf(tx, { kind: input.kind, name: input.adviser.name }),
    };
  }
  const refusals = assignmentRefusals(candidate, place.handlerAccountIds);
  if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => r.message).join('；'), { refusals });
  await tx
    .update(review)
    .set({ status: 'assigned', assigneeKind: candidate.kind, assigneeAccountId: candidate.accountId, assigneeName: candidate.name, updatedAt: now })
    .where(eq(review.id, row.id));
  await appendReviewStep(tx, {
    reviewId: row.id,
    roundId: row.roundId,
    caseId: row.caseId,
    type: 'assigned',
    at: now,
    actorAccountId: actor.accountId,
    actorName: await actorName(tx, actor.accountId),
    payload: {
      roundNo: row.roundNo,
      reviewerKind: candidate.kind,
      reviewerKindLabel: REVIEWER_KIND_LABELS[candidate.kind],
      reviewerAccountId: candidate.accountId,
      reviewerName: candidate.name,
      organization,
      legalQualification: candidate.legalQualification,
      firstTime: candidate.completedReviews === 0,
      note: input.note ?? null,
    },
  });
};
