import { z } from 'zod';
import { INSPECTION_METHODS, INSPECTION_PERIODS, ITEM_KINDS, LEGAL_REVIEW_MODES, PENALTY_KINDS, PROCEDURES, TARGET_TYPES } from '@sanxiang/domain/items/catalog';
import { body, page, paged, plainDate, uuid } from '../common.ts';

// The vocabularies are the domain catalog's own lists: one source for the server, the API and the console.
export const itemKind = z.enum(ITEM_KINDS).describe('许可 licensing、处罚 penalty、强制 coercion、征收征用 expropriation、检查 inspection、其他 other');
export const penaltyKind = z.enum(PENALTY_KINDS).describe('《行政处罚法》第九条的处罚种类');
export const targetType = z.enum(TARGET_TYPES).describe('公民 citizen、法人或者其他组织 organization');
export const itemProcedure = z.enum(PROCEDURES).describe('一般程序 general、简易程序 simple（仅限符合《行政处罚法》第五十一条的处罚事项）');
export const legalReviewMode = z.enum(LEGAL_REVIEW_MODES).describe('均须法制审核 always、仅重大执法决定 major-only');
export const inspectionMethod = z.enum(INSPECTION_METHODS);
export const inspectionPeriod = z.enum(INSPECTION_PERIODS);
export const flagReason = z.enum(['law-changed', 'duties-changed']);
export const flagSubjectType = z.enum(['enforcement-item', 'inspection-item', 'power-list', 'inspection-list']);
export const reviewFlagStatus = z.enum(['open', 'overdue', 'resolved', 'resolved-late']);

