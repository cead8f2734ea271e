/**
 * Shared by the case benchmarks: a dedicated PostgreSQL database (created and dropped by the run), the server's
 * dependencies over it (migrations, national calendar, demo jurisdiction), and a bulk case generator.
 */
import { CASE_STATUSES, ENDED_STATUSES } from '@sanxiang/domain';
import { type Database, openPostgres, rowsOf } from '@sanxiang/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { AppDeps } from '../../apps/server/src/app.ts';
import { createDeps, createServer } from '../../apps/server/src/start.ts';

process.env.SANXIANG_FIELD_KEY ??= '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

export const SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const urlOf = (name: string) => {
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
};

const admin = async <T>(run: (c: pg.Client) => Promise<T>) => {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
};

export const createBenchDatabase = async (name: string) => {
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return urlOf(name);
};

export const dropBenchDatabase = (name: string) => admin((c) => c.query(`drop database if exists ${name} with (force)`));

/** The server over the bench database, prepared exactly as `npm start` prepares one (demo profile). */
export const startBenchServer = async (url: string, poolSize: number) => {
  const database: Database = await openPostgres(url, poolSize);
  const deps: AppDeps = await createDeps({ port: 0, host: '127.0.0.1', dataDir: '/nonexistent-bench', securityProfile: 'demo', logLevel: 'silent', databaseUrl: url }, { database });
  const app = await createServer(deps, false);
  await app.ready();
  return { app, deps, database };
};

/**
 * Inserts `n` cases spread over the demo agencies that enforce (not the 司法局), their units, officers (a lead and
 * an assistant each), enforcement items and `parties` generated parties; registered over the last two years;
 * every status; running deadlines (overdue, due soon, later) on the open ones and met ones on the ended ones.
 * One INSERT ... SELECT generate_series per table: 100,000 cases take seconds.
 */
export const generateCases = async (db: AppDeps['database']['db'], n: number, parties = 5_000) => {
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`
    insert into party (kind, name, credit_code, is_demo)
    select 'organization', '基准测试商贸有限公司' || g, '91BENCH' || lpad(g::text, 11, '0'), true from generate_series(1, ${parties}) g`);
  const statuses = `{${CASE_STATUSES.join(',')}}`;
  const ended = `{${ENDED_STATUSES.join(',')}}`;
  // Agencies with their units, officers and items as arrays, numbered so each case can pick by modulo.
  await db.execute(sql`
    create temporary table bench_agency as
    select row_number() over (order by a.name) as k, a.id,
      (select array_agg(u.id order by u.name) from agency_unit u where u.agency_id = a.id) as units,
      (select array_agg(ac.id order by ac.username) from account ac join account_role r on r.account_id = ac.id and r.role = 'officer' where ac.agency_id = a.id) as officers,
      (select array_agg(i.id order by i.code) from enforcement_item i where i.agency_id = a.id) as items
    from agency a where not a.is_supervisor and exists (select 1 from account ac join account_role r on r.account_id = ac.id and r.role = 'officer' where ac.agency_id = a.id)`);
  await db.execute(sql`
    create temporary table bench_party as select row_number() over (order by id) as k, id from party where name like '基准测试商贸有限公司%'`);
  await db.execute(sql`
    create temporary table bench_case as
    select g, gen_random_uuid() as id, a.id as agency_id, a.units, a.officers, a.items,
      (${statuses}::text[])[1 + floor(random() * ${CASE_STATUSES.length})::int] as status,
      now() - random() * interval '730 days' as registered_at, floor(random() * 1000)::int as r
    from generate_series(1, ${n}) g
    join bench_agency a on a.k = 1 + (g % (select count(*) from bench_agency))`);
  const early = sql.raw(`('clue', 'filing-requested', 'not-filed')`);
  const decided = sql.raw(`('decided', 'served', 'reminded', 'enforcement-applied', 'executed', 'closed', 'archived')`);
  await db.execute(sql`
    insert into case_file (id, agency_id, unit_id, clue_number, case_number, title, status, procedure, source, party_id, occurred_on,
      registered_at, filed_on, updated_at, item_id, decided_on, fine_fen, closed_on)
    select c.id, c.agency_id, c.units[1 + c.r % array_length(c.units, 1)], '基准案源〔' || c.g || '〕号',
      case when c.status in ${early} then null else '基准立〔' || c.g || '〕号' end,
      '基准测试' || (array['涉嫌无证经营', '涉嫌虚假宣传', '涉嫌销售过期食品', '涉嫌标签不合格', '涉嫌价格违法', '涉嫌超标排放'])[1 + c.g % 6] || '案' || c.g,
      c.status, case when c.r < 100 then 'simple' else 'general' end,
      (array['inspection', 'complaint', 'report', 'transfer', 'referral', 'other'])[1 + c.r % 6],
      case when c.r < 900 then p.id end,
      (c.registered_at - interval '10 days')::date, c.registered_at,
      case when c.status in ${early} then null else (c.registered_at + interval '3 days')::date end,
      c.registered_at + interval '5 days',
      case when c.items is null then null else c.items[1 + c.r % array_length(c.items, 1)] end,
      case when c.status in ${decided} then (c.registered_at + interval '60 days')::date end,
      case when c.status in ${decided} then (c.r * 1000)::bigint else 0 end,
      case when c.status in ('closed', 'archived') then (c.registered_at + interval '120 days')::date end
    from bench_case c left join bench_party p on p.k = 1 + (c.g * 7919) % ${parties}`);
  // A lead and an assistant from the agency's officers.
  await db.execute(sql`
    insert into case_handler (case_id, account_id, role)
    select id, officers[1 + g % array_length(officers, 1)], 'lead' from bench_case
    union all
    select id, officers[1 + (g + 1) % array_length(officers, 1)], 'assistant' from bench_case where array_length(officers, 1) > 1`);
  // Open cases: one or two running deadlines from 40 days overdue to 80 days ahead; ended cases: met ones.
  await db.execute(sql`
    insert into case_deadline (case_id, key, ref, label, basis, started_on, due_on, done_on, agency_id)
    select id, k.key, '', k.label, '《中华人民共和国行政处罚法》', d - 30, d,
      case when status = any(${ended}::text[]) or status = 'archived' then d - 1 end, agency_id
    from (select c.*, (current_date + (floor(random() * 120) - 40)::int) as d from bench_case c) c
    join (values ('decision', '作出行政处罚决定', 0), ('payment', '缴纳罚款', 1)) as k(key, label, i) on k.i = 0 or c.r % 3 = 0`);
  await db.execute(sql`analyze`);
  const [{ cases }] = await rowsOf<{ cases: number }>(db, sql`select count(*)::int as cases from case_file`);
  const [{ deadlines }] = await rowsOf<{ deadlines: number }>(db, sql`select count(*)::int as deadlines from case_deadline`);
  return { cases, deadlines };
};
