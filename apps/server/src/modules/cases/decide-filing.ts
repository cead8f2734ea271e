import { type Actor, chinaDateOf, DEADLINE_RULES, dueDate, filingCheck, unprocessable, type WorkingCalendar, yearOf } from '@sanxiang/domain';
import { agency, caseEvent, type Db } from '@sanxiang/db';
import { and, desc, eq } from 'drizzle-orm';
import { formatDocumentNumber, nextSequence } from '../numbering/next-number.ts';
import { actorName, caseForAct, eligibleHandlerCount } from './case-act.ts';
import { appendCaseEvent } from './case-events.ts';

export type DecideFilingInput = { approve: boolean; opinion: string };

/**
 * 立案审批: the unit head of the case's unit or the agency head decides. Approval files the case with a gap-free
 * 立案编号 and starts the 90-day decision period (处罚法 第六十条) on the working calendar; refusal ends it
 * (不予立案). The filing conditions are checked again on the day of approval.
 */
export const decideFiling = async (tx: Db, actor: Actor, caseId: string, input: DecideFilingInput, now: Date, calendar: WorkingCalendar) => {
  const { row } = await caseForAct(tx, actor, caseId, 'decide-filing');
  const today = chinaDateOf(now);
  const name = await actorName(tx, actor.accountId);
  if (!input.approve) {
    await appendCaseEvent(tx, { caseId, type: 'not-filed', at: now, actorAccountId: actor.accountId, actorName: name, payload: { opinion: input.opinion } }, { status: 'not-filed' });
    return;
  }
  const [request] = await tx
    .select({ payload: caseEvent.payload })
    .from(caseEvent)
    .where(and(eq(caseEvent.caseId, caseId), eq(caseEvent.type, 'filing-requested')))
    .orderBy(desc(caseEvent.seq))
    .limit(1);
  const aggravated = Boolean((request?.payload as { aggravated?: boolean } | undefined)?.aggravated);
  const refusals = filingCheck({ occurredOn: row.occurredOn, aggravated, today, handlersEligible: await eligibleHandlerCount(tx, caseId, now) });
  if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => r.message).join('；'), { refusals });
  const rule = DEADLINE_RULES.decision;
  const decisionDueOn = dueDate(calendar, rule, today); // CALENDAR_YEAR_MISSING (422) when the schedule of a year is not entered
  const [ag] = await tx.select({ id: agency.id, shortName: agency.shortName }).from(agency).where(eq(agency.id, row.agencyId));
  const year = yearOf(today);
  const caseNumber = formatDocumentNumber(ag.shortName, '立', year, await nextSequence(tx, ag.id, 'filing', year));
  await appendCaseEvent(
    tx,
    {
      caseId,
      type: 'filed',
      at: now,
      actorAccountId: actor.accountId,
      actorName: name,
      payload: { caseNumber, filedOn: today, opinion: input.opinion, decisionDueOn, decisionDueLabel: rule.label, decisionDueBasis: rule.basis },
    },
    { status: 'filed', caseNumber, filedOn: today },
  );
};
