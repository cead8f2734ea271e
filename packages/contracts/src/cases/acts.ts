import { z } from 'zod';
import { body, plainDate, uuid } from '../common.ts';
import { penaltyKind } from '../items/items.ts';

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what}至少${min}个字`).max(max);
const fen = z.number().int('金额以分为单位，应为整数').min(0).max(100_000_000_000);
const participants = z.array(uuid).min(2, '执法人员不得少于两人（处罚法第四十二条）').max(6).describe('参加的执法人员（账号）');
const dateTime = z.iso.datetime({ offset: true, message: '应为带时区的时间，如 2026-11-21T09:30:00+08:00' });


/** 拟处理意见: what the unit proposes, in the investigation report and its revisions. */
export const caseDraft = z.strictObject({
  outcome: z.enum(['penalty', 'no-penalty']),
  facts: text(10, 5_000, '违法事实'),
  evidenceSummary: text(4, 5_000, '证据'),
  violatedProvisions: text(4, 1_000, '违反的法律规定'),
  penaltyBasis: text(4, 1_000, '处罚依据'),
  penalties: z.array(z.strictObject({ kind: penaltyKind, amountFen: fen.nullish(), description: z.string().trim().max(500).nullish() })).max(8),
  discretion: z.strictObject({ level: z.enum(['exempt', 'mitigated', 'lighter', 'normal', 'heavier']), reason: text(2, 2_000, '裁量理由') }),
  noPenaltyReason: z.string().trim().max(1_000).nullish(),
  majorPublicInterest: z.boolean().optional(),
  majorSocialImpact: z.boolean().optional(),
  majorRightsOfParties: z.boolean().optional(),
  complexOrSeveralRelations: z.boolean().optional(),
});

const record = {
  participantAccountIds: participants,
  place: text(2, 200, '地点'),
  startedAt: dateTime,
  endedAt: dateTime,
};

export const caseActBodies = {
  'declare-no-conflict': body({ statement: text(4, 1_000, '回避声明').default('本人与本案当事人没有利害关系，不存在应当回避的情形。') }),
  'record-inquiry': body({ ...record, interviewee: text(2, 60, '被询问人'), intervieweeRole: z.enum(['party', 'legal-representative', 'employee', 'witness', 'other']), content: text(10, 20_000, '询问内容'), signed: z.boolean().describe('被询问人已核对签名') }),
  'record-inspection': body({ ...record, findings: text(10, 20_000, '检查情况') }),
  'record-sampling': body({ ...record, samples: z.array(z.strictObject({ name: text(1, 100, '样品名称'), quantity: text(1, 50, '数量'), batch: z.string().trim().max(100).nullish() })).min(1).max(50), purpose: text(2, 500, '抽样目的') }),
  'take-measure': body({
    ...record,
    kind: z.enum(['preservation', 'seal', 'seize']),
    items: z.array(z.strictObject({ name: text(1, 100, '物品名称'), quantity: text(1, 50, '数量'), note: z.string().trim().max(200).nullish() })).min(1).max(200),
    reason: text(4, 2_000, '理由'),
    approvedBy: text(2, 60, '批准的负责人'),
    startedOn: plainDate,
  }),
  'extend-measure': body({ measureId: uuid, reason: text(4, 2_000, '延长理由'), testingDays: z.number().int().min(0).max(365).default(0).describe('检测、检验、检疫、技术鉴定期间（不计入期限）') }),
  'end-measure': body({ measureId: uuid, outcome: z.enum(['released', 'confiscated', 'returned', 'transferred', 'sealed-or-seized', 'tested']), reason: text(2, 2_000, '处理理由'), endedOn: plainDate }),
  'conclude-investigation': body({ report: text(20, 20_000, '调查终结报告'), draft: caseDraft }),
  'revise-draft': body({ reason: text(4, 2_000, '修改理由'), draft: caseDraft }),
  'hold-collective-discussion': body({ heldOn: plainDate, participants: z.array(text(2, 30, '参加人')).min(3, '集体讨论须有三名以上负责人参加').max(20), minutes: text(10, 20_000, '讨论记录'), conclusion: text(4, 2_000, '讨论结论') }),
  'serve-prior-notice': body({ servedOn: plainDate, method: z.enum(['direct', 'mail', 'electronic', 'left-at-address']), recipient: text(2, 60, '受送达人') }),
  'record-statement': body({ receivedOn: plainDate, form: z.enum(['written', 'oral']), content: text(4, 20_000, '陈述申辩内容'), assessment: text(4, 5_000, '复核意见'), adopted: z.boolean() }),
  'waive-rights': body({ signedOn: plainDate, statement: z.boolean(), hearing: z.boolean(), note: z.string().trim().max(1_000).nullish() }).refine((b) => b.statement || b.hearing, { message: '至少放弃一项权利' }),
  'request-hearing': body({ requestedOn: plainDate, form: z.enum(['written', 'oral']), note: z.string().trim().max(1_000).nullish() }),
  'schedule-hearing': body({ hearingOn: plainDate, place: text(2, 200, '听证地点'), chairAccountId: uuid, noticeServedOn: plainDate, public: z.boolean().default(true) }),
  'record-hearing': body({ heldOn: plainDate, minutes: text(20, 50_000, '听证笔录'), partySigned: z.boolean(), refusalNote: z.string().trim().max(500).nullish(), chairOpinion: text(4, 5_000, '主持人意见') }),
  'extend-decision-period': body({ reason: text(4, 2_000, '延长理由') }),
  'record-e-service-consent': body({ signedOn: plainDate, address: text(3, 200, '电子送达地址（电子邮箱、手机号码等）') }),
  decide: body({ opinion: text(2, 2_000, '审批意见'), decidedOn: plainDate.optional().describe('默认今天') }),
  'serve-decision': body({ servedOn: plainDate, method: z.enum(['on-the-spot', 'direct', 'mail', 'electronic', 'left-at-address', 'announcement']), recipient: text(2, 60, '受送达人') }),
  'record-payment': body({ paidOn: plainDate, amountFen: fen.min(1), channel: z.enum(['bank', 'online', 'on-the-spot']), receiptNumber: text(2, 60, '票据号码') }),
  'approve-deferral': body({ kind: z.enum(['deferral', 'instalments']), newDueOn: plainDate, reason: text(4, 2_000, '理由') }),
  'record-remedy': body({ kind: z.enum(['reconsideration', 'lawsuit']), event: z.enum(['started', 'ended']), on: plainDate, organ: text(2, 100, '复议机关或人民法院'), result: z.string().trim().max(1_000).nullish() }),
  'serve-reminder': body({ servedOn: plainDate, method: z.enum(['direct', 'mail', 'electronic', 'left-at-address']) }),
  'apply-enforcement': body({ appliedOn: plainDate, court: text(4, 100, '人民法院') }),
  close: body({ summary: text(10, 5_000, '结案报告') }),
  dismiss: body({ reason: text(10, 2_000, '撤销立案理由') }),
  transfer: body({ to: z.enum(['agency', 'police']), recipient: text(4, 100, '接收机关'), reason: text(10, 5_000, '移送理由'), suspectedCrime: z.boolean().default(false) }),
  archive: body({ note: z.string().trim().max(1_000).nullish() }),
} as const;

export type CaseActBodies = { [K in keyof typeof caseActBodies]: z.infer<(typeof caseActBodies)[K]> };

/** 简易程序（当场处罚）: one screen, one numbered decision (处罚法 第五十一、五十二条). */
export const onTheSpotBody = body({
  partyId: uuid,
  title: text(4, 120, '案由'),
  place: text(2, 200, '地点'),
  occurredAt: dateTime,
  facts: text(10, 5_000, '违法事实'),
  violatedProvisions: text(4, 1_000, '违反的法律规定'),
  penaltyBasis: text(4, 1_000, '处罚依据'),
  penalty: z.strictObject({ kind: z.enum(['warning', 'fine']), amountFen: fen.nullish() }),
  coOfficerAccountId: uuid.describe('同行的另一名执法人员'),
  statementHeard: z.boolean().describe('已告知并听取当事人的陈述、申辩'),
  collectedOnTheSpot: z.boolean().default(false),
  hardToCollectLater: z.boolean().default(false),
  receiptNumber: z.string().trim().max(60).nullish(),
});

export const decisionCheckResponse = z.object({
  draft: caseDraft.nullable(),
  review: z.object({ required: z.boolean(), reasons: z.array(z.string()), passed: z.boolean(), reviewId: z.string().nullable() }).nullable(),
  refusals: z.array(z.object({ code: z.string(), message: z.string(), basis: z.string() })).describe('现在作出决定会被拒绝的原因；为空表示可以作出决定'),
});
