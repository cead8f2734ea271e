import type { CaseStatus } from './case-source.ts';

/** How the actor stands to one case; the server works it out from the case's agency, unit and handlers. */
export type CaseRelation = {
  /** 主办人: the first handler. */
  isLead: boolean;
  /** 承办机构负责人 of the case's unit. */
  isUnitHead: boolean;
  /** 机关负责人 of the case's agency. */
  isAgencyHead: boolean;
};

export const CASE_ACTIONS = ['request-filing', 'decide-filing'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Each act on a case: the status it starts from and who may do it. The one table both the API and the console read. */
export const CASE_ACTION_RULES: Record<CaseAction, { label: string; from: CaseStatus; who: (r: CaseRelation) => boolean; whoLabel: string }> = {
  'request-filing': { label: '申请立案', from: 'clue', who: (r) => r.isLead, whoLabel: '案件主办人' },
  'decide-filing': { label: '审批立案', from: 'filing-requested', who: (r) => r.isUnitHead || r.isAgencyHead, whoLabel: '承办机构负责人或机关负责人' },
};

/** The next acts the actor may take on a case in this status. */
export const allowedCaseActions = (status: string, relation: CaseRelation): CaseAction[] =>
  CASE_ACTIONS.filter((a) => CASE_ACTION_RULES[a].from === status && CASE_ACTION_RULES[a].who(relation));

/** The actor's relation to a case from its place (agency, unit) and its lead handler. */
export const caseRelationOf = (
  actor: { accountId: string; agencyId: string; unitId: string | null; roles: readonly string[] },
  place: { agencyId: string; unitId: string | null; leadAccountId: string | null },
): CaseRelation => {
  const sameAgency = actor.agencyId === place.agencyId;
  return {
    isLead: sameAgency && place.leadAccountId === actor.accountId,
    isUnitHead: sameAgency && actor.roles.includes('unit_head') && Boolean(actor.unitId) && actor.unitId === place.unitId,
    isAgencyHead: sameAgency && actor.roles.includes('agency_head'),
  };
};
