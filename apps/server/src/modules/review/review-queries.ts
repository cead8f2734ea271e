import {
  type Actor,
  allowedCaseActions,
  caseRelationOf,
  checkAccess,
  chinaDateOf,
  notFound,
  type PointOpinion,
  REVIEW_POINT_LABELS,
  REVIEW_RESULT_LABELS,
  REVIEWER_KIND_LABELS,
  type ReviewerKind,
  type ReviewPointKey,
  type ReviewResult,
  reviewDeadlineState,
  scopesFor,
  type WorkingCalendar,
} from '@sanxiang/domain';
import { agency, caseFile, caseHandler, type Db, review, reviewOpinion, reviewRound, reviewStep } from '@sanxiang/db';
import { and, asc, count, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { caseRequirement, reviewGateFor } from './review-gate.ts';
import { reviewFor, reviewPlace, type ReviewRow } from './review-records.ts';
import { openProblemsOf } from './submit-review.ts';

export const REVIEW_STATUS_LABELS: Record<string, string> = { submitted: '待指派', assigned: '审核中', returned: '退回（存在问题）', passed: '审核通过' };
export const REVIEW_STEP_LABELS: Record<string, string> = { assigned: '指派审核人员', extended: '延长审核期限', escalated: '提请协调', coordinated: '机关负责人协调' };

/** The reviews the actor may read, as one SQL condition: the OR of every scope their roles give for review.read. */
export const readableReviews = (actor: Actor): SQL => {
  const handled = sql`exists (select 1 from ${caseHandler} where ${caseHandler.caseId} = ${review.caseId} and ${caseHandler.accountId} = ${actor.accountId})`;
  const parts = scopesFor(actor.roles, 'review.read').map((scope): SQL => {
    switch (scope) {
      case 'own':
        return and(eq(review.agencyId, actor.agencyId), handled)!;
      case 'unit':
        return actor.unitId ? and(eq(review.agencyId, actor.agencyId), eq(review.unitId, actor.unitId))! : sql`false`;
      case 'agency':
        return eq(review.agencyId, actor.agencyId);
      case 'jurisdiction':
        return actor.jurisdictionAgencyIds.size ? inArray(review.agencyId, [...actor.jurisdictionAgencyIds]) : sql`false`;
      case 'global':
        return sql`true`;
    }
  });
  return parts.length ? or(...parts)! : sql`false`;
};

const summaryOf = (r: ReviewRow, c: { caseNumber: string | null; title: string }, agencyName: string, calendar: WorkingCalendar, today: string) => ({
  id: r.id,
  caseId: r.caseId,
  caseNumber: c.caseNumber,
  caseTitle: c.title,
  agencyId: r.agencyId,
  agencyName,
  status: r.status as 'submitted' | 'assigned' | 'returned' | 'passed',
  statusLabel: REVIEW_STATUS_LABELS[r.status] ?? r.status,
  roundNo: r.roundNo,
  draftVersion: r.draftVersion,
  submittedOn: r.submittedOn,
  dueOn: r.dueOn,
  extended: r.extended,
  deadlineState: reviewDeadlineState(calendar, r.dueOn, today, r.completedOn),
  assigneeKind: (r.assigneeKind as ReviewerKind | null) ?? null,
  assigneeName: r.assigneeName,
  assigneeAccountId: r.assigneeAccountId,
  result: (r.result as ReviewResult | null) ?? null,
  escalation: (r.escalation as 'open' | 'resolved' | null) ?? null,
  completedOn: r.completedOn,
});

export type QueueFilter = { status?: string; mine?: boolean; overdue?: boolean; agencyId?: string };

/** 审核台账 / 待审队列: the reviews in the actor's scope, the open ones first by due date; overdue ones flagged. */
export const listReviews = async (tx: Db, actor: Actor, filter: QueueFilter, page: number, pageSize: number, calendar: WorkingCalendar, now: Date) => {
  const today = chinaDateOf(now);
  const c: SQL[] = [readableReviews(actor)];
  if (filter.status) c.push(filter.status === 'open' ? inArray(review.status, ['submitted', 'assigned']) : eq(review.status, filter.status));
  if (filter.mine) c.push(eq(review.assigneeAccountId, actor.accountId));
  if (filter.agencyId) c.push(eq(review.agencyId, filter.agencyId));
  if (filter.overdue) c.push(and(inArray(review.status, ['submitted', 'assigned']), lt(review.dueOn, today))!);
  const where = and(...c);
  const [{ n }] = await tx.select({ n: count() }).from(review).where(where);
  const rows = await tx
    .select({ r: review, caseNumber: caseFile.caseNumber, title: caseFile.title, agencyName: agency.name })
    .from(review)
    .innerJoin(caseFile, eq(caseFile.id, review.caseId))
    .innerJoin(agency, eq(agency.id, review.agencyId))
    .where(where)
    .orderBy(sql`case when ${review.status} in ('submitted','assigned') then 0 else 1 end`, asc(review.dueOn), desc(review.updatedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map((x) => summaryOf(x.r, x, x.agencyName, calendar, today)), total: Number(n), page, pageSize };
};

const opinionItem = (o: typeof reviewOpinion.$inferSelect) => ({
  id: o.id,
  number: o.number,
  result: o.result as ReviewResult,
  resultLabel: REVIEW_RESULT_LABELS[o.result as ReviewResult],
  reasons: o.reasons,
  points: (o.points as PointOpinion[]).map((p) => ({ ...p, label: REVIEW_POINT_LABELS[p.key] })),
  reviewerKind: o.reviewerKind as ReviewerKind,
  reviewerKindLabel: REVIEWER_KIND_LABELS[o.reviewerKind as ReviewerKind],
  reviewerName: o.reviewerName,
  writtenByName: o.writtenByName,
  writtenAt: o.writtenAt.toISOString(),
  writtenOn: o.writtenOn,
});

/** What the actor may do on a review now (the server still checks each act). */
const allowedOn = (actor: Actor, r: ReviewRow, place: Awaited<ReturnType<typeof reviewPlace>>) => {
  const may = (a: Parameters<typeof checkAccess>[1]) => checkAccess(actor, a, place) === 'allow';
  const open = r.status === 'submitted' || r.status === 'assigned';
  const out: Array<'assign' | 'opine' | 'escalate' | 'coordinate' | 'extend' | 'resubmit'> = [];
  const ownUnitHead = !actor.roles.includes('agency_head') && actor.unitId !== null && actor.unitId === r.unitId;
  if (open && may('review.assign') && !ownUnitHead) out.push('assign');
  if (r.status === 'assigned' && may('review.opine') && !place.handlerAccountIds.includes(actor.accountId) && (r.assigneeKind !== 'reviewer' || r.assigneeAccountId === actor.accountId)) out.push('opine');
  if (r.status === 'returned' && r.escalation !== 'open' && may('review.escalate')) out.push('escalate');
  if (r.escalation === 'open' && may('review.coordinate')) out.push('coordinate');
  if (open && !r.extended && may('review.extend')) out.push('extend');
  if (r.status === 'returned' && r.escalation !== 'open' && place.leadAccountId === actor.accountId) out.push('resubmit');
  return out;
};

const detailOf = async (tx: Db, actor: Actor, r: ReviewRow, place: Awaited<ReturnType<typeof reviewPlace>>, calendar: WorkingCalendar, now: Date) => {
  const [c] = await tx.select({ caseNumber: caseFile.caseNumber, title: caseFile.title, state: caseFile.state }).from(caseFile).where(eq(caseFile.id, r.caseId));
  const [ag] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, r.agencyId));
  const rounds = await tx.select().from(reviewRound).where(eq(reviewRound.reviewId, r.id)).orderBy(asc(reviewRound.roundNo));
  const opinions = await tx.select().from(reviewOpinion).where(eq(reviewOpinion.reviewId, r.id));
  const steps = await tx.select().from(reviewStep).where(eq(reviewStep.reviewId, r.id)).orderBy(asc(reviewStep.at));
  const roundNoOf = new Map(rounds.map((x) => [x.id, x.roundNo]));
  const gate = await reviewGateFor(tx, r.caseId);
  return {
    ...summaryOf(r, c, ag.name, calendar, chinaDateOf(now)),
    rounds: rounds.map((x) => {
      const o = opinions.find((op) => op.roundId === x.id);
      return {
        id: x.id,
        roundNo: x.roundNo,
        submittedAt: x.submittedAt.toISOString(),
        submittedByName: x.submittedByName,
        draftVersion: x.draftVersion,
        dueOn: x.dueOn,
        snapshot: x.snapshot as Record<string, unknown>,
        snapshotSm3: x.snapshotSm3,
        prechecks: x.prechecks as never,
        answers: (x.answers as Array<{ key: ReviewPointKey; text: string }>).map((a) => ({ ...a, label: REVIEW_POINT_LABELS[a.key] })),
        coordination: (x.coordination as Record<string, unknown> | null) ?? null,
        opinion: o ? opinionItem(o) : null,
      };
    }),
    steps: steps.map((s) => ({ id: s.id, roundNo: roundNoOf.get(s.roundId) ?? 0, type: s.type, typeLabel: REVIEW_STEP_LABELS[s.type] ?? s.type, at: s.at.toISOString(), actorName: s.actorName, payload: s.payload as Record<string, unknown> })),
    allowed: allowedOn(actor, r, place),
    currentDraftVersion: ((c.state ?? {}) as { draftVersion?: number }).draftVersion ?? null,
    gate: { required: gate.required, passed: gate.passed, reasons: gate.reasons },
  };
};

