/**
 * Portal search benchmark: `node --import tsx bench/portal/search.bench.ts [records] [likeQueries]`
 * (defaults 1,000,000 and 20). Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test):
 * it creates a temporary database there, migrates it, and drops it at the end.
 *
 * In one run, over the same generated corpus of published decisions (`corpus.ts`) and the same 200 Chinese
 * keyword queries:
 * (a) ours: `searchDisclosures` as the portal calls it (count, ranked first page of 20, highlighted snippets) on
 *     PostgreSQL with the migration's GIN (jieba words) and pg_trgm indexes;
 * (b) SQLite FTS5 with the trigram tokenizer (node-sqlite3-wasm, SQLite compiled to WebAssembly: native
 *     better-sqlite3 cannot be installed here and Node 20 has no node:sqlite), asked for the same answer as ours:
 *     count up to RANKED_MATCHES, first 20 by bm25 (newest first past the cap) with snippet(); target: our p95
 *     <= 2 x FTS5's. (SQLite's rowid order is publication order, so `order by rowid desc` is newest first.)
 * (c) a sequential `LIKE '%kw%'` scan on PostgreSQL (indexes switched off) for the first `likeQueries` queries
 *     (each takes seconds on a million rows); target: ours >= 100 x faster at p95;
 * (d) the byte size of a decision page (HTML with its inline CSS) for a record with the longest summary allowed;
 *     target <= 100 KB.
 * Exits non-zero when a target is missed.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { agency, migrateDatabase, openPostgres, region, rowsOf } from '@sanxiang/db';
import { renderDecision } from '@sanxiang/portal/pages/decisions';
import type { DisclosureReader, PortalDecision } from '@sanxiang/portal/pages/disclosure-reader';
import { sql } from 'drizzle-orm';
import sqlite3 from 'node-sqlite3-wasm';
import pg from 'pg';
import { RANKED_MATCHES, searchDisclosures, searchDocumentOf } from '../../apps/server/src/modules/disclosure/search-index.ts';
import { agencyNames, benchQueries, recordAt } from './corpus.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const LIKE_QUERIES = Number(process.argv[3] ?? 20);
const QUERIES = 200;
const SEED = 20_260_401;
const BATCH = 2_000;
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const now = () => performance.now();
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

const dbName = `bench_portal_${Date.now().toString(36)}`;
const sqliteFile = path.join(tmpdir(), `${dbName}.sqlite`);
const withServer = async <T>(run: (c: pg.Client) => Promise<T>) => {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
};
const urlOf = (name: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
};

const results: Array<{ figure: string; value: string; target?: string; pass?: boolean }> = [];
let failed = false;
const record = (figure: string, value: string, target?: string, pass?: boolean) => {
  results.push({ figure, value, target, pass });
  if (pass === false) failed = true;
};

/** FTS5 MATCH text for a query: every space-separated keyword as a quoted trigram phrase, ANDed. */
const ftsMatch = (q: string) => q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');

