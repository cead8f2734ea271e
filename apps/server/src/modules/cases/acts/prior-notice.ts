import type { CaseActBodies } from '@sanxiang/contracts';
import { addWorkingDays, conflict, DEADLINE_RULES, dueDate, hearingRightReasons, penaltyText, unprocessable } from '@sanxiang/domain';
import type { CaseActHandler } from '../perform-act.ts';
import { partyOf } from './party-of.ts';

/**
 * 行政处罚事先告知书 (处罚法 第四十四条): the intended penalty with its facts, reasons and basis, and the party's rights
 * to state and defend within the agency's statement period and, where 第六十三条 applies, to request a hearing within 5
 * working days (第六十四条第一项). Electronic service needs the party's signed consent (第六十一条).
 */
export const servePriorNotice: CaseActHandler<CaseActBodies['serve-prior-notice']> = {
  action: 'serve-prior-notice',
  run: async (ctx, input) => {
    const draft = ctx.state.draft;
    if (!draft) throw conflict('DRAFT_MISSING', '尚无拟处理意见');
    if (draft.outcome !== 'penalty') throw conflict('NOTICE_NOT_APPLICABLE', '拟不予行政处罚的，不送达行政处罚事先告知书');
    if (input.servedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '送达日期不能晚于今天');
    if (input.method === 'electronic' && !ctx.state.eServiceConsent) throw unprocessable('E_SERVICE_CONSENT_MISSING', '当事人未签署电子送达确认书，不能采用电子方式送达（《中华人民共和国行政处罚法》第六十一条第二款）');
    const party = await partyOf(ctx);
    const hearingReasons = hearingRightReasons(draft, party.kind, ctx.rules);
    const statementDueOn = addWorkingDays(ctx.calendar, input.servedOn, ctx.rules.statementWorkingDays);
    const hearingRequestDueOn = hearingReasons.length ? dueDate(ctx.calendar, DEADLINE_RULES.hearingRequest, input.servedOn) : null;
    const data = { party, recipient: input.recipient, method: input.method, servedOn: input.servedOn, facts: draft.facts, violatedProvisions: draft.violatedProvisions, penaltyBasis: draft.penaltyBasis, penaltyText: penaltyText(draft), statementDueOn, hearingRequestDueOn, hearingReasons, statementWorkingDays: ctx.rules.statementWorkingDays };
    return {
      type: 'prior-notice-served',
      payload: data,
      status: 'notified',
      state: { notifiedDraft: draft, notice: { servedOn: input.servedOn, statementDueOn, hearingRequestDueOn, hearingReasons }, waived: { statement: false, hearing: false }, hearing: { state: 'none' } },
      documents: [{ kind: 'prior-notice', data }, { kind: 'service-receipt', data: { document: '行政处罚事先告知书', recipient: input.recipient, method: input.method, servedOn: input.servedOn } }],
    };
  },
};