export const getReview = async (tx: Db, actor: Actor, reviewId: string, calendar: WorkingCalendar, now: Date) => {
  const { row, place } = await reviewFor(tx, actor, reviewId, 'review.read');
  return detailOf(tx, actor, row, place, calendar, now);
};

/**
 * The officer's panel on the case page: whether the current draft needs review and why (the catalogue's reasons),
 * the gate as the decision will see it, the review with its rounds and opinions, and whether the actor may submit.
 */
export const caseReviewPanel = async (tx: Db, actor: Actor, caseId: string, calendar: WorkingCalendar, now: Date) => {
  const [c] = await tx.select({ agencyId: caseFile.agencyId, unitId: caseFile.unitId, status: caseFile.status }).from(caseFile).where(eq(caseFile.id, caseId));
  const handlers = c ? await tx.select().from(caseHandler).where(eq(caseHandler.caseId, caseId)) : [];
  const place = c && { agencyId: c.agencyId, unitId: c.unitId, handlerAccountIds: handlers.map((h) => h.accountId) };
  if (!c || checkAccess(actor, 'review.read', place) !== 'allow') throw notFound('CASE_NOT_FOUND', '没有这个案件');
  const found = await caseRequirement(tx, caseId);
  const gate = await reviewGateFor(tx, caseId);
  const [r] = await tx.select().from(review).where(eq(review.caseId, caseId));
  const detail = r ? await detailOf(tx, actor, r, await reviewPlace(tx, r), calendar, now) : null;
  const relation = caseRelationOf(actor, { agencyId: c.agencyId, unitId: c.unitId, leadAccountId: handlers.find((h) => h.role === 'lead')?.accountId ?? null });
  const canSubmit = checkAccess(actor, 'case.act', place) === 'allow' && allowedCaseActions(c.status, relation).includes('submit-review');
  const inProgress = r && (r.status === 'submitted' || r.status === 'assigned' || r.escalation === 'open');
  const alreadyPassed = r?.status === 'passed' && r.draftVersion === found?.view.draftVersion;
  return {
    requirement: found?.requirement ?? { required: false, reasons: [] },
    gate,
    review: detail,
    canSubmit: canSubmit && Boolean(found?.view.draft) && !inProgress && !alreadyPassed,
    openProblems: (await openProblemsOf(tx, r)).map((p) => ({ key: p.key, label: REVIEW_POINT_LABELS[p.key], text: p.text })),
  };
};

export { reviewFor };
