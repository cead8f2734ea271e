import { z } from 'zod';
import { CASE_ACTIONS, type CaseAction } from '@sanxiang/domain/cases/case-actions';
import { body, page, paged, plainDate, uuid } from '../common.ts';

export const caseSource = z.enum(['inspection', 'complaint', 'report', 'transfer', 'referral', 'other']);

/** 案源登记: what an officer records when a possible violation comes to light. */
export const registerClueBody = body({
  title: z.string().trim().min(4, '案由至少4个字').max(120),
  source: caseSource,
  sourceDetail: z.string().trim().max(500).optional(),
  description: z.string().trim().min(10, '线索内容至少10个字').max(5_000),
  partyId: uuid.optional(),
  occurredOn: plainDate.optional().describe('违法行为发生日（用于追责时效）'),
  place: z.string().trim().max(200).optional(),
  coHandlerAccountIds: z.array(uuid).max(5).default([]).describe('其他承办人（须为本机关持有效执法证的执法人员）'),
});

export const caseHandlerItem = z.object({ accountId: z.string(), name: z.string(), role: z.enum(['lead', 'assistant']) });

export const caseSummary = z.object({
  id: z.string(),
  clueNumber: z.string(),
  caseNumber: z.string().nullable(),
  title: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  procedure: z.enum(['general', 'simple']),
  source: caseSource,
  agencyId: z.string(),
  agencyName: z.string(),
  partyName: z.string().nullable(),
  handlers: z.array(caseHandlerItem),
  registeredAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseEventItem = z.object({
  id: z.number(),
  seq: z.number(),
  type: z.string(),
  typeLabel: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  place: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  correctsEventId: z.number().nullable(),
});

export const caseAction = z.enum(CASE_ACTIONS as [CaseAction, ...CaseAction[]]);

export const caseDetail = caseSummary.extend({
  occurredOn: z.string().nullable(),
  filedOn: z.string().nullable(),
  unitName: z.string().nullable(),
  eventCount: z.number().int().describe('全过程记录总条数；events 只含最新的若干条，其余见 GET /cases/:id/events'),
  events: z.array(caseEventItem).describe('最新的全过程记录（至多 50 条），由旧到新'),
  allowedActions: z.array(caseAction).describe('当前用户对本案可办理的下一步操作（按案件状态和与本案的关系）'),
  decisionNumber: z.string().nullable(),
  decidedOn: z.string().nullable(),
  fineFen: z.number(),
  closedOn: z.string().nullable(),
  state: z.record(z.string(), z.unknown()).describe('案件进展（拟处理意见、告知、听证、措施、决定、缴款……），由全过程记录推出'),
  documents: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), number: z.string().nullable(), issuedOn: z.string(), eventId: z.number(), eventSeq: z.number().describe('出具该文书的全过程记录序号') })),
  deadlines: z.array(z.object({ key: z.string(), ref: z.string(), label: z.string(), basis: z.string(), startedOn: z.string(), dueOn: z.string(), doneOn: z.string().nullable() })),
});
export type CaseDetail = z.infer<typeof caseDetail>;

/** GET /cases/:id/events: the whole 全过程记录, oldest first. */
export const caseEventsResponse = z.object({ items: z.array(caseEventItem) });

/** 申请立案 (主办人). */
export const requestFilingBody = body({
  reason: z.string().trim().min(10, '立案理由至少10个字').max(2_000),
  aggravated: z.boolean().optional().describe('危害后果严重、涉及公民生命健康安全或金融安全（追责时效五年，处罚法第三十六条）'),
});

/** 立案审批 (承办机构负责人或机关负责人). */
export const decideFilingBody = body({
  approve: z.boolean(),
  opinion: z.string().trim().min(2, '审批意见至少2个字').max(2_000),
});

/** Which date of a case the from/to range applies to. */
export const caseDateField = z.enum(['registered', 'filed', 'decided', 'closed']);
/** overdue: an open deadline has passed; soon: one falls due within 3 working days (today included); by: one falls due on or before `dueBy`. */
export const caseDueFilter = z.enum(['overdue', 'soon', 'by']);

export const listCasesQuery = page.extend({
  status: z
    .union([z.string().max(600), z.array(z.string().max(32)).max(30)])
    .optional()
    .describe('案件状态，可多选：重复参数或以逗号分隔'),
  q: z.string().max(64).optional().describe('案由、案源编号、案件编号或决定书文号中包含的文字'),
  mine: z.enum(['true', 'false']).optional(),
  officerId: uuid.optional().describe('承办人（主办或协办）'),
  itemId: uuid.optional().describe('执法事项'),
  partyId: uuid.optional(),
  party: z.string().trim().max(64).optional().describe('当事人名称中包含的文字或统一社会信用代码'),
  dateField: caseDateField.default('registered'),
  from: plainDate.optional(),
  to: plainDate.optional(),
  due: caseDueFilter.optional(),
  dueBy: plainDate.optional().describe('due=by 时的截止日期'),
  after: z.string().max(200).optional().describe('翻页游标（上一页的 nextCursor）；给出时不计总数、不按页码跳页'),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const deadlineStateEnum = z.enum(['open', 'due-soon', 'overdue', 'met', 'late']);
/** The earliest deadline still running on a case, with where it stands today. */
export const nextDeadline = z.object({
  key: z.string(),
  label: z.string(),
  dueOn: z.string(),
  state: deadlineStateEnum,
});
export const caseListItem = caseSummary.extend({
  itemId: z.string().nullable(),
  nextDeadline: nextDeadline.nullable(),
  openDeadlines: z.number().int(),
});
export type CaseListItem = z.infer<typeof caseListItem>;
export const casesResponse = paged(caseListItem).extend({
  total: z.number().int().describe('符合条件的案件数，最多计到 10000；按游标翻页时为 -1（不计数）'),
  totalCapped: z.boolean().describe('符合条件的案件超过 10000 件（total 为 10000）'),
  nextCursor: z.string().nullable().describe('下一页的游标；没有更多时为 null'),
});
export const caseIdParams = z.object({ id: uuid });

export const handlerOption = z.object({ accountId: z.string(), name: z.string(), unitName: z.string().nullable(), certificateNo: z.string(), expiresSoon: z.boolean() });
export const handlerOptionsResponse = z.object({ items: z.array(handlerOption) });
export const partyOption = z.object({ id: z.string(), name: z.string(), kind: z.enum(['person', 'organization']), creditCode: z.string().nullable(), idNumberMasked: z.string().nullable() });
export const partyOptionsQuery = z.object({ q: z.string().trim().max(64).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });
export const partyOptionsResponse = z.object({ items: z.array(partyOption) });
