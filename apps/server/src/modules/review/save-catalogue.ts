import { type Actor, notFound, type ReviewCatalogue, validateReviewCatalogue } from '@sanxiang/domain';
import { agency, type Db, reviewCatalogue } from '@sanxiang/db';
import { eq, isNull } from 'drizzle-orm';

/**
 * PUT /review-catalogue: the system admin sets an agency's 法制审核目录清单 (or the national default, agencyId null).
 * Validated by the domain rule first; the previous catalogue goes to the audit record with the new one.
 */
export const saveCatalogue = async (tx: Db, actor: Actor, agencyId: string | null, catalogue: ReviewCatalogue, now: Date) => {
  validateReviewCatalogue(catalogue);
  if (agencyId) {
    const [ag] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, agencyId));
    if (!ag) throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  }
  const where = agencyId ? eq(reviewCatalogue.agencyId, agencyId) : isNull(reviewCatalogue.agencyId);
  const [before] = await tx.select().from(reviewCatalogue).where(where);
  if (before) await tx.update(reviewCatalogue).set({ catalogue, updatedAt: now, updatedBy: actor.accountId }).where(eq(reviewCatalogue.id, before.id));
  else await tx.insert(reviewCatalogue).values({ agencyId, catalogue, updatedAt: now, updatedBy: actor.accountId });
  return { before: (before?.catalogue as ReviewCatalogue | undefined) ?? null };
};
