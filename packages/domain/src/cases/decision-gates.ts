import type { PlainDate } from '../calendar/plain-date.ts';
import type { CaseDraft } from './draft-decision.ts';

const LAW = '《中华人民共和国行政处罚法》';

/** 处罚法 第五十七条第二款: 情节复杂或者重大违法行为 are decided by the agency heads collectively (集体讨论). */
const COLLECTIVE_KINDS = new Set(['revoke-licence', 'lower-qualification', 'order-suspension', 'order-closure', 'restrict-practice']);
export const collectiveDiscussionRequired = (draft: Pick<CaseDraft, 'outcome' | 'penalties' | 'complexOrSeveralRelations' | 'majorPublicInterest' | 'majorSocialImpact'>): boolean =>
  Boolean(draft.complexOrSeveralRelations || draft.majorPublicInterest || draft.majorSocialImpact) ||
  (draft.outcome === 'penalty' && draft.penalties.some((p) => COLLECTIVE_KINDS.has(p.kind)));

export type DecisionGateInput = {
  outcome: 'penalty' | 'no-penalty';
  today: PlainDate;
  /** 事先告知 served, with the end of the statement window and (when the party has the right) of the hearing request window. */
  notice: { servedOn: PlainDate; statementDueOn: PlainDate; hearingRequestDueOn: PlainDate | null } | null;
  waived: { statement: boolean; hearing: boolean };
  hearing: 'none' | 'requested' | 'scheduled' | 'held';
  /** Why the draft is heavier than what the party was told (第四十五条); empty when it is not. */
  heavierThanNotified: readonly string[];
  review: { required: boolean; passed: boolean; reasons: readonly string[] };
  collective: { required: boolean; held: boolean };
  /** 第六十条: the last day to decide, extensions included. */
  decisionDueOn: PlainDate | null;
};

export type GateRefusal = { code: string; message: string; basis: string };

/**
 * Whether the agency head may decide now: every legal gate before a 行政处罚决定, each refusal with a stable code, a
 * Chinese reason and its article. The console shows them; the API refuses with the first code and all reasons.
 */
export const decisionRefusals = (g: DecisionGateInput): GateRefusal[] => {
  const r: GateRefusal[] = [];
  if (g.outcome === 'penalty') {
    if (!g.notice) {
      r.push({ code: 'NOTICE_NOT_SERVED', message: '作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利；尚未送达行政处罚事先告知书', basis: `${LAW}第四十四条` });
    } else {
      if (!g.waived.statement && g.today <= g.notice.statementDueOn) {
        r.push({ code: 'STATEMENT_PERIOD_OPEN', message: `当事人陈述、申辩期限至${g.notice.statementDueOn}届满，期限届满或者当事人书面放弃前不得作出决定`, basis: `${LAW}第四十五条` });
      }
      if (g.notice.hearingRequestDueOn && g.hearing === 'none' && !g.waived.hearing && g.today <= g.notice.hearingRequestDueOn) {
        r.push({ code: 'HEARING_REQUEST_PERIOD_OPEN', message: `当事人要求听证的期限至${g.notice.hearingRequestDueOn}届满，期限届满或者当事人书面放弃前不得作出决定`, basis: `${LAW}第六十四条第一项` });
      }
      if (g.hearing === 'requested' || g.hearing === 'scheduled') {
        r.push({ code: 'HEARING_NOT_HELD', message: '当事人已要求听证，听证结束前不得作出决定', basis: `${LAW}第六十五条` });
      }
    }
    if (g.heavierThanNotified.length) {
      r.push({ code: 'PENALTY_HEAVIER_THAN_NOTIFIED', message: `不得因当事人陈述、申辩而给予更重的处罚：${g.heavierThanNotified.join('；')}`, basis: `${LAW}第四十五条第二款` });
    }
  }
  if (g.review.required && !g.review.passed) {
    r.push({ code: 'REVIEW_REQUIRED', message: `须经法制审核：${g.review.reasons.join('；')}；未经法制审核或者审核未通过的，不得作出决定`, basis: `${LAW}第五十八条` });
  }
  if (g.collective.required && !g.collective.held) {
    r.push({ code: 'COLLECTIVE_DISCUSSION_REQUIRED', message: '情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定', basis: `${LAW}第五十七条第二款` });
  }
  if (g.decisionDueOn && g.today > g.decisionDueOn) {
    r.push({ code: 'DECISION_PERIOD_EXPIRED', message: `作出决定的期限已于${g.decisionDueOn}届满，须经批准延长期限后方可作出决定`, basis: `${LAW}第六十条` });
  }
  return r;
};
