import { type CaseDocumentKind, defaultRemedies, type RemedyChannels } from '@sanxiang/domain';
import { account, accountRole, agency, caseEvent, caseFile, type Db, enforcementItem, officer } from '@sanxiang/db';
import { eq, inArray } from 'drizzle-orm';
import { caseReviewView } from '../case-review-view.ts';

/** One event of the record as the documents read it. */
export type SnapshotEvent = {
  id: number;
  seq: number;
  type: string;
  at: string;
  actorAccountId: string | null;
  actorName: string | null;
  /** The actor's roles today (which approval box an approval is printed in). */
  actorRoles: string[];
  payload: Record<string, any>;
};

/** A document of the file with the data its act stored (`case_event.payload.documents[]`). */
export type SnapshotDocument = {
  id: string;
  kind: CaseDocumentKind;
  title: string;
  number: string | null;
  issuedOn: string;
  event: SnapshotEvent;
  data: Record<string, any>;
};

/**
 * Everything the documents and the 电子卷宗 of a case are made from, read in one go so that rendering (slow, CPU)
 * happens after the transaction: PGlite has one connection.
 */
export type CaseFileSnapshot = {
  caseId: string;
  title: string;
  clueNumber: string;
  caseNumber: string | null;
  status: string;
  procedure: 'general' | 'simple';
  occurredOn: string | null;
  filedOn: string | null;
  decidedOn: string | null;
  decisionNumber: string | null;
  fineFen: number;
  agency: { id: string; name: string; shortName: string; address: string | null; phone: string | null; headName: string | null };
  /** The party as documents print it: ID number masked (caseReviewView). */
  party: { name: string; kind: 'person' | 'organization'; idNumberMasked: string | null; creditCode: string | null; address: string | null } | null;
  handlers: Array<{ accountId: string; name: string; certificateNo: string | null; role: string }>;
  remedies: RemedyChannels;
  events: SnapshotEvent[];
  documents: SnapshotDocument[];
};

/** Reads a case for its documents. No access check: callers check the actor first (getCase / the act's gate). */
export const loadCaseFileSnapshot = async (tx: Db, caseId: string): Promise<CaseFileSnapshot | null> => {
  const view = await caseReviewView(tx, caseId);
  if (!view) return null;
  const [row] = await tx.select().from(caseFile).where(eq(caseFile.id, caseId));
  const [ag] = await tx.select().from(agency).where(eq(agency.id, row.agencyId));
  const handlerRows = view.handlerAccountIds.length
    ? await tx
        .select({ accountId: account.id, name: account.displayName, certificateNo: officer.certificateNo })
        .from(account)
        .leftJoin(officer, eq(officer.id, account.officerId))
        .where(inArray(account.id, view.handlerAccountIds))
    : [];
  // caseReviewView keeps actors' names; which box an approval goes in needs the actor's roles.
  const actorOf = new Map((await tx.select({ id: caseEvent.id, actor: caseEvent.actorAccountId }).from(caseEvent).where(eq(caseEvent.caseId, caseId))).map((e) => [e.id, e.actor]));
  const actorIds = [...new Set(view.events.map((e) => actorOf.get(e.id)).filter((x): x is string => Boolean(x)))];
  const roles = actorIds.length ? await tx.select().from(accountRole).where(inArray(accountRole.accountId, actorIds)) : [];
  // The agency head signs an application to the court (行政强制法 第五十五条第二款).
  const heads = await tx
    .select({ name: account.displayName, agencyId: account.agencyId })
    .from(accountRole)
    .innerJoin(account, eq(account.id, accountRole.accountId))
    .where(eq(accountRole.role, 'agency_head'));
  let remedies = defaultRemedies('本级人民政府', '有管辖权的人民法院');
  if (row.itemId) {
    const [item] = await tx.select({ remedies: enforcementItem.remedies }).from(enforcementItem).where(eq(enforcementItem.id, row.itemId));
    if (item?.remedies) remedies = item.remedies as unknown as RemedyChannels;
  }

  const events: SnapshotEvent[] = view.events.map((e) => ({
    id: e.id,
    seq: e.seq,
    type: e.type,
    at: e.at,
    actorAccountId: actorOf.get(e.id) ?? null,
    actorName: e.actorName,
    actorRoles: roles.filter((r) => r.accountId === actorOf.get(e.id)).map((r) => r.role),
    payload: e.payload as Record<string, any>,
  }));
  const byId = new Map(events.map((e) => [e.id, e]));
  const documents: SnapshotDocument[] = [];
  for (const d of [...view.documents].sort((a, b) => a.eventId - b.eventId)) {
    const event = byId.get(d.eventId);
    // The index row and the payload entry are written together; they match by event and kind (an act issues one of each kind).
    const stored = ((event?.payload.documents ?? []) as Array<{ kind: string; data?: Record<string, any> }>).find((x) => x.kind === d.kind);
    if (!event || !stored) continue;
    documents.push({ id: d.id, kind: d.kind as CaseDocumentKind, title: d.title, number: d.number, issuedOn: d.issuedOn, event, data: stored.data ?? {} });
  }
  // Within one event the act's own order (e.g. 事先告知书 before its 送达回证).
  documents.sort((a, b) => a.event.seq - b.event.seq || docIndex(a) - docIndex(b));

  return {
    caseId,
    title: row.title,
    clueNumber: row.clueNumber,
    caseNumber: row.caseNumber,
    status: row.status,
    procedure: row.procedure as 'general' | 'simple',
    occurredOn: row.occurredOn,
    filedOn: row.filedOn,
    decidedOn: row.decidedOn,
    decisionNumber: row.decisionNumber,
    fineFen: Number(row.fineFen ?? 0),
    agency: { id: ag.id, name: ag.name, shortName: ag.shortName, address: ag.address, phone: ag.phone, headName: heads.find((h) => h.agencyId === ag.id)?.name ?? null },
    party: view.party ? { name: view.party.name, kind: view.party.kind, idNumberMasked: view.party.idNumberMasked, creditCode: view.party.creditCode, address: view.party.address } : null,
    handlers: view.handlerAccountIds.map((id) => {
      const h = handlerRows.find((r) => r.accountId === id);
      return { accountId: id, name: h?.name ?? id, certificateNo: h?.certificateNo ?? null, role: id === view.leadAccountId ? 'lead' : 'assistant' };
    }),
    remedies,
    events,
    documents,
  };
};

const docIndex = (d: SnapshotDocument) => ((d.event.payload.documents ?? []) as Array<{ kind: string }>).findIndex((x) => x.kind === d.kind);
