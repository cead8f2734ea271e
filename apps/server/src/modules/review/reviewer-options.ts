import type { Actor } from '@sanxiang/domain';
import { account, accountRole, type Db, officer } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import { completedReviewsOf } from './assign-review.ts';
import { reviewFor } from './review-records.ts';

/** The agency's legal reviewers for an assignment, with what decides whether they may take this case. */
export const reviewerOptions = async (tx: Db, actor: Actor, reviewId: string) => {
  const { row, place } = await reviewFor(tx, actor, reviewId, 'review.assign');
  const rows = await tx
    .select({ accountId: account.id, name: account.displayName, qualified: officer.legalQualification, status: account.status })
    .from(account)
    .innerJoin(accountRole, and(eq(accountRole.accountId, account.id), eq(accountRole.role, 'legal_reviewer')))
    .leftJoin(officer, eq(officer.id, account.officerId))
    .where(eq(account.agencyId, row.agencyId));
  const items = [];
  for (const r of rows.filter((x) => x.status === 'active')) {
    items.push({
      accountId: r.accountId,
      name: r.name,
      legalQualification: Boolean(r.qualified),
      completedReviews: await completedReviewsOf(tx, { accountId: r.accountId }),
      handlesCase: place.handlerAccountIds.includes(r.accountId),
    });
  }
  return { items: items.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
};
