import type { CaseActBodies } from '@sanxiang/contracts';
import { conflict, unprocessable } from '@sanxiang/domain';
import type { CaseActHandler } from '../perform-act.ts';

/** 陈述申辩笔录 and the unit's assessment (处罚法 第四十五条: 应当充分听取 … 进行复核). */
export const recordStatement: CaseActHandler<CaseActBodies['record-statement']> = {
  action: 'record-statement',
  run: (ctx, input) => {
    if (input.receivedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '日期不能晚于今天');
    const data = { receivedOn: input.receivedOn, form: input.form, content: input.content, assessment: input.assessment, adopted: input.adopted };
    return { type: 'statement-recorded', payload: data, documents: [{ kind: 'statement-record', data }] };
  },
};

/** The party's written waiver of its statement and/or hearing rights, which lets the decision come before the windows end. */
export const waiveRights: CaseActHandler<CaseActBodies['waive-rights']> = {
  action: 'waive-rights',
  run: (ctx, input) => {
    if (input.hearing && !ctx.state.notice?.hearingRequestDueOn) throw conflict('HEARING_NOT_APPLICABLE', '本案当事人不享有听证权利，无需放弃');
    const before = ctx.state.waived ?? { statement: false, hearing: false };
    return { type: 'rights-waived', payload: input, state: { waived: { statement: before.statement || input.statement, hearing: before.hearing || input.hearing } } };
  },
};

/** 听证申请: only where 第六十三条 gives the right, within 5 working days of the notice (第六十四条第一项). */
export const requestHearing: CaseActHandler<CaseActBodies['request-hearing']> = {
  action: 'request-hearing',
  run: (ctx, input) => {
    const due = ctx.state.notice?.hearingRequestDueOn;
    if (!due) throw conflict('HEARING_NOT_APPLICABLE', '本案拟作出的处罚不属于《行政处罚法》第六十三条规定的听证范围');
    if (ctx.state.waived?.hearing) throw conflict('HEARING_WAIVED', '当事人已书面放弃听证');
    if (input.requestedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '日期不能晚于今天');
    if (input.requestedOn > due) throw unprocessable('HEARING_REQUEST_LATE', `要求听证的期限已于${due}届满（《中华人民共和国行政处罚法》第六十四条第一项）`);
    return { type: 'hearing-requested', payload: input, status: 'hearing-requested', state: { hearing: { state: 'requested', requestedOn: input.requestedOn } } };
  },
};
