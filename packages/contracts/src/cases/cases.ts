import { z } from 'zod';
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

export const caseAction = z.enum(['request-filing', 'decide-filing']);

export const caseDetail = caseSummary.extend({
  occurredOn: z.string().nullable(),
  filedOn: z.string().nullable(),
  unitName: z.string().nullable(),
  events: z.array(caseEventItem),
  allowedActions: z.array(caseAction).describe('当前用户对本案可办理的下一步操作（按案件状态和与本案的关系）'),
});
export type CaseDetail = z.infer<typeof caseDetail>;

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

export const listCasesQuery = page.extend({
  status: z.string().max(32).optional(),
  q: z.string().max(64).optional(),
  mine: z.enum(['true', 'false']).optional(),
  from: plainDate.optional(),
  to: plainDate.optional(),
});
export const casesResponse = paged(caseSummary);
export const caseIdParams = z.object({ id: uuid });

export const handlerOption = z.object({ accountId: z.string(), name: z.string(), unitName: z.string().nullable(), certificateNo: z.string(), expiresSoon: z.boolean() });
export const handlerOptionsResponse = z.object({ items: z.array(handlerOption) });
export const partyOption = z.object({ id: z.string(), name: z.string(), kind: z.enum(['person', 'organization']), creditCode: z.string().nullable(), idNumberMasked: z.string().nullable() });
export const partyOptionsQuery = z.object({ q: z.string().trim().max(64).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });
export const partyOptionsResponse = z.object({ items: z.array(partyOption) });
