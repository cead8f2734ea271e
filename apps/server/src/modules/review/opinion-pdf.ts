import { renderDocument } from '@sanxiang/documents';
import { type Actor, type CaseDraft, chinaDateOf, notFound, type PointOpinion, penaltyText, REVIEW_POINT_LABELS, REVIEWER_KIND_LABELS, type ReviewerKind } from '@sanxiang/domain';
import { agency, type Db, reviewOpinion, reviewRound } from '@sanxiang/db';
import { and, desc, eq } from 'drizzle-orm';
import { reviewFor } from './review-records.ts';

type Snapshot = {
  case: { caseNumber: string | null; title: string; unitName: string | null; party: { name: string; kind: 'person' | 'organization'; idNumberMasked: string | null; creditCode: string | null; address?: string | null } | null };
  draft: CaseDraft | null;
};

/**
 * 法制审核意见书 of a round (the latest opinion when no round is named), rendered from the stored opinion and the
 * frozen snapshot the reviewer saw, by the documents package (pdfmake, CJK fonts). Same opinion, same bytes.
 */
export const opinionPdf = async (tx: Db, actor: Actor, reviewId: string, roundNo?: number) => {
  const { row } = await reviewFor(tx, actor, reviewId, 'review.read');
  const rounds = await tx
    .select({ round: reviewRound, opinion: reviewOpinion })
    .from(reviewOpinion)
    .innerJoin(reviewRound, eq(reviewRound.id, reviewOpinion.roundId))
    .where(and(eq(reviewOpinion.reviewId, row.id), roundNo ? eq(reviewRound.roundNo, roundNo) : undefined))
    .orderBy(desc(reviewRound.roundNo))
    .limit(1);
  const found = rounds[0];
  if (!found) throw notFound('OPINION_NOT_FOUND', '本轮审核尚未出具意见');
  const { round, opinion } = found;
  const snap = round.snapshot as Snapshot;
  const [ag] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, row.agencyId));
  const party = snap.case.party;
  const pdf = await renderDocument('legalReviewOpinion', {
    header: { agencyName: ag.name, number: opinion.number, date: opinion.writtenOn },
    caseNumber: snap.case.caseNumber ?? '（未立案）',
    caseCause: snap.case.title,
    party: party
      ? { type: party.kind === 'person' ? 'person' : 'organisation', name: party.name, idNumber: party.idNumberMasked ?? undefined, creditCode: party.creditCode ?? undefined, address: party.address ?? undefined }
      : { type: 'organisation', name: '（未登记）' },
    submittingUnit: snap.case.unitName ?? '承办机构',
    submittedOn: chinaDateOf(round.submittedAt),
    round: round.roundNo,
    draftDecision: snap.draft ? penaltyText(snap.draft) : '（无拟处理意见）',
    points: (opinion.points as PointOpinion[]).map((p) => ({ point: REVIEW_POINT_LABELS[p.key], opinion: p.text, passed: p.ok })),
    result: opinion.result === 'agree' ? '同意' : '存在问题',
    reasons: opinion.reasons || undefined,
    reviewer: { name: opinion.reviewerName, role: REVIEWER_KIND_LABELS[opinion.reviewerKind as ReviewerKind] },
  });
  return { pdf, fileName: `${opinion.number}.pdf` };
};
