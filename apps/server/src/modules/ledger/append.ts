import { type LeafValue, merkle } from '@sanxiang/ledger/node';
import { type Db, ledgerHead, ledgerLeaf, ledgerNode, rowsOf } from '@sanxiang/db';
import { rootNodes } from '@sanxiang/ledger/node';
import { and, eq, sql } from 'drizzle-orm';
import { leafBytes } from './leaf-kinds.ts';

export type LedgerRecord = { kind: string; recordId: string; value: LeafValue };

// Transactions whose leaves are held back and appended together when their work is done (see withDeferredLeaves).
const deferred = new WeakMap<object, { records: LedgerRecord[]; now: Date }>();

/**
 * Runs `work` in the caller's transaction with its leaves held back, then appends them all at once at the end of it.
 * The head row is locked from the first append to the commit, so appending last keeps that lock for a few statements
 * instead of the whole request: concurrent writers wait on each other only for the append itself. The leaves still
 * commit or roll back with their records.
 */
export const withDeferredLeaves = async <T>(tx: Db, work: () => Promise<T>): Promise<T> => {
  if (deferred.has(tx)) return work();
  const held = { records: [] as LedgerRecord[], now: new Date(0) };
  deferred.set(tx, held);
  try {
    const result = await work();
    deferred.delete(tx);
    await appendNow(tx, held.records, held.now);
    return result;
  } finally {
    deferred.delete(tx);
  }
};

/**
 * Appends records to the ledger inside the caller's transaction, so a record and its leaf commit or roll back
 * together. The head row is locked for the rest of the transaction: appends are serialised, which is what
 * gives every leaf one index for good. Inside `withDeferredLeaves` the records wait for the end of its work.
 */
export const appendToLedger = async (tx: Db, records: readonly LedgerRecord[], now: Date): Promise<void> => {
  const held = deferred.get(tx);
  if (held) {
    held.records.push(...records);
    if (now > held.now) held.now = now;
    return;
  }
  await appendNow(tx, records, now);
};

const appendNow = async (tx: Db, records: readonly LedgerRecord[], now: Date): Promise<number[]> => {
  if (records.length === 0) return [];
  const [head] = await rowsOf<{ size: string | number }>(tx, sql`select size from ledger_head where id = 1 for update`);
  const size = head ? Number(head.size) : 0;
  const frontier = await readFrontier(tx, size);
  const leafHashes = records.map((r) => merkle.leafHash(leafBytes(r.value)));
  const result = merkle.append({ size, frontier }, leafHashes);

  for (let i = 0; i < result.nodes.length; i += 1_000) {
    await tx.insert(ledgerNode).values(result.nodes.slice(i, i + 1_000).map((n) => ({ level: n.level, idx: n.index, hash: n.hash })));
  }
  await tx.insert(ledgerLeaf).values(records.map((r, i) => ({ idx: size + i, kind: r.kind, recordId: r.recordId, appendedAt: now })));
  if (head) await tx.update(ledgerHead).set({ size: result.size, root: result.root, updatedAt: now }).where(eq(ledgerHead.id, 1));
  else await tx.insert(ledgerHead).values({ id: 1, size: result.size, root: result.root, updatedAt: now });
  return records.map((_, i) => size + i);
};

const readFrontier = async (tx: Db, size: number): Promise<Uint8Array[]> => {
  const ids = rootNodes(size);
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(ledgerNode)
    .where(sql`(${ledgerNode.level}, ${ledgerNode.idx}) in (${sql.join(ids.map((id) => sql`(${id.level}, ${id.index})`), sql`, `)})`);
  const byId = new Map(rows.map((r) => [`${r.level}/${r.idx}`, r.hash]));
  return ids.map((id) => {
    const hash = byId.get(`${id.level}/${id.index}`);
    if (!hash) throw new Error(`ledger node (${id.level}, ${id.index}) missing`);
    return new Uint8Array(hash);
  });
};

export const leafIndexOf = async (db: Db, kind: string, recordId: string): Promise<number | undefined> => {
  const [row] = await db.select({ idx: ledgerLeaf.idx }).from(ledgerLeaf).where(and(eq(ledgerLeaf.kind, kind), eq(ledgerLeaf.recordId, recordId)));
  return row?.idx;
};
