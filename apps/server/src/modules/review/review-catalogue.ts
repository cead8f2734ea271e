import type { CatalogueResponse } from '@sanxiang/contracts';
import { type Actor, checkAccess, effectiveReviewCatalogue, NATIONAL_REVIEW_CATALOGUE, notFound, type ReviewCatalogue } from '@sanxiang/domain';
import { agency, type Db, reviewCatalogue } from '@sanxiang/db';
import { eq, isNull } from 'drizzle-orm';

const nationalRow = async (tx: Db) => (await tx.select().from(reviewCatalogue).where(isNull(reviewCatalogue.agencyId)))[0];

/** The national default as stored (the migration seeds it; the domain constant if it was never seeded). */
export const nationalCatalogue = async (tx: Db): Promise<ReviewCatalogue> => effectiveReviewCatalogue((await nationalRow(tx))?.catalogue as Partial<ReviewCatalogue> | undefined);

/** The catalogue that applies to an agency: its own row, else the national default. */
export const catalogueFor = async (tx: Db, agencyId: string): Promise<ReviewCatalogue> => {
  const [own] = await tx.select().from(reviewCatalogue).where(eq(reviewCatalogue.agencyId, agencyId));
  return own ? effectiveReviewCatalogue(own.catalogue as Partial<ReviewCatalogue>) : nationalCatalogue(tx);
};

// The domain's readonly arrays, as the response's plain ones.
const plain = (c: ReviewCatalogue) => structuredClone(c) as unknown as CatalogueResponse['catalogue'];

/** GET /review-catalogue: an agency's catalogue (or the national one), with the national default beside it. */
export const getCatalogue = async (tx: Db, actor: Actor, agencyId: string | undefined): Promise<CatalogueResponse> => {
  const national = await nationalRow(tx);
  const nationalCat = effectiveReviewCatalogue(national?.catalogue as Partial<ReviewCatalogue> | undefined);
  if (!agencyId) return { agencyId: null, agencyName: null, own: false, catalogue: plain(nationalCat), national: plain(nationalCat), updatedAt: national?.updatedAt.toISOString() ?? null };
  const [ag] = await tx.select({ id: agency.id, name: agency.name }).from(agency).where(eq(agency.id, agencyId));
  if (!ag || checkAccess(actor, 'review.catalogue.read', { agencyId }) !== 'allow') throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  const [own] = await tx.select().from(reviewCatalogue).where(eq(reviewCatalogue.agencyId, agencyId));
  return {
    agencyId,
    agencyName: ag.name,
    own: Boolean(own),
    catalogue: plain(own ? effectiveReviewCatalogue(own.catalogue as Partial<ReviewCatalogue>) : nationalCat),
    national: plain(nationalCat),
    updatedAt: (own ?? national)?.updatedAt.toISOString() ?? null,
  };
};

export { NATIONAL_REVIEW_CATALOGUE };
