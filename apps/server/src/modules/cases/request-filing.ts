import { type Actor, chinaDateOf, filingCheck, limitationEndsOn, unprocessable } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { actorName, caseForAct, eligibleHandlerCount } from './case-act.ts';
import { appendCaseEvent } from './case-events.ts';

export type RequestFilingInput = { reason: string; aggravated?: boolean };

/**
 * 申请立案: the lead officer asks for a clue to be filed. Refused, with every reason, when the limitation period
 * has passed (处罚法 第三十六条) or fewer than two handlers may act today (第四十二条); nothing is stored then.
 */
export const requestFiling = async (tx: Db, actor: Actor, caseId: string, input: RequestFilingInput, now: Date) => {
  const { row } = await caseForAct(tx, actor, caseId, 'request-filing');
  const today = chinaDateOf(now);
  const aggravated = input.aggravated ?? false;
  const handlersEligible = await eligibleHandlerCount(tx, caseId, now);
  const refusals = filingCheck({ occurredOn: row.occurredOn, aggravated, today, handlersEligible });
  if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => r.message).join('；'), { refusals });
  await appendCaseEvent(
    tx,
    {
      caseId,
      type: 'filing-requested',
      at: now,
      actorAccountId: actor.accountId,
      actorName: await actorName(tx, actor.accountId),
      payload: {
        reason: input.reason,
        aggravated,
        occurredOn: row.occurredOn,
        limitationEndsOn: row.occurredOn ? limitationEndsOn(row.occurredOn, aggravated) : null,
        handlersEligible,
      },
    },
    { status: 'filing-requested' },
  );
};
