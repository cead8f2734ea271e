import { type CaseDraft, type DraftDecision, reviewDraftOf, type ReviewReason, reviewRequired } from '@sanxiang/domain';
import { agency, type Db, review, reviewOpinion } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { caseItemOf, caseReviewView } from './case-view.ts';
import { catalogueFor } from './review-catalogue.ts';

export type ReviewGate = { required: boolean; reasons: string[]; passed: boolean; reviewId: string | null };

/**
 * Whether a draft needs 法制审核 under the agency's catalogue, and why (处罚法 第五十八条). The officer's screen shows
 * the reasons when the draft is saved. `draft` is the review form of the case draft (`reviewDraftOf`); the agency's
 * field is added here, the enforcement item by the caller when it knows it.
 */
export const reviewRequirementFor = async (tx: Db, agencyId: string, draft: DraftDecision): Promise<{ required: boolean; reasons: ReviewReason[] }> => {
  const catalogue = await catalogueFor(tx, agencyId);
  const [ag] = await tx.select({ field: agency.field }).from(agency).where(eq(agency.id, agencyId));
  return reviewRequired({ ...draft, field: draft.field ?? ag?.field ?? null }, catalogue);
};

/** The review form of a case's current draft: party type, hearing, the item it is handled under. */
export const caseRequirement = async (tx: Db, caseId: string) => {
  const view = await caseReviewView(tx, caseId);
  if (!view) return null;
  const { item, unitName } = await caseItemOf(tx, caseId);
  const draft = view.draft as CaseDraft | null;
  const requirement = draft
    ? await reviewRequirementFor(tx, view.agencyId, {
        ...reviewDraftOf(draft, view.partyKind ?? 'organization', view.hearingHeld),
        item: item ? { code: item.code, name: item.name, legalReview: item.legalReview as 'always' | 'major-only' } : null,
      })
    : { required: false, reasons: [] as ReviewReason[] };
  return { view, item, unitName, requirement };
};

/**
 * The gate the case module calls at decision: review is required by the agency's catalogue for the CURRENT draft,
 * and passed only when the latest round ended 同意 on a snapshot of the same draft version (a draft revised after
 * the review needs a new round while review is still required).
 */
export const reviewGateFor = async (tx: Db, caseId: string): Promise<ReviewGate> => {
  const found = await caseRequirement(tx, caseId);
  if (!found) return { required: false, reasons: [], passed: false, reviewId: null };
  const { view, requirement } = found;
  const [r] = await tx.select().from(review).where(eq(review.caseId, caseId));
  let passed = false;
  if (r?.status === 'passed' && r.opinionId) {
    const [o] = await tx.select({ result: reviewOpinion.result, roundId: reviewOpinion.roundId }).from(reviewOpinion).where(eq(reviewOpinion.id, r.opinionId));
    passed = o?.result === 'agree' && o.roundId === r.roundId && r.draftVersion === view.draftVersion;
  }
  return { required: requirement.required, reasons: requirement.reasons.map((x) => x.text), passed, reviewId: r?.id ?? null };
};
