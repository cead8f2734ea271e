import { z } from 'zod';
import { body, page, paged, plainDate, uuid } from '../common.ts';

export const disclosureKind = z.enum(['penalty', 'licence', 'coercion', 'inspection', 'other']);
export const disclosureSeverity = z.enum(['minor', 'general', 'serious']);
export const disclosureStatus = z.enum(['draft', 'approved', 'published', 'withdrawn', 'expired', 'removed']);
const fen = z.number().int().min(0).max(100_000_000_000);

/**
 * A decision to make public (事后公开). The case module sends it when a decision is made; an officer can also
 * enter a decision made outside the platform. The party's full name goes in and is masked on the server.
 */
export const prepareDisclosureBody = body({
  caseId: uuid.optional(),
  kind: disclosureKind,
  documentNumber: z.string().trim().min(3, '请填写决定书文号').max(80),
  decisionDate: plainDate,
  party: z.strictObject({
    name: z.string().trim().min(1, '请填写当事人名称').max(120),
    kind: z.enum(['person', 'organization']),
    creditCode: z.string().trim().max(18).nullable().optional(),
    minor: z.boolean().optional().describe('当事人为未成年人（不予公开）'),
  }),
  category: z.string().trim().min(2).max(200).describe('执法类别 / 事项名称'),
  violation: z.string().trim().max(500).default(''),
  basis: z.string().trim().min(2).max(1_000).describe('处罚（许可）依据'),
  content: z.string().trim().min(2).max(1_000).describe('处罚（许可）内容'),
  fineFen: fen.nullable().optional(),
  confiscationFen: fen.nullable().optional(),
  summary: z.string().trim().max(5_000).optional().describe('主要事实（公开前经脱敏）'),
  severity: disclosureSeverity.optional(),
});
export type PrepareDisclosureBody = z.infer<typeof prepareDisclosureBody>;

export const publicFieldItem = z.object({ key: z.string(), label: z.string(), value: z.string() });

export const disclosureRecordItem = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  caseId: z.string().nullable(),
  kind: disclosureKind,
  kindLabel: z.string(),
  documentNumber: z.string(),
  decisionDate: z.string(),
  partyName: z.string(),
  partyKind: z.enum(['person', 'organization']),
  severity: disclosureSeverity,
  severityLabel: z.string(),
  status: disclosureStatus,
  statusLabel: z.string(),
  dueOn: z.string(),
  dueBasis: z.string(),
  deadlineState: z.enum(['open', 'due-soon', 'overdue', 'met', 'late']),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  withdrawalDueOn: z.string().nullable(),
  displayEndsOn: z.string().nullable(),
  displayMinEndsOn: z.string().nullable(),
  removedAt: z.string().nullable(),
  removalReason: z.string().nullable(),
  allowedActions: z.array(z.enum(['publish', 'withdraw', 'remove'])),
  publicUrl: z.string().describe('公示平台上的地址（发布后可访问）'),
  createdAt: z.string(),
});
export type DisclosureRecordItem = z.infer<typeof disclosureRecordItem>;

export const disclosureRecordDetail = disclosureRecordItem.extend({
  preview: z.array(publicFieldItem).describe('公众将看到的全部字段（白名单字段 + 脱敏后的事实摘要）'),
  events: z.array(z.object({ seq: z.number(), type: z.string(), typeLabel: z.string(), at: z.string(), payload: z.record(z.string(), z.unknown()) })),
});
export type DisclosureRecordDetail = z.infer<typeof disclosureRecordDetail>;

export const prepareDisclosureResponse = z.object({
  created: z.boolean(),
  record: disclosureRecordDetail.nullable(),
  reason: z.object({ code: z.string(), message: z.string() }).nullable().describe('未生成公示信息的原因（如未成年人、轻微违法通常不公示）'),
});

export const listDisclosuresQuery = page.extend({
  status: disclosureStatus.optional(),
  kind: disclosureKind.optional(),
  q: z.string().trim().max(80).optional(),
});
export const disclosuresResponse = paged(disclosureRecordItem);
export const disclosureIdParams = z.object({ id: uuid });

export const withdrawDisclosureBody = body({
  reason: z.string().trim().min(4, '撤回理由至少4个字').max(1_000),
  changedOn: plainDate.optional().describe('原决定被变更、撤销、确认违法或无效的日期（默认今天）'),
});
export const removeDisclosureBody = body({
  reason: z.string().trim().min(4, '撤下理由至少4个字').max(1_000).describe('信用修复决定及其文号'),
});

export const disclosureDeadlineItem = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  documentNumber: z.string(),
  partyName: z.string(),
  kind: disclosureKind,
  kindLabel: z.string(),
  duty: z.enum(['publication', 'withdrawal']),
  dueOn: z.string(),
  state: z.enum(['due-soon', 'overdue']),
});
export type DisclosureDeadlineItem = z.infer<typeof disclosureDeadlineItem>;
export const disclosureDeadlinesResponse = z.object({ today: z.string(), items: z.array(disclosureDeadlineItem) });

export const supervisionResponse = z.object({
  today: z.string(),
  agencies: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), overduePublication: z.number(), overdueWithdrawal: z.number(), dueSoon: z.number(), published: z.number() })),
  items: z.array(disclosureDeadlineItem),
});

export const statisticsYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const statisticsSnapshotItem = z.object({ id: z.string(), year: z.number(), publishedAt: z.string(), figures: z.record(z.string(), z.unknown()) });
export const statisticsSnapshotsResponse = z.object({ items: z.array(statisticsSnapshotItem) });

/** How a penalised natural person is named on the portal (local rules differ; national default 姓 + 某). */
export const disclosureSettings = z.strictObject({
  personNameRule: z.enum(['surname', 'full']).describe('surname：姓氏加“某”（默认）；full：公开全名（仅当地规定要求时）'),
});
