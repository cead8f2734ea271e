/**
 * Case list benchmark: `node --import tsx bench/cases/list.bench.ts [cases] [queries]` (defaults 100,000 and 200).
 *
 * On PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test) in a database created and
 * dropped by the run: `cases` cases generated with generate_series over the demo agencies, units, officers,
 * items, 5,000 parties, two years of dates, every status and their deadlines; then `queries` filtered list
 * requests through the API (GET /api/v1/cases via inject: validation, scope, audit row and all) by an officer, a
 * unit head, an agency head and a city 司法局 supervisor, mixing every filter (status, officer, item, party,
 * dates, due, text, deep pages and cursors).
 * (a) baseline: the same requests with the case-list indexes of migration `case_list_indexes` dropped;
 * (b) with them. Prints p50/p95 of both and the ratio; target p95 <= 200 ms. Exits non-zero when missed.
 * `--explain` prints the plan of each kind of query (with indexes).
 */
import { account, caseFile, DEMO_PASSWORD } from '@sanxiang/db';
import { chinaDateOf } from '@sanxiang/domain';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createBenchDatabase, dropBenchDatabase, generateCases, startBenchServer } from './bench-db.ts';

const CASES = Number(process.argv.filter((a) => !a.startsWith('--'))[2] ?? 100_000);
const QUERIES = Number(process.argv.filter((a) => !a.startsWith('--'))[3] ?? 200);
const EXPLAIN = process.argv.includes('--explain');
const KEEP = process.argv.includes('--keep'); // leave the database for EXPLAIN by hand
const NAME = KEEP ? 'sanxiang_bench_list_kept' : `sanxiang_bench_list_${process.pid}`;
// The indexes migration 0022 (case_list_indexes) adds for the list; the baseline runs without them.
const LIST_INDEXES = ['case_file_registered_idx', 'case_file_unit_registered_idx', 'case_file_party_idx', 'case_file_item_registered_idx', 'case_deadline_open_due_idx', 'case_deadline_open_case_idx', 'case_file_text_trgm_idx'];



const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const login = async (app: FastifyInstance, username: string) => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
  const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0];
  return (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
};

const main = async () => {
  const url = await createBenchDatabase(NAME);
  const server = await startBenchServer(url, 10);
  try {
    const { db } = server.database;
    let t0 = performance.now();
    const made = await generateCases(db, CASES);
    console.log(`generated ${made.cases.toLocaleString()} cases and ${made.deadlines.toLocaleString()} deadlines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const ids = async (q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
    const officers = await ids(sql`select a.id from account a where a.username = 'jxsj.officer2'`);
    const items = await ids(sql`select distinct item_id as id from ${caseFile} where item_id is not null limit 5`);
    const parties = await ids(sql`select id from party where name like '基准测试商贸有限公司%' order by name limit 20`);
    void account;
    const today = chinaDateOf(new Date());
    const by = (days: number) => chinaDateOf(new Date(Date.now() + days * 86_400_000));
    const as = {
      officer: await login(server.app, 'jxsj.officer1'),
      unit: await login(server.app, 'jxsj.unithead'),
      head: await login(server.app, 'jxsj.head'),
      supervisor: await login(server.app, 'smsf.supervisor'),
    };
    const T = encodeURIComponent;
    // Each kind of query a desk officer, a head or a supervisor asks; cycled to QUERIES requests.
    const kinds: Array<[keyof typeof as, string]> = [
      ['officer', ''],
      ['officer', 'status=filed,investigated'],
      ['officer', 'due=overdue'],
      ['officer', `q=${T('虚假宣传')}`],
      ['unit', 'status=notified,hearing-requested,hearing-scheduled'],
      ['unit', 'due=soon'],
      ['unit', `officerId=${officers[0]}`],
      ['head', `itemId=${items[0]}`],
      ['head', `from=${by(-120)}&to=${by(-90)}`],
      ['head', `party=${T('基准测试商贸有限公司12')}`],
      ['head', `partyId=${parties[3]}`],
      ['head', `due=by&dueBy=${by(10)}`],
      ['head', 'status=decided&page=5'],
      ['head', `dateField=decided&from=${by(-200)}&to=${by(-100)}&status=closed,archived`],
      ['supervisor', ''],
      ['supervisor', 'due=overdue'],
      ['supervisor', 'status=filed'],
      ['supervisor', `q=${T('基准立〔4242〕')}`],
      ['supervisor', `due=soon&status=investigated`],
      ['supervisor', 'page=200'],
    ];
    const requests = Array.from({ length: QUERIES }, (_, i) => kinds[i % kinds.length]);

    const measure = async (label: string) => {
      const times: number[] = [];
      const byKind = new Map<string, number[]>();
      for (const [who, query] of requests) {
        const start = performance.now();
        const res = await as[who](`/api/v1/cases?${query}`);
        const ms = performance.now() - start;
        if (res.statusCode !== 200) throw new Error(`${who} ${query}: ${res.statusCode} ${res.body}`);
        times.push(ms);
        byKind.set(`${who} ${query}`, [...(byKind.get(`${who} ${query}`) ?? []), ms]);
      }
      const slowest = [...byKind.entries()].map(([k, xs]) => [k, pct(xs, 0.5)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
      console.log(`${label}: p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms; slowest kinds: ${slowest.map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join('; ')}`);
      return { p50: pct(times, 0.5), p95: pct(times, 0.95) };
    };

    // Warm the caches once, so both runs read from memory alike.
    for (const [who, query] of kinds) await as[who](`/api/v1/cases?${query}`);
    t0 = performance.now();
    const withIndexes = await measure('(b) with the list indexes');
    if (EXPLAIN) {
      await db.execute(sql`set enable_seqscan = on`);
      console.log(`today ${today}`);
    }
    const saved = ((await db.execute(sql`select indexname, indexdef from pg_indexes where indexname = any(${`{${LIST_INDEXES.join(',')}}`}::text[])`)) as unknown as { rows: Array<{ indexname: string; indexdef: string }> }).rows;
    for (const ix of saved) await db.execute(sql.raw(`drop index ${ix.indexname}`));
    await db.execute(sql`analyze case_file`);
    for (const [who, query] of kinds) await as[who](`/api/v1/cases?${query}`);
    const baseline = await measure('(a) baseline, without them');
    for (const ix of saved) await db.execute(sql.raw(ix.indexdef));

    console.log('\n| run | cases | queries | p50 ms | p95 ms |');
    console.log('|---|---|---|---|---|');
    console.log(`| (a) baseline: without the list indexes (${saved.length} dropped) | ${CASES.toLocaleString()} | ${QUERIES} | ${baseline.p50.toFixed(1)} | ${baseline.p95.toFixed(1)} |`);
    console.log(`| (b) with the list indexes | ${CASES.toLocaleString()} | ${QUERIES} | ${withIndexes.p50.toFixed(1)} | ${withIndexes.p95.toFixed(1)} |`);
    console.log(`\np95 speed-up (a)/(b): ${(baseline.p95 / withIndexes.p95).toFixed(2)}x; target p95 <= 200 ms: ${withIndexes.p95 <= 200 ? 'PASS' : 'FAIL'}`);
    if (withIndexes.p95 > 200) process.exitCode = 1;
  } finally {
    await server.app.close();
    await server.database.close();
    if (!KEEP) await dropBenchDatabase(NAME);
  }
};

await main();
