/**
 * Ledger storage benchmark: `node --import tsx bench/ledger/store.bench.ts [appendLeaves] [totalLeaves]`.
 *
 * On PGlite and, when one answers, on PostgreSQL, in one run:
 * (a) baseline: inserting the same number of plain event rows (id + 200-byte payload) in transactions of
 *     1,000, the cheapest durable write a record could have;
 * (b) appendToLedger, the server's own append (head lock, frontier read, node and leaf-mapping inserts), in
 *     transactions of 1,000 leaves: leaves/s, the ratio to (a), and the 5,000 leaves/s target;
 * (c) the log filled to `totalLeaves` (default 1,000,000), then 1,000 inclusion proofs served from the
 *     database the way the API serves them: proof length (target <= 21) and p95 latency (target <= 5 ms).
 * Exits non-zero when a target is missed.
 */
import { randomBytes } from 'node:crypto';
import { type Database, ledgerHead, ledgerLeaf, ledgerNode, migrateDatabase, openPglite, openPostgres, type Db } from '@sanxiang/db';
import { merkle, rootNodes } from '@sanxiang/ledger/node';
import { sql } from 'drizzle-orm';
import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { appendToLedger } from '../../apps/server/src/modules/ledger/append.ts';
import { inclusionProofAt } from '../../apps/server/src/modules/ledger/proofs.ts';

const APPEND = Number(process.argv[2] ?? 100_000);
const TOTAL = Number(process.argv[3] ?? 1_000_000);
const BATCH = 1_000;
const PROOFS = 1_000;
const payload = () => randomBytes(100).toString('hex'); // 200 characters

const benchEvent = pgTable('bench_event', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  payload: text('payload').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const results: Array<{ db: string; figure: string; value: string; target?: string; pass?: boolean }> = [];
let failed = false;
const record = (db: string, figure: string, value: string, target?: string, pass?: boolean) => {
  results.push({ db, figure, value, target, pass });
  if (pass === false) failed = true;
};

const bench = async (name: string, database: Database) => {
  const { db } = database;
  await migrateDatabase(database);
  await db.execute(sql`create table bench_event (id bigint generated always as identity primary key, payload text not null, at timestamptz not null)`);

  let t0 = performance.now();
  for (let i = 0; i < APPEND; i += BATCH) {
    await db.transaction(async (tx) => {
      const at = new Date();
      await tx.insert(benchEvent).values(Array.from({ length: BATCH }, () => ({ payload: payload(), at })));
    });
  }
  const baseline = APPEND / ((performance.now() - t0) / 1000);
  record(name, '(a) plain event rows', `${Math.round(baseline).toLocaleString()} rows/s`);

  t0 = performance.now();
  for (let i = 0; i < APPEND; i += BATCH) {
    await db.transaction(async (tx) => {
      const now = new Date();
      await appendToLedger(
        tx as unknown as Db,
        Array.from({ length: BATCH }, (_, j) => ({ kind: 'bench', recordId: String(i + j), value: { id: i + j, payload: payload(), at: now } })),
        now,
      );
    });
  }
  const rate = APPEND / ((performance.now() - t0) / 1000);
  record(name, '(b) ledger append', `${Math.round(rate).toLocaleString()} leaves/s, ${(rate / baseline).toFixed(2)}x (a)`, '>= 5,000 leaves/s', rate >= 5_000);

  // Fill the log to TOTAL leaves with nodes computed here and inserted in bulk (not part of any figure).
  const [head] = await db.select().from(ledgerHead);
  let state: { size: number; frontier: Uint8Array[] } = { size: head.size, frontier: await frontierOf(db, head.size) };
  const fillStart = performance.now();
  while (state.size < TOTAL) {
    const n = Math.min(10_000, TOTAL - state.size);
    const leaves = Array.from({ length: n }, (_, j) => merkle.leafHash(Buffer.from(`bench-${state.size + j}-${payload()}`)));
    const r = merkle.append(state, leaves);
    await db.transaction(async (tx) => {
      for (let k = 0; k < r.nodes.length; k += 5_000) {
        await tx.insert(ledgerNode).values(r.nodes.slice(k, k + 5_000).map((x) => ({ level: x.level, idx: x.index, hash: x.hash })));
      }
      const at = new Date();
      for (let k = 0; k < n; k += 5_000) {
        await tx.insert(ledgerLeaf).values(Array.from({ length: Math.min(5_000, n - k) }, (_, j) => ({ idx: state.size + k + j, kind: 'bench', recordId: String(state.size + k + j), appendedAt: at })));
      }
      await tx.update(ledgerHead).set({ size: r.size, root: r.root, updatedAt: at });
    });
    state = { size: r.size, frontier: r.frontier };
  }
  record(name, 'log filled to', `${state.size.toLocaleString()} leaves in ${((performance.now() - fillStart) / 1000).toFixed(0)} s`);

  const times: number[] = [];
  let longest = 0;
  for (let i = 0; i < PROOFS; i++) {
    const index = Math.floor(Math.random() * state.size);
    const start = performance.now();
    const proof = await inclusionProofAt(db, index, state.size);
    times.push(performance.now() - start);
    longest = Math.max(longest, proof.length);
  }
  record(name, '(c) inclusion proof length', `max ${longest} hashes`, '<= 21', longest <= 21);
  record(name, '(c) inclusion proof from the database', `p95 ${p95(times).toFixed(2)} ms`, '<= 5 ms p95', p95(times) <= 5);
};

const frontierOf = async (db: Db, size: number) => {
  const ids = rootNodes(size);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(ledgerNode)
    .where(sql`(${ledgerNode.level}, ${ledgerNode.idx}) in (${sql.join(ids.map((id) => sql`(${id.level}, ${id.index})`), sql`, `)})`);
  return ids.map((id) => new Uint8Array(rows.find((r) => r.level === id.level && Number(r.idx) === id.index)!.hash));
};

const pglite = await openPglite();
await bench('PGlite', pglite);
await pglite.close();

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
const name = `sanxiang_bench_${Date.now().toString(36)}`;
if (await admin.connect().then(() => true, () => false)) {
  await admin.query(`create database ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const postgres = await openPostgres(u.toString(), 4);
  try {
    await bench('PostgreSQL', postgres);
  } finally {
    await postgres.close();
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
} else {
  record('PostgreSQL', 'skipped', 'no server on 127.0.0.1:5432 and no DATABASE_URL');
}

console.log('\nLedger storage benchmark');
console.table(results.map((r) => ({ db: r.db, figure: r.figure, value: r.value, target: r.target ?? '', result: r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL' })));
process.exit(failed ? 1 : 0);
