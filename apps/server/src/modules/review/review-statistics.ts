import { type Actor, type CaseDraft, type CaseState, chinaDateOf, daysBetween, reviewDraftOf, reviewRequired, scopesFor } from '@sanxiang/domain';
import { agency, caseFile, type Db, party, review, reviewOpinion, reviewRound } from '@sanxiang/db';
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { catalogueFor } from './review-catalogue.ts';

/** The agencies whose reviews the actor supervises (review.supervise): their jurisdiction, or their own agency. */
export const supervisedAgencies = async (tx: Db, actor: Actor, agencyId?: string): Promise<Array<{ id: string; name: string; field: string }>> => {
  const scopes = scopesFor(actor.roles, 'review.supervise');
  const ids = new Set<string>();
  if (scopes.includes('jurisdiction')) for (const id of actor.jurisdictionAgencyIds) ids.add(id);
  if (scopes.includes('agency')) ids.add(actor.agencyId);
  const wanted = agencyId ? [...ids].filter((id) => id === agencyId) : [...ids];
  if (wanted.length === 0) return [];
  const rows = await tx.select({ id: agency.id, name: agency.name, field: agency.field, supervisor: agency.isSupervisor }).from(agency).where(inArray(agency.id, wanted));
  return rows.filter((r) => !r.supervisor).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
};

const bp = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 10_000) / whole) : null);

/**
 * 法制审核统计 per agency over a period: coverage (decisions that needed review and had a passed one), the first-round
 * and overall 同意 rates, the average days from submission to opinion, the average rounds of passed reviews, and
 * the rounds overdue today.
 */
export const reviewStatistics = async (tx: Db, actor: Actor, q: { from?: string; to?: string; agencyId?: string }, now: Date) => {
  const agencies = await supervisedAgencies(tx, actor, q.agencyId);
  const today = chinaDateOf(now);
  const rows = [];
  for (const ag of agencies) {
    const decidedWhere: SQL[] = [eq(caseFile.agencyId, ag.id), sql`${caseFile.decidedOn} is not null`];
    if (q.from) decidedWhere.push(gte(caseFile.decidedOn, q.from));
    if (q.to) decidedWhere.push(lte(caseFile.decidedOn, q.to));
    const decided = await tx
      .select({ id: caseFile.id, state: caseFile.state, partyKind: party.kind, reviewStatus: review.status, reviewVersion: review.draftVersion })
      .from(caseFile)
      .leftJoin(party, eq(party.id, caseFile.partyId))
      .leftJoin(review, eq(review.caseId, caseFile.id))
      .where(and(...decidedWhere));
    const catalogue = await catalogueFor(tx, ag.id);
    let requiring = 0;
    let reviewed = 0;
    for (const c of decided) {
      const s = (c.state ?? {}) as CaseState;
      if (!s.draft) continue;
      const need = reviewRequired({ ...reviewDraftOf(s.draft as CaseDraft, (c.partyKind as 'person' | 'organization') ?? 'organization', s.hearing?.state === 'held'), field: ag.field }, catalogue).required;
      if (!need) continue;
      requiring++;
      if (c.reviewStatus === 'passed') reviewed++;
    }
    const reviewWhere: SQL[] = [eq(review.agencyId, ag.id)];
    if (q.from) reviewWhere.push(gte(review.firstSubmittedAt, new Date(`${q.from}T00:00:00+08:00`)));
    if (q.to) reviewWhere.push(lte(review.firstSubmittedAt, new Date(`${q.to}T23:59:59.999+08:00`)));
    const reviews = await tx.select().from(review).where(and(...reviewWhere));
    const ids = reviews.map((r) => r.id);
    const opinions = ids.length
      ? await tx
          .select({ reviewId: reviewOpinion.reviewId, result: reviewOpinion.result, writtenOn: reviewOpinion.writtenOn, submittedAt: reviewRound.submittedAt, roundNo: reviewRound.roundNo })
          .from(reviewOpinion)
          .innerJoin(reviewRound, eq(reviewRound.id, reviewOpinion.roundId))
          .where(inArray(reviewOpinion.reviewId, ids))
      : [];
    const firstRounds = opinions.filter((o) => o.roundNo === 1);
    const passed = reviews.filter((r) => r.status === 'passed');
    const days = opinions.map((o) => daysBetween(chinaDateOf(o.submittedAt), o.writtenOn));
    rows.push({
      agencyId: ag.id,
      agencyName: ag.name,
      decided: decided.length,
      decidedRequiringReview: requiring,
      decidedReviewed: reviewed,
      coverageBp: bp(reviewed, requiring),
      reviews: reviews.length,
      opinions: opinions.length,
      firstRoundPassBp: bp(firstRounds.filter((o) => o.result === 'agree').length, firstRounds.length),
      passBp: bp(opinions.filter((o) => o.result === 'agree').length, opinions.length),
      averageDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
      averageRounds: passed.length ? Math.round((passed.reduce((a, r) => a + r.roundNo, 0) / passed.length) * 10) / 10 : null,
      overdue: reviews.filter((r) => (r.status === 'submitted' || r.status === 'assigned') && r.dueOn < today).length,
    });
  }
  return { from: q.from ?? null, to: q.to ?? null, rows };
};
