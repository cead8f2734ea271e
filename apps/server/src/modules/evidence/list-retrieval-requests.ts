import { type Actor, checkAccess } from '@sanxiang/domain';
import { account, caseFile, type Db, evidenceCustodyEvent, evidenceItem } from '@sanxiang/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { casePlaceOf } from './case-place.ts';

/** Requests waiting for (or decided by) the approver's scope: restricted items and parties' requests. */
export const listRetrievalRequests = async (db: Db, actor: Actor, status: 'pending' | 'approved' | 'refused' | 'all') => {
  const requests = await db
    .select({ e: evidenceCustodyEvent, caseTitle: caseFile.title })
    .from(evidenceCustodyEvent)
    .innerJoin(caseFile, eq(caseFile.id, evidenceCustodyEvent.caseId))
    .where(and(eq(evidenceCustodyEvent.agencyId, actor.agencyId), eq(evidenceCustodyEvent.type, 'retrieval-requested')))
    .orderBy(desc(evidenceCustodyEvent.id))
    .limit(500);
  const places = new Map<string, Awaited<ReturnType<typeof casePlaceOf>>>();
  const inScope = [];
  for (const r of requests) {
    if (!places.has(r.e.caseId)) places.set(r.e.caseId, await casePlaceOf(db, r.e.caseId));
    const place = places.get(r.e.caseId);
    if (place && checkAccess(actor, 'evidence.retrieve-approve', place) === 'allow') inScope.push(r);
  }
  const ids = inScope.map((r) => r.e.id);
  const decisions = ids.length
    ? await db
        .select({ e: evidenceCustodyEvent, name: account.displayName })
        .from(evidenceCustodyEvent)
        .leftJoin(account, eq(account.id, evidenceCustodyEvent.actorAccountId))
        .where(and(eq(evidenceCustodyEvent.type, 'retrieval-decided'), inArray(evidenceCustodyEvent.refEventId, ids)))
    : [];
  const decisionOf = new Map(decisions.map((d) => [d.e.refEventId, d]));
  const evidenceIds = [...new Set(inScope.flatMap((r) => ((r.e.payload as { evidenceIds?: string[] }).evidenceIds ?? []) as string[]))];
  const titles = evidenceIds.length ? await db.select({ id: evidenceItem.id, title: evidenceItem.title }).from(evidenceItem).where(inArray(evidenceItem.id, evidenceIds)) : [];
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  return {
    items: inScope
      .map((r) => {
        const p = r.e.payload as { party?: boolean; evidenceIds?: string[]; applicantName?: string };
        const d = decisionOf.get(r.e.id);
        const decided = d ? ((d.e.payload as { approve?: boolean }).approve ? 'approved' : 'refused') : 'pending';
        return {
          eventId: r.e.id,
          kind: p.party ? ('party' as const) : ('staff' as const),
          caseId: r.e.caseId,
          caseTitle: r.caseTitle,
          evidenceIds: p.evidenceIds ?? [],
          evidenceTitles: (p.evidenceIds ?? []).map((id) => titleOf.get(id) ?? id),
          requesterName: r.e.actorName,
          applicantName: p.applicantName ?? null,
          purpose: r.e.purpose,
          at: r.e.at.toISOString(),
          status: decided as 'pending' | 'approved' | 'refused',
          decidedByName: d?.name ?? null,
          decisionNote: d ? ((d.e.payload as { note?: string | null }).note ?? null) : null,
        };
      })
      .filter((r) => status === 'all' || r.status === status),
  };
};
