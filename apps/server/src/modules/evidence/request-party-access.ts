import type { Actor } from '@sanxiang/domain';
import { invalid } from '@sanxiang/domain';
import { type Db, evidenceItem } from '@sanxiang/db';
import { and, eq, inArray } from 'drizzle-orm';
import { caseInScope } from './case-place.ts';
import { appendCustody } from './custody.ts';

/**
 * A party asks for the records of its own case (e.g. in a dispute over what happened on site): the handler
 * registers the written request; the unit or agency head decides; an approved request lets the handler give
 * the party copies, each a `share` custody event.
 */
export const requestPartyAccess = async (tx: Db, actor: Actor, caseId: string, input: { applicantName: string; reason: string; evidenceIds: string[] }, now: Date) => {
  const place = await caseInScope(tx, actor, caseId, 'evidence.create');
  if (!place.partyId) throw invalid('CASE_HAS_NO_PARTY', '本案尚未登记当事人，不能受理当事人的调阅申请');
  const ids = [...new Set(input.evidenceIds)];
  const items = await tx.select({ id: evidenceItem.id, title: evidenceItem.title }).from(evidenceItem).where(and(eq(evidenceItem.caseId, caseId), inArray(evidenceItem.id, ids)));
  if (items.length !== ids.length) throw invalid('EVIDENCE_NOT_IN_CASE', '所选证据不属于本案');
  const event = await appendCustody(tx, {
    evidenceId: null,
    caseId,
    agencyId: place.agencyId,
    type: 'retrieval-requested',
    at: now,
    actorAccountId: actor.accountId,
    purpose: input.reason,
    subjectAccountId: actor.accountId,
    payload: { party: true, partyId: place.partyId, applicantName: input.applicantName, evidenceIds: ids },
  });
  return { eventId: event.id };
};
