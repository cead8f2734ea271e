import { type Db, disclosureEvent, disclosureRecord, rowsOf } from '@sanxiang/db';
import { eq, sql } from 'drizzle-orm';
import { appendToLedger } from '../ledger/append.ts';
import { disclosureEventLeaf, disclosureLeafKindOf } from '../ledger/leaf-kinds.ts';

export type NewDisclosureEvent = {
  recordId: string;
  type: 'prepared' | 'approved' | 'published' | 'cancelled' | 'withdrawal-required' | 'withdrawn' | 'expired' | 'removed';
  at: Date;
  actorAccountId: string | null;
  payload: Record<string, unknown>;
};

export const DISCLOSURE_EVENT_LABELS: Record<NewDisclosureEvent['type'], string> = {
  prepared: '生成待公示信息',
  approved: '审核通过',
  published: '公示发布',
  cancelled: '未公示即撤销',
  'withdrawal-required': '原决定已变更，待撤回',
  withdrawn: '撤回公示',
  expired: '公示期满下线',
  removed: '信用修复提前撤下',
};

/**
 * Appends one step of a disclosure record with its ledger leaf and moves the record's projection on, in the
 * caller's transaction. The record row is locked first so its events get consecutive numbers.
 */
export const appendDisclosureEvent = async (tx: Db, event: NewDisclosureEvent, projection: Partial<typeof disclosureRecord.$inferInsert> = {}) => {
  const [current] = await rowsOf<{ event_count: number }>(tx, sql`select event_count from disclosure_record where id = ${event.recordId} for update`);
  const seq = Number(current.event_count) + 1;
  const [row] = await tx.insert(disclosureEvent).values({ ...event, seq }).returning();
  await appendToLedger(tx, [{ kind: disclosureLeafKindOf(row.type), recordId: String(row.id), value: disclosureEventLeaf(row) }], event.at);
  await tx
    .update(disclosureRecord)
    .set({ ...projection, eventCount: seq, updatedAt: event.at })
    .where(eq(disclosureRecord.id, event.recordId));
  return row;
};
