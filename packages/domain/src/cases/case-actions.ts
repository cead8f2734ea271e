import { type CaseStatus, EXECUTION_STATUSES, INVESTIGATING_STATUSES, ENDED_STATUSES } from './case-source.ts';

/** How the actor stands to one case; the server works it out from the case's agency, unit and handlers. */
export type CaseRelation = {
  /** 主办人: the first handler. */
  isLead: boolean;
  /** 承办人 (lead or assistant). */
  isHandler: boolean;
  /** 承办机构负责人 of the case's unit. */
  isUnitHead: boolean;
  /** 机关负责人 of the case's agency. */
  isAgencyHead: boolean;
};

type Rule = { label: string; from: readonly CaseStatus[]; who: (r: CaseRelation) => boolean; whoLabel: string };

const lead = { who: (r: CaseRelation) => r.isLead, whoLabel: '案件主办人' };
const handler = { who: (r: CaseRelation) => r.isHandler, whoLabel: '本案承办人' };
const head = { who: (r: CaseRelation) => r.isUnitHead || r.isAgencyHead, whoLabel: '承办机构负责人或机关负责人' };
const agencyHead = { who: (r: CaseRelation) => r.isAgencyHead, whoLabel: '机关负责人' };
const AFTER_NOTICE = ['notified', 'hearing-requested', 'hearing-scheduled', 'hearing-held'] as const;
const BEFORE_DECISION = ['investigated', 'notified', 'hearing-held'] as const;

/**
 * Each act on a case: the statuses it starts from and who may do it. The one table the API, the console's next
 * allowed actions and the jobs read. Where the act leads and which gates it passes live in its use case.
 */
export const CASE_ACTION_RULES = {
  'request-filing': { label: '申请立案', from: ['clue'], ...lead },
  'decide-filing': { label: '审批立案', from: ['filing-requested'], ...head },
  'declare-no-conflict': { label: '回避声明', from: INVESTIGATING_STATUSES, ...handler },
  'record-inquiry': { label: '询问笔录', from: INVESTIGATING_STATUSES, ...handler },
  'record-inspection': { label: '现场检查笔录', from: INVESTIGATING_STATUSES, ...handler },
  'record-sampling': { label: '抽样取证', from: INVESTIGATING_STATUSES, ...handler },
  'take-measure': { label: '先行登记保存／查封扣押', from: INVESTIGATING_STATUSES, ...handler },
  'extend-measure': { label: '延长查封扣押期限', from: INVESTIGATING_STATUSES, ...agencyHead },
  'end-measure': { label: '保存处理／解除措施', from: [...INVESTIGATING_STATUSES, ...EXECUTION_STATUSES], ...lead },
  'conclude-investigation': { label: '调查终结', from: ['filed'], ...lead },
  'revise-draft': { label: '修改拟处理意见', from: BEFORE_DECISION, ...lead },
  'submit-review': { label: '提交法制审核', from: BEFORE_DECISION, ...lead },
  'hold-collective-discussion': { label: '集体讨论', from: BEFORE_DECISION, ...agencyHead },
  'serve-prior-notice': { label: '送达事先告知书', from: ['investigated'], ...lead },
  'record-statement': { label: '陈述申辩笔录', from: AFTER_NOTICE, ...lead },
  'waive-rights': { label: '当事人放弃陈述申辩／听证', from: ['notified'], ...lead },
  'request-hearing': { label: '登记听证申请', from: ['notified'], ...lead },
  'schedule-hearing': { label: '安排听证', from: ['hearing-requested'], ...head },
  'record-hearing': { label: '听证笔录', from: ['hearing-scheduled'], ...head },
  'extend-decision-period': { label: '延长办案期限', from: INVESTIGATING_STATUSES, ...agencyHead },
  'record-e-service-consent': { label: '登记电子送达确认书', from: [...INVESTIGATING_STATUSES, 'decided'], ...lead },
  decide: { label: '作出决定', from: BEFORE_DECISION, ...agencyHead },
  'serve-decision': { label: '送达决定书', from: ['decided'], ...lead },
  'record-payment': { label: '登记缴款', from: ['served', 'reminded', 'enforcement-applied'], ...lead },
  'approve-deferral': { label: '批准延期（分期）缴纳', from: ['served', 'reminded'], ...agencyHead },
  'record-remedy': { label: '登记复议／诉讼', from: ['decided', 'served', 'reminded', 'enforcement-applied', 'executed'], ...lead },
  'serve-reminder': { label: '送达催告书', from: ['served'], ...lead },
  'apply-enforcement': { label: '申请法院强制执行', from: ['reminded'], ...agencyHead },
  close: { label: '结案', from: ['served', 'executed', 'enforcement-applied'], ...head },
  dismiss: { label: '撤销立案', from: ['filed', 'investigated'], ...agencyHead },
  transfer: { label: '移送', from: ['filed', 'investigated'], ...agencyHead },
  archive: { label: '归档', from: ENDED_STATUSES, ...head },
} as const satisfies Record<string, Rule>;

export type CaseAction = keyof typeof CASE_ACTION_RULES;
export const CASE_ACTIONS = Object.keys(CASE_ACTION_RULES) as CaseAction[];

/** The next acts the actor may take on a case in this status. */
export const allowedCaseActions = (status: string, relation: CaseRelation): CaseAction[] =>
  CASE_ACTIONS.filter((a) => (CASE_ACTION_RULES[a].from as readonly string[]).includes(status) && CASE_ACTION_RULES[a].who(relation));

/** The actor's relation to a case from its place (agency, unit) and its handlers (the lead first). */
export const caseRelationOf = (
  actor: { accountId: string; agencyId: string; unitId: string | null; roles: readonly string[] },
  place: { agencyId: string; unitId: string | null; leadAccountId: string | null; handlerAccountIds?: readonly string[] },
): CaseRelation => {
  const sameAgency = actor.agencyId === place.agencyId;
  return {
    isLead: sameAgency && place.leadAccountId === actor.accountId,
    isHandler: sameAgency && (place.leadAccountId === actor.accountId || Boolean(place.handlerAccountIds?.includes(actor.accountId))),
    isUnitHead: sameAgency && actor.roles.includes('unit_head') && Boolean(actor.unitId) && actor.unitId === place.unitId,
    isAgencyHead: sameAgency && actor.roles.includes('agency_head'),
  };
};

/**
 * Of the acts the status and the actor's relation allow, those the case's state leaves something to do for: no
 * 解除 without an open measure, no payment without an amount owed, no second 回避声明. The act itself still checks.
 */
export const applicableCaseActions = (
  actions: readonly CaseAction[],
  state: { recusals?: string[]; measures?: Array<{ kind: string; endedOn: string | null; extended: boolean }>; payment?: { settledOn: string | null }; notice?: { hearingRequestDueOn: string | null }; draft?: { outcome: string } },
  actorAccountId: string,
): CaseAction[] => {
  const open = (state.measures ?? []).filter((m) => !m.endedOn);
  const owed = Boolean(state.payment && !state.payment.settledOn);
  const keep: Partial<Record<CaseAction, boolean>> = {
    'declare-no-conflict': !(state.recusals ?? []).includes(actorAccountId),
    'end-measure': open.length > 0,
    'extend-measure': open.some((m) => m.kind !== 'preservation' && !m.extended),
    'record-payment': owed,
    'approve-deferral': owed,
    'serve-reminder': owed,
    'request-hearing': Boolean(state.notice?.hearingRequestDueOn),
    'serve-prior-notice': state.draft?.outcome === 'penalty',
  };
  return actions.filter((a) => keep[a] ?? true);
};
