import type { Actor } from '@sanxiang/domain';
import { type Db, evidenceCustodyEvent, ledgerLeaf } from '@sanxiang/db';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { custodyView } from './evidence-views.ts';
import { itemInScope } from './read-access.ts';

/**
 * 保管链 of an item: its own events plus the stated purposes of its case (they cover its reads), oldest first,
 * each with its ledger leaf index so anyone can ask for an inclusion proof.
 */
export const custodyTimeline = async (db: Db, actor: Actor, evidenceId: string) => {
  const { item } = await itemInScope(db, actor, evidenceId);
  const rows = await db
    .select()
    .from(evidenceCustodyEvent)
    .where(or(eq(evidenceCustodyEvent.evidenceId, item.id), and(isNull(evidenceCustodyEvent.evidenceId), eq(evidenceCustodyEvent.caseId, item.caseId), eq(evidenceCustodyEvent.type, 'purpose-stated'))))
    .orderBy(asc(evidenceCustodyEvent.id));
  const usedPurposes = new Set(rows.filter((r) => r.evidenceId && r.refEventId).map((r) => r.refEventId));
  const relevant = rows.filter((r) => r.evidenceId || usedPurposes.has(r.id));
  const leaves = relevant.length
    ? await db
        .select({ idx: ledgerLeaf.idx, recordId: ledgerLeaf.recordId })
        .from(ledgerLeaf)
        .where(and(eq(ledgerLeaf.kind, 'evidence-custody'), inArray(ledgerLeaf.recordId, relevant.map((r) => String(r.id)))))
    : [];
  const leafOf = new Map(leaves.map((l) => [l.recordId, Number(l.idx)]));
  return { items: relevant.map((r) => custodyView(r, leafOf.get(String(r.id)) ?? null)) };
};
