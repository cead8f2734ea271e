import type { Actor } from '@sanxiang/domain';
import { account, type Db, evidenceCustodyEvent, evidenceItem } from '@sanxiang/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { caseInScope } from './case-place.ts';

/** A case's party requests (当事人调阅申请) with their decisions, for the handlers who give the copies. */
export const listPartyRequests = async (db: Db, actor: Actor, caseId: string) => {
  await caseInScope(db, actor, caseId, 'evidence.create');
  const requests = (
    await db.select().from(evidenceCustodyEvent).where(and(eq(evidenceCustodyEvent.caseId, caseId), eq(evidenceCustodyEvent.type, 'retrieval-requested'))).orderBy(asc(evidenceCustodyEvent.id))
  ).filter((r) => (r.payload as { party?: boolean }).party === true);
  const ids = requests.map((r) => r.id);
  const decisions = ids.length
    ? await db
        .select({ e: evidenceCustodyEvent, name: account.displayName })
        .from(evidenceCustodyEvent)
        .leftJoin(account, eq(account.id, evidenceCustodyEvent.actorAccountId))
        .where(and(eq(evidenceCustodyEvent.type, 'retrieval-decided'), inArray(evidenceCustodyEvent.refEventId, ids)))
    : [];
  const decisionOf = new Map(decisions.map((d) => [d.e.refEventId, d]));
  const evidenceIds = [...new Set(requests.flatMap((r) => ((r.payload as { evidenceIds?: string[] }).evidenceIds ?? []) as string[]))];
  const titles = evidenceIds.length ? await db.select({ id: evidenceItem.id, title: evidenceItem.title }).from(evidenceItem).where(inArray(evidenceItem.id, evidenceIds)) : [];
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  return {
    items: requests.map((r) => {
      const p = r.payload as { evidenceIds?: string[]; applicantName?: string };
      const d = decisionOf.get(r.id);
      return {
        eventId: r.id,
        kind: 'party' as const,
        caseId,
        caseTitle: '',
        evidenceIds: p.evidenceIds ?? [],
        evidenceTitles: (p.evidenceIds ?? []).map((id) => titleOf.get(id) ?? id),
        requesterName: r.actorName,
        applicantName: p.applicantName ?? null,
        purpose: r.purpose,
        at: r.at.toISOString(),
        status: (d ? ((d.e.payload as { approve?: boolean }).approve ? 'approved' : 'refused') : 'pending') as 'pending' | 'approved' | 'refused',
        decidedByName: d?.name ?? null,
        decisionNote: d ? ((d.e.payload as { note?: string | null }).note ?? null) : null,
      };
    }),
  };
};