const main = async () => {
  await withServer((c) => c.query(`create database ${dbName} encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8' template template0`));
  const database = await openPostgres(urlOf(dbName), 4);
  const lite = new sqlite3.Database(sqliteFile);
  const bulk = new pg.Client({ connectionString: urlOf(dbName) });
  await bulk.connect();
  try {
    await migrateDatabase(database);
    const db = database.db;
    const names = agencyNames();
    const [reg] = await db.insert(region).values({ code: '350000', name: '福建省', level: 'province' }).returning();
    const agencies = await db
      .insert(agency)
      .values(names.map((name) => ({ name, shortName: name.slice(3, 6), level: 'county', regionId: reg.id, field: 'market' })))
      .returning({ id: agency.id, name: agency.name });
    const agencyIds = names.map((n) => agencies.find((a) => a.name === n)!.id);

    // Indexes are built once after loading, as a bulk import would.
    for (const idx of ['disclosure_record_search_vector_idx', 'disclosure_record_search_text_trgm_idx', 'disclosure_record_published_idx', 'disclosure_record_status_idx', 'disclosure_record_agency_idx']) {
      await db.execute(sql.raw(`drop index if exists ${idx}`));
    }
    lite.exec('pragma journal_mode = off; pragma synchronous = off; pragma cache_size = -262144;');
    lite.exec("create virtual table fts using fts5(body, tokenize = 'trigram')");

    log(`loading ${N.toLocaleString()} published records into PostgreSQL and SQLite FTS5 ...`);
    const base = Date.parse('2024-01-01T00:00:00Z');
    let tokensMs = 0;
    let pgMs = 0;
    let liteMs = 0;
    for (let from = 0; from < N; from += BATCH) {
      const cols: Record<string, unknown[]> = { agency: [], kind: [], no: [], date: [], party: [], partyKind: [], category: [], violation: [], basis: [], content: [], fine: [], summary: [], at: [], text: [], tokens: [] };
      let t = now();
      const texts: string[] = [];
      for (let i = from; i < Math.min(N, from + BATCH); i++) {
        const r = recordAt(SEED, i, names);
        const doc = searchDocumentOf({ ...r, agencyName: names[r.agency], creditCode: null });
        cols.agency.push(agencyIds[r.agency]);
        cols.kind.push(r.kind);
        cols.no.push(r.documentNumber);
        cols.date.push(r.decisionDate);
        cols.party.push(r.partyName);
        cols.partyKind.push(r.partyKind);
        cols.category.push(r.category);
        cols.violation.push(r.violation);
        cols.basis.push(r.basis);
        cols.content.push(r.content);
        cols.fine.push(r.fineFen);
        cols.summary.push(r.summary);
        cols.at.push(new Date(base + i * 30_000).toISOString());
        cols.text.push(doc.searchText);
        cols.tokens.push(doc.tokens);
        texts.push(doc.searchText);
      }
      tokensMs += now() - t;
      t = now();
      await bulk.query(
        `insert into disclosure_record (agency_id, kind, document_number, decision_date, party_name, party_kind, category, violation, basis, content, fine_fen, summary,
                                        status, due_on, published_at, search_text, search_vector)
         select a, k, n, d::date, p, pk, c, v, b, ct, f, s, 'published', d::date, at::timestamptz, tx, to_tsvector('simple', tk)
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], $12::text[], $13::text[], $14::text[], $15::text[])
           as x(a, k, n, d, p, pk, c, v, b, ct, f, s, at, tx, tk)`,
        [cols.agency, cols.kind, cols.no, cols.date, cols.party, cols.partyKind, cols.category, cols.violation, cols.basis, cols.content, cols.fine, cols.summary, cols.at, cols.text, cols.tokens],
      );
      pgMs += now() - t;
      t = now();
      lite.exec('begin');
      const stmt = lite.prepare('insert into fts(rowid, body) values (?, ?)');
      texts.forEach((body, k) => stmt.run([from + k + 1, body]));
      stmt.finalize();
      lite.exec('commit');
      liteMs += now() - t;
      if ((from / BATCH) % 50 === 0) log(`  ${(from + BATCH).toLocaleString()} rows (segmentation ${(tokensMs / 1000).toFixed(0)} s, PostgreSQL ${(pgMs / 1000).toFixed(0)} s, SQLite ${(liteMs / 1000).toFixed(0)} s)`);
    }
    log('building PostgreSQL indexes (GIN words, GIN pg_trgm, published order) and SQLite FTS5 optimize ...');
    let t = now();
    await db.execute(sql.raw('create index disclosure_record_search_vector_idx on disclosure_record using gin (search_vector)'));
    await db.execute(sql.raw('create index disclosure_record_search_text_trgm_idx on disclosure_record using gin (search_text gin_trgm_ops)'));
    await db.execute(sql.raw("create index disclosure_record_published_idx on disclosure_record (published_at desc, id desc) where status = 'published'"));
    await db.execute(sql.raw('vacuum analyze disclosure_record'));
    const pgIndexMs = now() - t;
    t = now();
    lite.exec("insert into fts(fts) values ('optimize')");
    const liteIndexMs = now() - t;
    log(`  PostgreSQL ${(pgIndexMs / 1000).toFixed(0)} s, SQLite ${(liteIndexMs / 1000).toFixed(0)} s`);

    const queries = benchQueries(SEED, QUERIES);
    const ours = async (q: string) => searchDisclosures(db, { q, page: 1, pageSize: 20 });
    // The same contract as ours: count up to RANKED_MATCHES + 1, rank by bm25 up to it, newest first beyond.
    const fts = (q: string) => {
      const m = ftsMatch(q);
      const n = (lite.get('select count(*) as n from (select 1 from fts where fts match ? limit ?)', [m, RANKED_MATCHES + 1]) as { n: number }).n;
      const order = n > RANKED_MATCHES ? 'rowid desc' : 'rank';
      const rows = lite.all(`select rowid, snippet(fts, 0, '<mark>', '</mark>', '…', 24) as s from fts where fts match ? order by ${order} limit 20`, [m]);
      return { total: Math.min(n, RANKED_MATCHES), rows };
    };
    // Warm both caches the same way before measuring.
    for (const q of queries.slice(0, 20)) {
      await ours(q);
      fts(q);
    }
    const oursMs: number[] = [];
    const ftsMs: number[] = [];
    let oursHits = 0;
    let ftsHits = 0;
    for (const q of queries) {
      let s = now();
      oursHits += (await ours(q)).total;
      oursMs.push(now() - s);
      s = now();
      ftsHits += fts(q).total;
      ftsMs.push(now() - s);
    }
    log(`ours: p50 ${ms(p(oursMs, 0.5))}, p95 ${ms(p(oursMs, 0.95))}; FTS5 trigram: p50 ${ms(p(ftsMs, 0.5))}, p95 ${ms(p(ftsMs, 0.95))}`);
    const slowest = queries.map((q, i) => ({ q, ours: oursMs[i], fts: ftsMs[i] })).sort((a, b) => b.ours - a.ours).slice(0, 8);
    log(`slowest of ours: ${slowest.map((x) => `${x.q} ${x.ours.toFixed(1)}/${x.fts.toFixed(1)} ms`).join('; ')}`);

    // Sequential LIKE: the same filter without any index.
    const likeMs: number[] = [];
    const likeOursMs: number[] = [];
    for (const q of queries.slice(0, LIKE_QUERIES)) {
      const words = q.split(/\s+/).filter(Boolean);
      const s = now();
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw('set local enable_bitmapscan = off'));
        await tx.execute(sql.raw('set local enable_indexscan = off'));
        await tx.execute(sql.raw('set local max_parallel_workers_per_gather = 0'));
        const where = sql.join([sql`status = 'published'`, ...words.map((w) => sql`search_text like ${`%${w}%`}`)], sql` and `);
        await tx.execute(sql`select count(*) from disclosure_record where ${where}`);
        await tx.execute(sql`select id, search_text from disclosure_record where ${where} order by published_at desc limit 20`);
      });
      likeMs.push(now() - s);
      likeOursMs.push(oursMs[queries.indexOf(q)]);
    }
    log(`sequential LIKE: p50 ${ms(p(likeMs, 0.5))}, p95 ${ms(p(likeMs, 0.95))} over ${LIKE_QUERIES} queries`);

    const oursP95 = p(oursMs, 0.95);
    const ftsP95 = p(ftsMs, 0.95);
    const likeP95 = p(likeMs, 0.95);
    const oursLikeP95 = p(likeOursMs, 0.95);
    record('records', N.toLocaleString());
    record('queries (ours / FTS5)', `${QUERIES}; hits summed ${oursHits.toLocaleString()} / ${ftsHits.toLocaleString()}`);
    record('ours p50 / p95', `${ms(p(oursMs, 0.5))} / ${ms(oursP95)}`);
    record('SQLite FTS5 trigram p50 / p95', `${ms(p(ftsMs, 0.5))} / ${ms(ftsP95)}`);
    record('ratio ours p95 / FTS5 p95', (oursP95 / ftsP95).toFixed(2), '<= 2', oursP95 <= 2 * ftsP95);
    record(`sequential LIKE p95 (${LIKE_QUERIES} queries)`, ms(likeP95));
    record('ratio LIKE p95 / ours p95 (same queries)', (likeP95 / oursLikeP95).toFixed(0), '>= 100', likeP95 >= 100 * oursLikeP95);
    record('load: segmentation / PostgreSQL insert / SQLite insert', `${(tokensMs / 1000).toFixed(0)} s / ${(pgMs / 1000).toFixed(0)} s / ${(liteMs / 1000).toFixed(0)} s`);
    const [{ size }] = await rowsOf<{ size: string }>(db, sql`select pg_size_pretty(pg_total_relation_size('disclosure_record')) as size`);
    record('PostgreSQL table + indexes', size);

    // A decision page at its largest: the longest summary the contract allows.
    const r = recordAt(SEED, 0, names);
    const decision: PortalDecision = {
      ...r,
      agencyName: names[r.agency],
      creditCode: '91350100M000100Y43',
      summary: r.summary.repeat(Math.ceil(5_000 / r.summary.length)).slice(0, 5_000),
      confiscationFen: 1_234_500,
      id: '00000000-0000-4000-8000-000000000001',
      agencyId: agencyIds[r.agency],
      status: 'published',
      publishedAt: new Date().toISOString(),
      withdrawnAt: null,
      withdrawalReason: null,
      removedAt: null,
      displayEndsOn: '2027-11-20',
      publicationLeafId: '123456',
      endLeafId: null,
    };
    const reader = { decision: async () => decision } as unknown as DisclosureReader;
    const page = await renderDecision(reader, true, decision.id, 'https://gs.example.gov.cn', { origin: 'sanxiang/bench', verifierKey: 'x'.repeat(120) });
    const bytes = Buffer.byteLength(page.html);
    record('decision page (HTML + inline CSS, 5,000-character summary)', `${(bytes / 1024).toFixed(1)} KB`, '<= 100 KB', bytes <= 100 * 1024);
  } finally {
    await bulk.end();
    lite.close();
    rmSync(sqliteFile, { force: true });
    await database.close();
    // BENCH_KEEP=1 leaves the corpus for EXPLAIN ANALYZE by hand.
    if (process.env.BENCH_KEEP !== '1') await withServer((c) => c.query(`drop database if exists ${dbName} with (force)`));
    else console.log(`kept database ${dbName}`);
  }
};

await main();
console.log('\nportal search benchmark');
for (const r of results) console.log(`  ${r.figure.padEnd(58)} ${r.value.padStart(24)}${r.target ? `   target ${r.target}: ${r.pass ? 'met' : 'MISSED'}` : ''}`);
process.exit(failed ? 1 : 0);
