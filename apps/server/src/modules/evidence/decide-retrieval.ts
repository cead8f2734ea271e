import { type Actor, approvalExpiresAt, checkAccess, conflict, forbidden, mayDecideRetrieval, NATIONAL_RETRIEVAL_RULES, notFound } from '@sanxiang/domain';
import { type Db, evidenceCustodyEvent } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import { casePlaceOf } from './case-place.ts';
import { appendCustody } from './custody.ts';

/** 调阅审批: the unit or agency head approves or refuses a request, never their own. */
export const decideRetrieval = async (tx: Db, actor: Actor, requestEventId: number, input: { approve: boolean; note?: string }, now: Date, rules = NATIONAL_RETRIEVAL_RULES) => {
  const [request] = await tx.select().from(evidenceCustodyEvent).where(and(eq(evidenceCustodyEvent.id, requestEventId), eq(evidenceCustodyEvent.type, 'retrieval-requested')));
  const place = request ? await casePlaceOf(tx, request.caseId) : undefined;
  if (!request || !place || checkAccess(actor, 'evidence.retrieve-approve', place) !== 'allow') throw notFound('RETRIEVAL_REQUEST_NOT_FOUND', '没有这项调阅申请');
  if (!mayDecideRetrieval(actor.accountId, request.actorAccountId ?? '')) throw forbidden('RETRIEVAL_SELF_APPROVAL', '不能审批本人提出的调阅申请');
  const [already] = await tx.select({ id: evidenceCustodyEvent.id }).from(evidenceCustodyEvent).where(and(eq(evidenceCustodyEvent.refEventId, request.id), eq(evidenceCustodyEvent.type, 'retrieval-decided')));
  if (already) throw conflict('RETRIEVAL_ALREADY_DECIDED', '该调阅申请已审批');
  const p = request.payload as { party?: boolean; evidenceIds?: string[]; applicantName?: string };
  const event = await appendCustody(tx, {
    evidenceId: request.evidenceId,
    caseId: request.caseId,
    agencyId: request.agencyId,
    type: 'retrieval-decided',
    at: now,
    actorAccountId: actor.accountId,
    purpose: request.purpose,
    refEventId: request.id,
    subjectAccountId: request.subjectAccountId,
    payload: { approve: input.approve, note: input.note ?? null, party: Boolean(p.party), evidenceIds: p.evidenceIds ?? [], applicantName: p.applicantName ?? null, validUntil: input.approve ? approvalExpiresAt(now, rules).toISOString() : null },
  });
  return { eventId: event.id };
};
