import type { CaseActBodies } from '@sanxiang/contracts';
import { conflict, DEADLINE_RULES, dueDate, unprocessable } from '@sanxiang/domain';
import type { CaseActHandler } from '../perform-act.ts';

/**
 * 送达 (处罚法 第六十一条): on the spot, or within 7 working days; electronically only with the party's signed consent.
 * For a fine the 15-day payment period starts (第六十七条第三款).
 */
export const serveDecision: CaseActHandler<CaseActBodies['serve-decision']> = {
  action: 'serve-decision',
  run: (ctx, input) => {
    const decision = ctx.state.decision;
    if (!decision) throw conflict('DECISION_MISSING', '尚未作出决定');
    if (input.servedOn > ctx.today || input.servedOn < decision.decidedOn) throw unprocessable('SERVICE_DATE_INVALID', `送达日期应在决定日期${decision.decidedOn}至今天之间`);
    if (input.method === 'electronic' && !ctx.state.eServiceConsent) throw unprocessable('E_SERVICE_CONSENT_MISSING', '当事人未签署电子送达确认书，不能采用电子方式送达（《中华人民共和国行政处罚法》第六十一条第二款）');
    const paymentDueOn = decision.fineFen > 0 ? dueDate(ctx.calendar, DEADLINE_RULES.payment, input.servedOn) : null;
    const data = { document: decision.outcome === 'penalty' ? '行政处罚决定书' : '不予行政处罚决定书', number: decision.number, recipient: input.recipient, method: input.method, servedOn: input.servedOn, address: input.method === 'electronic' ? ctx.state.eServiceConsent?.address : null, paymentDueOn };
    return {
      type: 'decision-served',
      payload: data,
      status: 'served',
      state: { service: { servedOn: input.servedOn, method: input.method }, ...(paymentDueOn ? { payment: { dueOn: paymentDueOn, paidFen: 0, lateFeeFen: 0, settledOn: null } } : {}) },
      documents: [{ kind: 'service-receipt', data }],
      closeDeadlines: [{ key: 'decisionService', doneOn: input.servedOn }],
      openDeadlines: paymentDueOn ? [{ key: 'payment', startedOn: input.servedOn, dueOn: paymentDueOn }] : [],
    };
  },
};
