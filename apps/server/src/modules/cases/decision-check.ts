import { type Actor, type CaseDraft, chinaDateOf, decisionRefusals, type GateRefusal } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { decisionGateInput, type ReviewGateFn } from './acts/decide.ts';
import { getCase } from './case-queries.ts';
import { caseReviewView } from './case-review-view.ts';

/**
 * What would stop a decision today, for the console to show before the head tries (the decide act refuses with the
 * same list). Empty when nothing does; `draft` null when there is nothing to decide yet.
 */
export const decisionCheck = async (tx: Db, actor: Actor, caseId: string, now: Date, reviewGate: ReviewGateFn) => {
  await getCase(tx, actor, caseId); // access check: CASE_NOT_FOUND out of scope
  const view = (await caseReviewView(tx, caseId))!;
  if (!view.draft) return { draft: null, review: null, refusals: [] as GateRefusal[] };
  const review = await reviewGate(tx, caseId);
  const refusals = decisionRefusals(decisionGateInput(view.state, view.draft as CaseDraft, review, chinaDateOf(now)));
  return { draft: view.draft, review, refusals };
};
