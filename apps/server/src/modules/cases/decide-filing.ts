import type { z } from 'zod';
import type { decideFilingBody } from '@sanxiang/contracts';
import { DEADLINE_RULES, dueDate, filingCheck, unprocessable, yearOf } from '@sanxiang/domain';
import { caseEvent } from '@sanxiang/db';
import { and, desc, eq } from 'drizzle-orm';
import { formatDocumentNumber, nextSequence } from '../numbering/next-number.ts';
import { eligibleHandlerCount } from './case-act.ts';
import type { CaseActHandler } from './perform-act.ts';

/**
 * 立案审批: the unit head of the case's unit or the agency head decides. Approval files the case with a gap-free
 * 立案编号 and starts the 90-day decision period (处罚法 第六十条) on the working calendar; refusal ends it
 * (不予立案). The filing conditions are checked again on the day of approval.
 */
export const decideFiling: CaseActHandler<z.infer<typeof decideFilingBody>> = {
  action: 'decide-filing',
  run: async (ctx, input) => {
    const { tx, row, today } = ctx;
    const [request] = await tx
      .select({ payload: caseEvent.payload })
      .from(caseEvent)
      .where(and(eq(caseEvent.caseId, row.id), eq(caseEvent.type, 'filing-requested')))
      .orderBy(desc(caseEvent.seq))
      .limit(1);
    const requestData = (request?.payload ?? {}) as { reason?: string; aggravated?: boolean };
    if (!input.approve) {
      return { type: 'not-filed', payload: { opinion: input.opinion }, status: 'not-filed', state: { ending: 'not-filed' }, documents: [{ kind: 'not-filing-approval', data: { opinion: input.opinion, reason: requestData.reason ?? null } }] };
    }
    const refusals = filingCheck({ occurredOn: row.occurredOn, aggravated: Boolean(requestData.aggravated), today, handlersEligible: await eligibleHandlerCount(tx, row.id, ctx.now) });
    if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => r.message).join('；'), { refusals });
    const rule = DEADLINE_RULES.decision;
    const decisionDueOn = dueDate(ctx.calendar, rule, today); // CALENDAR_YEAR_MISSING (422) when the schedule of a year is not entered
    const year = yearOf(today);
    const caseNumber = formatDocumentNumber(ctx.agency.shortName, '立', year, await nextSequence(tx, row.agencyId, 'filing', year));
    const data = { caseNumber, filedOn: today, opinion: input.opinion, reason: requestData.reason ?? null, decisionDueOn, decisionDueLabel: rule.label, decisionDueBasis: rule.basis };
    return {
      type: 'filed',
      payload: data,
      status: 'filed',
      columns: { caseNumber, filedOn: today },
      state: { decisionDueOn },
      documents: [{ kind: 'filing-approval', data }],
      openDeadlines: [{ key: 'decision', startedOn: today, dueOn: decisionDueOn }],
    };
  },
};
