import { z } from 'zod';
import { PENALTY_KINDS } from '@sanxiang/domain/items/catalog';
import { body, page, paged, plainDate, uuid } from '../common.ts';

/** The ten review points (domain REVIEW_POINTS) and the two results; kept as literals so the console needs no domain import. */
export const reviewPointKey = z.enum([
  'agency-competent',
  'officers-qualified',
  'procedure-lawful',
  'facts-clear',
  'evidence-sufficient',
  'law-applied',
  'discretion-proper',
  'within-powers',
  'documents-proper',
  'crime-transfer',
]);
export const reviewResult = z.enum(['agree', 'problems']);
export const reviewerKind = z.enum(['reviewer', 'legal-adviser', 'public-lawyer']);
export const reviewStatus = z.enum(['submitted', 'assigned', 'returned', 'passed']);

export const reviewIdParams = z.object({ id: uuid });
export const reviewCaseParams = z.object({ id: uuid });

/** 送审 / 重新送审: the handling unit's written answer to each problem of the returned round (none at the first). */
export const submitReviewBody = body({
  answers: z
    .array(body({ key: reviewPointKey, text: z.string().trim().min(1, '答复不能为空').max(5_000) }))
    .max(10)
    .default([]),
  note: z.string().trim().max(2_000).optional().describe('送审说明'),
});

export const assignReviewBody = body({
  kind: reviewerKind,
  accountId: uuid.optional().describe('本机关法制审核人员（kind=reviewer）'),
  adviser: body({
    name: z.string().trim().min(2).max(50),
    organization: z.string().trim().min(2).max(100).describe('所在律师事务所或单位'),
    legalQualification: z.boolean().describe('法律职业资格'),
  })
    .optional()
    .describe('法律顾问或公职律师（kind≠reviewer）'),
  note: z.string().trim().max(1_000).optional(),
});

export const opinionBody = body({
  points: z.array(body({ key: reviewPointKey, ok: z.boolean(), text: z.string().trim().min(1, '须写明审核意见').max(5_000) })).length(10, '须对十项审核内容逐项写明意见'),
  result: reviewResult,
  reasons: z.string().trim().max(10_000).default(''),
});

export const escalateBody = body({ reason: z.string().trim().min(4, '请写明分歧').max(5_000) });
export const coordinateBody = body({ outcome: z.enum(['revise', 'review-again']), opinion: z.string().trim().min(4, '请写明协调意见').max(5_000) });
export const extendReviewBody = body({ reason: z.string().trim().min(4, '请写明延长理由').max(2_000) });

export const reviewReason = z.object({ code: z.string(), text: z.string(), basis: z.string() });
export const reviewRequirement = z.object({ required: z.boolean(), reasons: z.array(reviewReason) });

export const precheckFinding = z.object({
  key: z.string(),
  label: z.string(),
  point: reviewPointKey,
  status: z.enum(['pass', 'warn', 'fail', 'unknown']),
  messages: z.array(z.string()),
});

export const pointOpinion = z.object({ key: reviewPointKey, ok: z.boolean(), text: z.string() });

export const reviewOpinionItem = z.object({
  id: z.string(),
  number: z.string(),
  result: reviewResult,
  resultLabel: z.string(),
  reasons: z.string(),
  points: z.array(pointOpinion.extend({ label: z.string() })),
  reviewerKind: reviewerKind,
  reviewerKindLabel: z.string(),
  reviewerName: z.string(),
  writtenByName: z.string().nullable(),
  writtenAt: z.string(),
  writtenOn: z.string(),
});

export const reviewStepItem = z.object({ id: z.string(), roundNo: z.number(), type: z.string(), typeLabel: z.string(), at: z.string(), actorName: z.string().nullable(), payload: z.record(z.string(), z.unknown()) });

export const reviewRoundItem = z.object({
  id: z.string(),
  roundNo: z.number(),
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
  draftVersion: z.number(),
  dueOn: z.string(),
  snapshot: z.record(z.string(), z.unknown()).describe('送审时冻结的材料：拟处理意见、案件事实、文书、证据清单'),
  snapshotSm3: z.string(),
  prechecks: z.array(precheckFinding),
  answers: z.array(z.object({ key: reviewPointKey, text: z.string(), label: z.string() })),
  coordination: z.record(z.string(), z.unknown()).nullable(),
  opinion: reviewOpinionItem.nullable(),
});

export const reviewSummary = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  caseTitle: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  status: reviewStatus,
  statusLabel: z.string(),
  roundNo: z.number(),
  draftVersion: z.number(),
  submittedOn: z.string(),
  dueOn: z.string(),
  extended: z.boolean(),
  deadlineState: z.enum(['open', 'due-soon', 'overdue', 'met', 'late']),
  assigneeKind: reviewerKind.nullable(),
  assigneeName: z.string().nullable(),
  assigneeAccountId: z.string().nullable(),
  result: reviewResult.nullable(),
  escalation: z.enum(['open', 'resolved']).nullable(),
  completedOn: z.string().nullable(),
});

