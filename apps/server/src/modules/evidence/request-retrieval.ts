import { type Actor, checkPurpose, conflict, invalid, NATIONAL_RETRIEVAL_RULES } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { appendCustody } from './custody.ts';
import { itemInScope } from './read-access.ts';

/** 调阅申请 for a restricted item by someone who does not handle the case: waits for the unit or agency head. */
export const requestRetrieval = async (tx: Db, actor: Actor, evidenceId: string, purpose: string, now: Date, rules = NATIONAL_RETRIEVAL_RULES) => {
  const { item, place } = await itemInScope(tx, actor, evidenceId);
  const problem = checkPurpose(purpose, rules);
  if (problem) throw invalid('RETRIEVAL_PURPOSE_TOO_SHORT', problem);
  if (place.handlerAccountIds.includes(actor.accountId)) throw conflict('RETRIEVAL_NOT_NEEDED', '您是本案承办人，无需申请调阅');
  if (!item.restricted) throw conflict('RETRIEVAL_NOT_NEEDED', '该证据不是限制调阅材料，说明调阅事由即可查看');
  const event = await appendCustody(tx, {
    evidenceId: item.id,
    caseId: item.caseId,
    agencyId: item.agencyId,
    type: 'retrieval-requested',
    at: now,
    actorAccountId: actor.accountId,
    purpose: purpose.trim(),
    subjectAccountId: actor.accountId,
    payload: { party: false, evidenceIds: [item.id] },
  });
  return { eventId: event.id };
};
