import { type Actor, checkPurpose, invalid, NATIONAL_RETRIEVAL_RULES, purposeExpiresAt } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { caseInScope } from './case-place.ts';
import { appendCustody } from './custody.ts';

/**
 * 调阅事由: someone who does not handle the case says why they open its evidence. The statement is a custody
 * event supervisors see, and covers that person's reads of the case's (unrestricted) evidence for some hours.
 */
export const statePurpose = async (tx: Db, actor: Actor, caseId: string, purpose: string, now: Date, rules = NATIONAL_RETRIEVAL_RULES) => {
  const place = await caseInScope(tx, actor, caseId, 'evidence.read');
  const problem = checkPurpose(purpose, rules);
  if (problem) throw invalid('RETRIEVAL_PURPOSE_TOO_SHORT', problem);
  if (place.handlerAccountIds.includes(actor.accountId)) throw invalid('RETRIEVAL_PURPOSE_NOT_NEEDED', '您是本案承办人，查看本案证据无需说明调阅事由');
  const event = await appendCustody(tx, { evidenceId: null, caseId, agencyId: place.agencyId, type: 'purpose-stated', at: now, actorAccountId: actor.accountId, basis: 'purpose', purpose: purpose.trim(), payload: {} });
  return { eventId: event.id, expiresAt: purposeExpiresAt(now, rules).toISOString() };
};
