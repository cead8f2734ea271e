import type { CaseDraft, CaseState } from '@sanxiang/domain';
import { caseDocument, caseEvent, caseFile, caseHandler, type Db, party } from '@sanxiang/db';
import { asc, eq } from 'drizzle-orm';

/**
 * What other modules (legal review, disclosure, archive) read of a case: the projection, party (ID masked), handlers,
 * documents and events. No access check here: callers check the actor first.
 */
export const caseReviewView = async (tx: Db, caseId: string) => {
  const [row] = await tx.select().from(caseFile).where(eq(caseFile.id, caseId));
  if (!row) return null;
  const [p] = row.partyId ? await tx.select().from(party).where(eq(party.id, row.partyId)) : [];
  const handlers = await tx.select().from(caseHandler).where(eq(caseHandler.caseId, caseId));
  const documents = await tx.select().from(caseDocument).where(eq(caseDocument.caseId, caseId)).orderBy(asc(caseDocument.eventId));
  const events = await tx.select().from(caseEvent).where(eq(caseEvent.caseId, caseId)).orderBy(asc(caseEvent.seq));
  const state = (row.state ?? {}) as CaseState;
  return {
    id: row.id,
    agencyId: row.agencyId,
    unitId: row.unitId,
    title: row.title,
    caseNumber: row.caseNumber,
    status: row.status,
    itemId: row.itemId,
    partyKind: (p?.kind ?? 'organization') as 'person' | 'organization',
    party: p ? { name: p.name, kind: p.kind as 'person' | 'organization', idNumberMasked: p.idNumberMasked, creditCode: p.creditCode, address: p.address ?? null, birthDate: p.birthDate ?? null } : null,
    occurredOn: row.occurredOn,
    filedOn: row.filedOn,
    draft: (state.draft ?? null) as CaseDraft | null,
    draftVersion: state.draftVersion ?? 0,
    hearingHeld: state.hearing?.state === 'held',
    state,
    handlerAccountIds: handlers.map((h) => h.accountId),
    leadAccountId: handlers.find((h) => h.role === 'lead')?.accountId ?? null,
    documents: documents.map((d) => ({ id: d.id, kind: d.kind, title: d.title, number: d.number, issuedOn: d.issuedOn, eventId: d.eventId })),
    events: events.map((e) => ({ id: e.id, seq: e.seq, type: e.type, at: e.at.toISOString(), actorName: e.actorName, payload: e.payload as Record<string, unknown> })),
  };
};
export type CaseReviewView = NonNullable<Awaited<ReturnType<typeof caseReviewView>>>;
