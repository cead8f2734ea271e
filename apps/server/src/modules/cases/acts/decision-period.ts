import type { CaseActBodies } from '@sanxiang/contracts';
import { addCalendarDaysPeriod, conflict, unprocessable } from '@sanxiang/domain';
import type { CaseActHandler } from '../perform-act.ts';

/**
 * 延长办案期限 (处罚法 第六十条 "法律、法规、规章另有规定的，从其规定"): by the agency head, as many times and by as
 * many days as the agency's rules allow (`CaseRules`), before the period ends.
 */
export const extendDecisionPeriod: CaseActHandler<CaseActBodies['extend-decision-period']> = {
  action: 'extend-decision-period',
  run: (ctx, input) => {
    const due = ctx.state.decisionDueOn;
    if (!due) throw conflict('DECISION_PERIOD_UNKNOWN', '本案没有办案期限');
    const used = ctx.state.decisionExtensions ?? 0;
    if (used >= ctx.rules.decisionExtensionsAllowed) throw unprocessable('EXTENSION_LIMIT_REACHED', `办案期限已延长${used}次，本机关规定最多延长${ctx.rules.decisionExtensionsAllowed}次`);
    const dueOn = addCalendarDaysPeriod(ctx.calendar, due, ctx.rules.decisionExtensionDays);
    const data = { reason: input.reason, previousDueOn: due, dueOn, days: ctx.rules.decisionExtensionDays };
    return {
      type: 'decision-period-extended',
      payload: data,
      state: { decisionDueOn: dueOn, decisionExtensions: used + 1 },
      documents: [{ kind: 'extension-approval', data }],
      openDeadlines: [{ key: 'decision', startedOn: ctx.row.filedOn ?? ctx.today, dueOn }],
    };
  },
};

/** 电子送达确认书 (处罚法 第六十一条第二款): the party's signed consent and the address it names. */
export const recordEServiceConsent: CaseActHandler<CaseActBodies['record-e-service-consent']> = {
  action: 'record-e-service-consent',
  run: (ctx, input) => {
    if (input.signedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '签署日期不能晚于今天');
    return { type: 'e-service-consent-recorded', payload: input, state: { eServiceConsent: { address: input.address, signedOn: input.signedOn } } };
  },
};
