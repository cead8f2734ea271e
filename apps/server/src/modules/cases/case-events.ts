import { caseEvent, caseFile, type Db } from '@sanxiang/db';
import { eq, sql } from 'drizzle-orm';
import { appendToLedger } from '../ledger/append.ts';
import { caseEventLeaf } from '../ledger/leaf-kinds.ts';

export type NewCaseEvent = {
  caseId: string;
  type: string;
  at: Date;
  actorAccountId: string | null;
  actorName: string | null;
  place?: string | null;
  payload: Record<string, unknown>;
  correctsEventId?: number | null;
};

/**
 * Appends an event to a case's record (全过程记录) with its ledger leaf, and moves the projection on, all in
 * the caller's transaction. The projection row is updated (and so locked) first, taking the next event number,
 * so a case's events get consecutive numbers.
 */
export const appendCaseEvent = async (tx: Db, event: NewCaseEvent, projection: Partial<typeof caseFile.$inferInsert> = {}) => {
  const [current] = await tx
    .update(caseFile)
    .set({ ...projection, eventCount: sql`${caseFile.eventCount} + 1`, updatedAt: event.at })
    .where(eq(caseFile.id, event.caseId))
    .returning({ seq: caseFile.eventCount });
  const [row] = await tx
    .insert(caseEvent)
    .values({ ...event, seq: Number(current.seq), place: event.place ?? null, correctsEventId: event.correctsEventId ?? null })
    .returning();
  await appendToLedger(tx, [{ kind: 'case-event', recordId: String(row.id), value: caseEventLeaf(row) }], event.at);
  return row;
};
