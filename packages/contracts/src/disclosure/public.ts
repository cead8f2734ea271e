import { z } from 'zod';
import { body, page, paged, plainDate, uuid } from '../common.ts';

/** The public side of disclosure: the redaction preview for integrators, search and open data. */

export const redactionKind = z.enum(['person', 'party', 'id-number', 'mobile', 'landline', 'bank-card', 'account-number', 'email', 'plate', 'address', 'health', 'social-account']);

export const redactBody = body({
  text: z.string().max(50_000, '文本不超过50000字').describe('待脱敏的文本'),
  party: z
    .strictObject({ name: z.string().trim().min(1).max(120), kind: z.enum(['person', 'organization']) })
    .optional()
    .describe('被处罚的当事人：自然人按“姓+某”显示，组织名称保留'),
});
export type RedactBody = z.infer<typeof redactBody>;

export const redactResponse = z.object({
  text: z.string().describe('脱敏后的文本：他人姓名为“某某”，其余为“［身份证号已隐去］”式的固定标记'),
  findings: z
    .array(z.object({ kind: redactionKind, start: z.number().int().describe('原文中的起始位置（UTF-16 码元）'), end: z.number().int() }))
    .describe('原文中被隐去的片段，按位置排序，互不重叠'),
});

const publicKind = z.enum(['penalty', 'licence', 'coercion', 'inspection', 'other']);
const partyKind = z.enum(['person', 'organization']);

export const openDecisionsQuery = page.extend({
  agencyId: uuid.optional(),
  kind: publicKind.optional(),
  partyKind: partyKind.optional(),
  from: plainDate.optional().describe('决定日期不早于'),
  to: plainDate.optional().describe('决定日期不晚于'),
});

export const openDecisionItem = z.object({
  id: z.string(),
  url: z.string().describe('公示平台上的页面'),
  agencyId: z.string(),
  agencyName: z.string(),
  kind: publicKind,
  documentNumber: z.string(),
  decisionDate: z.string(),
  partyName: z.string(),
  partyKind,
  creditCode: z.string().nullable(),
  category: z.string(),
  violation: z.string(),
  basis: z.string(),
  content: z.string(),
  fineFen: z.number().int().nullable().describe('罚款金额（分）'),
  confiscationFen: z.number().int().nullable().describe('没收金额（分）'),
  summary: z.string().describe('主要事实（已脱敏）'),
  publishedAt: z.string(),
  displayEndsOn: z.string().nullable(),
});
export type OpenDecisionItem = z.infer<typeof openDecisionItem>;
export const openDecisionsResponse = paged(openDecisionItem);

export const openDecisionsCsvQuery = z.object({
  kind: z.enum(['penalty', 'licence']).default('penalty').describe('双公示：行政处罚 或 行政许可'),
  agencyId: uuid.optional(),
  from: plainDate.optional(),
  to: plainDate.optional(),
});

export const searchDecisionsQuery = openDecisionsQuery.extend({
  q: z.string().trim().max(80, '检索词不超过80字').optional(),
});
export const searchHitItem = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  kind: publicKind,
  documentNumber: z.string(),
  decisionDate: z.string(),
  partyName: z.string(),
  partyKind,
  category: z.string(),
  content: z.string(),
  publishedAt: z.string(),
  snippetHtml: z.string().describe('摘录（已转义的 HTML，命中处以 <mark> 标出）'),
});
export const searchDecisionsResponse = paged(searchHitItem).extend({
  totalIsLowerBound: z.boolean().describe('命中过多时 total 为下限（此时按公开时间倒序）'),
  terms: z.array(z.string()).describe('检索所用的词'),
});