export type ItemKindValue = z.infer<typeof itemKind>;
export type PenaltyKindValue = z.infer<typeof penaltyKind>;

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what}至少${min}个字`).max(max, `${what}最多${max}个字`);
const fen = z
  .number()
  .int('金额须为整数，单位为分（1元 = 100分）')
  .min(0, '金额不能为负')
  .max(100_000_000_000, '金额过大')
  .describe('金额，单位：分');
const days = z.number().int('天数须为整数').min(1).max(3650);

export const itemCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, '事项编码为1–40位字母、数字、点、下划线或连字符')
  .describe('事项编码，本机关内唯一');

export const legalBasisInput = z
  .array(text(1, 200, '法律依据'))
  .min(1, '至少填写一项法律依据')
  .max(20, '法律依据最多20项')
  .describe('法律依据，每项一个条文引用，如《中华人民共和国食品安全法》第一百二十四条第一款第（五）项');

export const penaltyInput = z.strictObject({
  kind: penaltyKind,
  appliesTo: z.enum(['any', 'citizen', 'organization']).default('any').describe('适用对象'),
  minFen: fen.optional().describe('最低罚款额（分），仅罚款'),
  maxFen: fen.nullable().optional().describe('最高罚款额（分），仅罚款；按倍数计算、无固定上限的为 null 并在 note 说明'),
  note: z.string().trim().max(300).optional().describe('幅度说明，如“货值金额十倍以上二十倍以下”'),
});
export type PenaltyInput = z.infer<typeof penaltyInput>;

export const timeLimitInput = z.strictObject({
  statutoryDays: days.describe('法定时限'),
  dayKind: z.enum(['working', 'calendar']).describe('工作日 working、自然日 calendar'),
  promisedDays: days.nullable().optional().describe('承诺时限'),
});

export const remediesInput = z.strictObject({
  reconsideration: z.strictObject({ organ: text(2, 100, '复议机关'), days: days.default(60).describe('申请期限（日），《行政复议法》第二十条：六十日') }),
  litigation: z.strictObject({ court: text(2, 100, '管辖法院'), months: z.number().int().min(1).max(120).default(6).describe('起诉期限（月），《行政诉讼法》第四十六条：六个月') }),
});

export const guideMaterialInput = z.strictObject({
  name: text(2, 200, '材料名称'),
  copies: z.number().int().min(1).max(99).optional(),
  note: z.string().trim().max(300).optional(),
});

export const guideInput = z.strictObject({
  acceptingBody: z.string().trim().max(200).optional().describe('受理机构'),
  approvingBody: z.string().trim().max(200).optional().describe('审批（决定）机构'),
  conditions: z.string().trim().max(3000).optional().describe('受理条件'),
  materials: z.array(guideMaterialInput).max(50).default([]).describe('申请材料'),
  location: z.string().trim().max(200).optional().describe('办理地点'),
  phone: z.string().trim().max(60).optional().describe('咨询电话'),
  fee: z.string().trim().max(200).optional().describe('收费标准'),
});

/** 新建或修改执法事项（整体提交）。机关取当前账户所属机关，不能在请求体中指定。 */
export const enforcementItemBody = body({
  code: itemCode,
  name: text(2, 200, '事项名称'),
  kind: itemKind,
  procedure: itemProcedure.default('general'),
  legalBasis: legalBasisInput,
  targetTypes: z.array(targetType).min(1, '至少选择一类对象').max(2),
  penalties: z.array(penaltyInput).max(20).default([]),
  legalReview: legalReviewMode.default('major-only'),
  timeLimit: timeLimitInput.nullable().optional().describe('办理时限；省略时按法定默认（处罚九十日、许可二十个工作日）'),
  remedies: remediesInput.optional().describe('救济渠道；省略时按本机关所在地人民政府、人民法院及法定期限'),
  guide: guideInput.default({ materials: [] }),
});
export type EnforcementItemBody = z.infer<typeof enforcementItemBody>;
/** 新建时可指定机关（系统管理员须指定；机关负责人只能是本机关）。 */
export const createEnforcementItemBody = enforcementItemBody.extend({ agencyId: uuid.optional().describe('所属执法主体（系统管理员新建时必填）') });
export type CreateEnforcementItemBody = z.infer<typeof createEnforcementItemBody>;

export const legalBasisItem = z.object({
  position: z.number().int(),
  citation: z.string(),
  lawId: z.string(),
  lawTitle: z.string(),
  lawVersionId: z.string(),
  versionAdoptedOn: z.string(),
  inForce: z.boolean().describe('所链接的版本今天是否仍在施行'),
  article: z.number().int(),
  suffix: z.number().int().optional(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  href: z.string().describe('公示平台上该条文的地址，如 /laws/<lawId>#a124'),
});

export const penaltyItem = penaltyInput.extend({ label: z.string(), appliesToLabel: z.string(), rangeText: z.string().nullable() });

export const enforcementItemSummary = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  code: z.string(),
  name: z.string(),
  kind: itemKind,
  kindLabel: z.string(),
  procedure: itemProcedure,
  procedureLabel: z.string(),
  basisSummary: z.string().describe('法律依据（简写）'),
  openFlags: z.number().int().describe('待复核的更新提示数'),
  withdrawn: z.boolean(),
  updatedAt: z.string(),
});
export type EnforcementItemSummary = z.infer<typeof enforcementItemSummary>;

export const enforcementItemDetail = enforcementItemSummary.extend({
  legalBasis: z.array(legalBasisItem),
  targetTypes: z.array(targetType),
  targetTypeLabels: z.array(z.string()),
  penalties: z.array(penaltyItem),
  legalReview: legalReviewMode,
  timeLimit: timeLimitInput.nullable(),
  timeLimitText: z.string().nullable(),
  remedies: z.object({ reconsideration: z.object({ organ: z.string(), days: z.number().int() }), litigation: z.object({ court: z.string(), months: z.number().int() }) }),
  remedyText: z.string(),
  guide: z.object({
    acceptingBody: z.string().optional(),
    approvingBody: z.string().optional(),
    conditions: z.string().optional(),
    materials: z.array(z.object({ name: z.string(), copies: z.number().int().optional(), note: z.string().optional() })),
    location: z.string().optional(),
    phone: z.string().optional(),
    fee: z.string().optional(),
  }),
  simpleProcedure: z.object({ allowed: z.boolean(), reasons: z.array(z.string()) }).describe('是否符合《行政处罚法》第五十一条的简易程序条件'),
  createdAt: z.string(),
});
export type EnforcementItemDetail = z.infer<typeof enforcementItemDetail>;

export const listItemsQuery = page.extend({
  agencyId: uuid.optional(),
  kind: itemKind.optional(),
  q: z.string().trim().max(64).optional(),
  includeWithdrawn: z.enum(['true', 'false']).optional(),
});
export const itemsResponse = paged(enforcementItemSummary);
export const itemIdParams = z.object({ id: uuid });

export const flowchartPreviewBody = body({
  kind: itemKind,
  procedure: itemProcedure.default('general'),
  legalReview: legalReviewMode.default('major-only'),
  timeLimit: timeLimitInput.nullable().optional(),
  name: z.string().trim().max(200).optional(),
});
export const flowchartResponse = z.object({ key: z.string(), title: z.string(), procedure: itemProcedure, svg: z.string().describe('SVG 文本（role="img"，含 <title>）') });

/** 随机抽查事项（整体提交）。 */
export const inspectionItemBody = body({
  code: itemCode,
  name: text(2, 200, '抽查事项'),
  legalBasis: legalBasisInput,
  targetType: text(2, 100, '抽查对象'),
  population: text(2, 500, '抽查对象基数'),
  ratioBp: z.number().int('抽查比例须为整数基点（1% = 100）').min(1, '抽查比例须大于0').max(10_000, '抽查比例不能超过100%').describe('抽查比例，基点（500 = 5%）'),
  period: inspectionPeriod,
  methods: z.array(inspectionMethod).min(1, '至少选择一种抽查方式').max(6),
  inspectingBody: text(2, 200, '抽查主体'),
  note: z.string().trim().max(500).optional(),
});
export type InspectionItemBody = z.infer<typeof inspectionItemBody>;
export const createInspectionItemBody = inspectionItemBody.extend({ agencyId: uuid.optional().describe('所属执法主体（系统管理员新建时必填）') });
export type CreateInspectionItemBody = z.infer<typeof createInspectionItemBody>;

export const inspectionItemView = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  code: z.string(),
  name: z.string(),
  legalBasis: z.array(legalBasisItem),
  targetType: z.string(),
  population: z.string(),
  ratioBp: z.number().int(),
  ratioText: z.string(),
  period: inspectionPeriod,
  periodLabel: z.string(),
  methods: z.array(inspectionMethod),
  methodLabels: z.array(z.string()),
  inspectingBody: z.string(),
  note: z.string().nullable(),
  openFlags: z.number().int(),
  withdrawn: z.boolean(),
  updatedAt: z.string(),
});
export type InspectionItemView = z.infer<typeof inspectionItemView>;
export const listInspectionItemsQuery = page.extend({ agencyId: uuid.optional(), q: z.string().trim().max(64).optional(), includeWithdrawn: z.enum(['true', 'false']).optional() });
export const inspectionItemsResponse = paged(inspectionItemView);

export const reviewFlagItem = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  subjectType: flagSubjectType,
  subjectLabel: z.string().describe('如 执法事项“对生产经营超过保质期食品的处罚”'),
  enforcementItemId: z.string().nullable(),
  inspectionItemId: z.string().nullable(),
  reason: flagReason,
  reasonLabel: z.string(),
  detail: z.string().describe('触发原因的说明'),
  triggerOn: z.string(),
  workingDays: z.number().int(),
  dueOn: z.string(),
  status: reviewFlagStatus,
  statusLabel: z.string(),
  daysOverdue: z.number().int().describe('已逾期的自然日数（未逾期为 0）'),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  createdAt: z.string(),
});
export type ReviewFlagItem = z.infer<typeof reviewFlagItem>;

export const listFlagsQuery = page.extend({
  overdue: z.enum(['true', 'false']).optional().describe('true：只列已逾期未复核的'),
  status: z.enum(['open', 'resolved', 'all']).optional().describe('默认 open：未复核的（含逾期）'),
  agencyId: uuid.optional(),
});
export const flagsResponse = paged(reviewFlagItem);

export const flagIdParams = z.object({ id: uuid });
export const dutiesAgencyParams = z.object({ id: uuid });
export const resolveFlagBody = body({ note: text(2, 500, '复核说明') });

export const dutiesChangedBody = body({
  effectiveOn: plainDate.describe('职能调整生效之日'),
  description: text(4, 1000, '调整内容'),
});
export const dutiesChangedResponse = z.object({
  id: z.string(),
  agencyId: z.string(),
  effectiveOn: z.string(),
  flags: z.array(reviewFlagItem),
});