export const reviewDetail = reviewSummary.extend({
  rounds: z.array(reviewRoundItem),
  steps: z.array(reviewStepItem),
  /** What the current user may do now. */
  allowed: z.array(z.enum(['assign', 'opine', 'escalate', 'coordinate', 'extend', 'resubmit'])),
  /** The draft version the case stands at now; a passed review of an older version no longer counts. */
  currentDraftVersion: z.number().nullable(),
  gate: z.object({ required: z.boolean(), passed: z.boolean(), reasons: z.array(z.string()) }),
});
export type ReviewDetail = z.infer<typeof reviewDetail>;

export const caseReviewResponse = z.object({
  requirement: reviewRequirement,
  gate: z.object({ required: z.boolean(), passed: z.boolean(), reasons: z.array(z.string()), reviewId: z.string().nullable() }),
  review: reviewDetail.nullable(),
  canSubmit: z.boolean(),
  /** Problems of the last returned round that a resubmission must answer. */
  openProblems: z.array(z.object({ key: reviewPointKey, label: z.string(), text: z.string() })),
});

export const reviewQueueQuery = page.extend({
  status: z.enum(['submitted', 'assigned', 'returned', 'passed', 'open']).optional().describe('open：待指派和审核中'),
  mine: z.enum(['true', 'false']).optional().describe('只看分配给我的'),
  overdue: z.enum(['true', 'false']).optional(),
  agencyId: uuid.optional(),
});
export const reviewQueueResponse = paged(reviewSummary);

export const reviewerOption = z.object({ accountId: z.string(), name: z.string(), legalQualification: z.boolean(), completedReviews: z.number(), handlesCase: z.boolean() });
export const reviewerOptionsResponse = z.object({ items: z.array(reviewerOption) });

/** 法制审核目录清单 as the admin edits it. Money in 分. */
export const catalogueEntry = z.strictObject({
  code: z.string().trim().min(1).max(40),
  label: z.string().trim().min(2).max(200),
  itemCodes: z.array(z.string().trim().min(1).max(60)).max(200).optional(),
  fields: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(14).optional(),
});
export const reviewCatalogueShape = z.strictObject({
  fineFen: z.strictObject({ person: z.number().int(), organization: z.number().int() }),
  confiscationFen: z.number().int(),
  kinds: z.array(z.enum(PENALTY_KINDS)).max(14),
  entries: z.array(catalogueEntry).max(200),
  reviewWorkingDays: z.number().int(),
  extensionWorkingDays: z.number().int(),
});
export const catalogueQuery = z.object({ agencyId: uuid.optional().describe('不填为全国默认目录') });
export const catalogueResponse = z.object({
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  own: z.boolean().describe('本机关有自己的目录（否则适用全国默认）'),
  catalogue: reviewCatalogueShape,
  national: reviewCatalogueShape,
  updatedAt: z.string().nullable(),
});
export type CatalogueResponse = z.infer<typeof catalogueResponse>;
export const putCatalogueBody = body({ agencyId: uuid.nullable(), catalogue: reviewCatalogueShape });

export const statisticsQuery = z.object({ from: plainDate.optional(), to: plainDate.optional(), agencyId: uuid.optional() });
export const reviewStatisticsRow = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  decided: z.number().describe('期间作出的处罚决定数'),
  decidedRequiringReview: z.number().describe('其中须经法制审核的'),
  decidedReviewed: z.number().describe('其中审核通过后作出的'),
  coverageBp: z.number().nullable().describe('审核覆盖率（基点）'),
  reviews: z.number().describe('期间送审的审核'),
  opinions: z.number(),
  firstRoundPassBp: z.number().nullable().describe('一次通过率'),
  passBp: z.number().nullable().describe('审核意见同意率'),
  averageDays: z.number().nullable().describe('送审至出具意见平均日数'),
  averageRounds: z.number().nullable().describe('通过的审核平均轮次'),
  overdue: z.number().describe('当前逾期未审'),
});
export const reviewStatisticsResponse = z.object({ from: z.string().nullable(), to: z.string().nullable(), rows: z.array(reviewStatisticsRow) });

export const staffingIndicatorItem = z.object({ indicator: z.number(), label: z.string(), valueBp: z.number().nullable(), targetBp: z.number(), met: z.boolean().nullable(), detail: z.string() });
export const staffingResponse = z.object({
  rows: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      officers: z.number(),
      fullTimeReviewers: z.number(),
      qualifiedReviewers: z.number(),
      indicators: z.array(staffingIndicatorItem),
    }),
  ),
});

export const reviewDeadlineItem = z.object({ reviewId: z.string(), caseId: z.string(), agencyId: z.string(), dueOn: z.string(), state: z.enum(['open', 'due-soon', 'overdue', 'met', 'late']), assigneeAccountId: z.string().nullable() });
