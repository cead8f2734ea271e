import { type Actor, staffingIndicators } from '@sanxiang/domain';
import { type Db, officer, review, reviewOpinion } from '@sanxiang/db';
import { and, count, eq, inArray } from 'drizzle-orm';
import { supervisedAgencies } from './review-statistics.ts';

/**
 * 法制审核力量配备 per agency (indicators 86–90): officers and full-time reviewers from the officer register (active,
 * `is_legal_reviewer`, `legal_qualification`), and who wrote the agency's review opinions (own reviewers or advisers).
 */
export const reviewStaffing = async (tx: Db, actor: Actor, agencyId?: string) => {
  const agencies = await supervisedAgencies(tx, actor, agencyId);
  const rows = [];
  for (const ag of agencies) {
    const officers = await tx.select({ reviewer: officer.isLegalReviewer, qualified: officer.legalQualification }).from(officer).where(and(eq(officer.agencyId, ag.id), eq(officer.status, 'active')));
    const reviewers = officers.filter((o) => o.reviewer);
    const byKind = await tx
      .select({ kind: reviewOpinion.reviewerKind, n: count() })
      .from(reviewOpinion)
      .innerJoin(review, eq(review.id, reviewOpinion.reviewId))
      .where(and(eq(review.agencyId, ag.id), inArray(reviewOpinion.reviewerKind, ['reviewer', 'legal-adviser', 'public-lawyer'])))
      .groupBy(reviewOpinion.reviewerKind);
    const n = (k: string) => Number(byKind.find((b) => b.kind === k)?.n ?? 0);
    const input = {
      officers: officers.length,
      fullTimeReviewers: reviewers.length,
      qualifiedReviewers: reviewers.filter((o) => o.qualified).length,
      reviews: n('reviewer') + n('legal-adviser') + n('public-lawyer'),
      reviewsByOwnReviewers: n('reviewer'),
      reviewsByAdvisers: n('legal-adviser') + n('public-lawyer'),
    };
    rows.push({ agencyId: ag.id, agencyName: ag.name, officers: input.officers, fullTimeReviewers: input.fullTimeReviewers, qualifiedReviewers: input.qualifiedReviewers, indicators: staffingIndicators(input) });
  }
  return { rows };
};
