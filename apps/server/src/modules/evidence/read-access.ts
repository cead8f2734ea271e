import { type Actor, checkAccess, DomainError, NATIONAL_RETRIEVAL_RULES, notFound, purposeExpiresAt, retrievalDecision } from '@sanxiang/domain';
import { type Db, evidenceCustodyEvent, evidenceItem } from '@sanxiang/db';
import { and, desc, eq, gte } from 'drizzle-orm';
import { type CasePlace, casePlaceOf } from './case-place.ts';
import type { EvidenceRow } from './evidence-views.ts';

export type Grants = {
  purpose?: { eventId: number; purpose: string; expiresAt: Date };
  approvals: Array<{ eventId: number; evidenceIds: string[]; purpose: string | null }>;
};

/** The actor's unexpired stated purpose for the case and approvals of restricted items in it. */
export const grantsOf = async (db: Db, actor: Actor, caseId: string, now: Date, rules = NATIONAL_RETRIEVAL_RULES): Promise<Grants> => {
  const purposeSince = new Date(now.getTime() - rules.purposeValidHours * 3_600_000);
  const [stated] = await db
    .select()
    .from(evidenceCustodyEvent)
    .where(and(eq(evidenceCustodyEvent.caseId, caseId), eq(evidenceCustodyEvent.actorAccountId, actor.accountId), eq(evidenceCustodyEvent.type, 'purpose-stated'), gte(evidenceCustodyEvent.at, purposeSince)))
    .orderBy(desc(evidenceCustodyEvent.id))
    .limit(1);
  const approvalSince = new Date(now.getTime() - rules.approvalValidDays * 86_400_000);
  const decided = await db
    .select()
    .from(evidenceCustodyEvent)
    .where(and(eq(evidenceCustodyEvent.caseId, caseId), eq(evidenceCustodyEvent.subjectAccountId, actor.accountId), eq(evidenceCustodyEvent.type, 'retrieval-decided'), gte(evidenceCustodyEvent.at, approvalSince)));
  return {
    purpose: stated ? { eventId: stated.id, purpose: stated.purpose ?? '', expiresAt: purposeExpiresAt(stated.at, rules) } : undefined,
    approvals: decided
      .filter((d) => (d.payload as { approve?: boolean }).approve === true)
      .map((d) => ({ eventId: d.id, evidenceIds: ((d.payload as { evidenceIds?: string[] }).evidenceIds ?? []) as string[], purpose: d.purpose })),
  };
};

export type ReadGrant = { basis: 'handler' | 'purpose' | 'approval'; refEventId: number | null; purpose: string | null };

/**
 * May the actor read this item's content now? Out of `evidence.read` scope it does not exist (404); in scope,
 * the 调阅 rule decides (domain/evidence/retrieval.ts): the refusal carries `needs` so the console can ask for
 * a purpose or offer to request an approval.
 */
export const readGrantFor = async (db: Db, actor: Actor, place: CasePlace, item: EvidenceRow, now: Date, rules = NATIONAL_RETRIEVAL_RULES): Promise<ReadGrant> => {
  const handlesCase = place.handlerAccountIds.includes(actor.accountId);
  const grants = handlesCase ? { approvals: [] } : await grantsOf(db, actor, place.caseId, now, rules);
  const approval = grants.approvals.find((a) => a.evidenceIds.includes(item.id));
  const decision = retrievalDecision({ handlesCase, restricted: item.restricted, hasPurpose: Boolean(grants.purpose), hasApproval: Boolean(approval) });
  if (!decision.allow) throw new DomainError(decision.code, 'forbidden', decision.message, { needs: decision.needs, caseId: place.caseId, evidenceId: item.id });
  if (decision.basis === 'handler') return { basis: 'handler', refEventId: null, purpose: null };
  if (decision.basis === 'approval') return { basis: 'approval', refEventId: approval!.eventId, purpose: approval!.purpose };
  return { basis: 'purpose', refEventId: grants.purpose!.eventId, purpose: grants.purpose!.purpose };
};

/** The item and its case, if the actor's `evidence.read` scope reaches them; otherwise EVIDENCE_NOT_FOUND. */
export const itemInScope = async (db: Db, actor: Actor, evidenceId: string) => {
  const [item] = await db.select().from(evidenceItem).where(eq(evidenceItem.id, evidenceId));
  const place = item ? await casePlaceOf(db, item.caseId) : undefined;
  if (!item || !place || checkAccess(actor, 'evidence.read', place) !== 'allow') throw notFound('EVIDENCE_NOT_FOUND', '没有这项证据');
  return { item, place };
};
