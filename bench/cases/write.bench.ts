/**
 * Record-write benchmark: `node --import tsx bench/cases/write.bench.ts [clients] [seconds]` (defaults 8 and 20).
 *
 * On PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test), in a database created and dropped
 * by the run:
 * (a) baseline: `pgbench -b tpcb-like` (scale 10, initialised with `pgbench -i` in the same database) with the
 *     same number of clients for the same time, against the same server;
 * (b) record writes through the API: the server's buildApp (pool of 10, like `npm start`), `clients` concurrent
 *     clients (app.inject), each request one act = a case event + the projection + an audit row + ledger leaves,
 *     committed together. The act is `POST /cases/:id/acts/record-inspection` (现场检查笔录) on a filed case when
 *     the server has it, otherwise `POST /cases` (案源登记), which writes the same four things.
 * Prints both TPS and (b)/(a); target >= 0.5. Exits non-zero when missed.
 */
import { execFileSync } from 'node:child_process';
import { DEMO_PASSWORD } from '@sanxiang/db';
import type { FastifyInstance } from 'fastify';
import { createBenchDatabase, dropBenchDatabase, startBenchServer, urlOf } from './bench-db.ts';

const CLIENTS = Number(process.argv[2] ?? 8);
const SECONDS = Number(process.argv[3] ?? 20);
const NAME = `sanxiang_bench_write_${process.pid}`;

type Res = { statusCode: number; body: string; json: () => any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = async (app: FastifyInstance, username: string, ip: string) => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD }, remoteAddress: ip });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
  const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0];
  const csrf = res.json().csrfToken as string;
  return {
    get: (url: string) => app.inject({ method: 'GET', url, headers: { cookie }, remoteAddress: ip }) as Promise<Res>,
    post: (url: string, payload?: object) => app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf }, remoteAddress: ip }) as Promise<Res>,
    put: (url: string, payload?: object) => app.inject({ method: 'PUT', url, payload, headers: { cookie, 'x-csrf-token': csrf }, remoteAddress: ip }) as Promise<Res>,
  };
};

const ok = (res: Res, what: string) => {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
};

const pgbench = (url: string) => {
  execFileSync('pgbench', ['-i', '-q', '-s', '10', url], { stdio: 'pipe' });
  const out = execFileSync('pgbench', ['-b', 'tpcb-like', '-c', String(CLIENTS), '-j', String(Math.min(CLIENTS, 4)), '-T', String(SECONDS), '-n', url], { encoding: 'utf8' });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out) ?? /tps = ([\d.]+)/.exec(out);
  if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
  return Number(tps[1]);
};

const main = async () => {
  const url = await createBenchDatabase(NAME);
  const server = await startBenchServer(url, 10);
  try {
    const { app } = server;
    // The clients: officers 1 and 2 of 甲县市监 take turns, each client on its own case (a case's events are serial).
    const officer1 = await session(app, 'jxsj.officer1', '10.99.0.1');
    const officer2 = await session(app, 'jxsj.officer2', '10.99.0.2');
    const unitHead = await session(app, 'jxsj.unithead', '10.99.0.3');
    const sys = await session(app, 'sysadmin', '10.99.0.4');
    const handlers = ok(await officer1.get('/api/v1/cases/options/handlers'), 'handlers').items as Array<{ accountId: string; name: string }>;
    const me = ok(await officer1.get('/api/v1/auth/me'), 'me');
    const officer1Id = me.account?.id ?? me.id;
    const me2 = ok(await officer2.get('/api/v1/auth/me'), 'me');
    const officer2Id = me2.account?.id ?? me2.id;
    if (!handlers.some((h) => h.accountId === officer2Id)) throw new Error('officer2 may not handle cases');
    // A 90-day decision period from late 2026 ends in 2027: enter its 元旦 so filing works (the shipped schedule ends in 2026).
    ok(await sys.put('/api/v1/calendar/years/2027', { days: ['01', '02', '03'].map((d) => ({ date: `2027-01-${d}`, kind: 'holiday', name: '元旦' })) }), 'calendar 2027');

    const clue = async () =>
      ok(
        await officer1.post('/api/v1/cases', {
          title: '基准测试现场检查案源',
          source: 'inspection',
          description: '写入基准测试：日常检查中发现的线索。',
          coHandlerAccountIds: [officer2Id],
        }),
        'register clue',
      ).id as string;

    // Try the act; fall back to 案源登记 when this server has no record-inspection yet.
    let act = 'record-inspection';
    const cases: string[] = [];
    try {
      for (let i = 0; i < CLIENTS; i++) {
        const id = await clue();
        ok(await officer1.post(`/api/v1/cases/${id}/filing-request`, { reason: '经初步核查，当事人涉嫌违法事实基本清楚，依法应予立案调查。' }), 'filing request');
        ok(await unitHead.post(`/api/v1/cases/${id}/filing-decision`, { approve: true, opinion: '同意立案' }), 'filing decision');
        for (const who of [officer1, officer2]) {
          const res = await who.post(`/api/v1/cases/${id}/acts/declare-no-conflict`, {});
          if (res.statusCode >= 300 && res.statusCode !== 409) throw new Error(`declare-no-conflict: ${res.statusCode} ${res.body}`);
        }
        cases.push(id);
      }
      const probe = await inspection(officer1, cases[0], officer1Id, officer2Id);
      if (probe.statusCode >= 300) throw new Error(`record-inspection: ${probe.statusCode} ${probe.body}`);
    } catch (e) {
      console.log(`record-inspection not usable here (${(e as Error).message.slice(0, 200)}); measuring POST /cases (案源登记) instead`);
      act = 'register-clue';
    }

    const write = async (client: number) =>
      act === 'record-inspection' ? inspection(client % 2 ? officer2 : officer1, cases[client], officer1Id, officer2Id) : officer1.post('/api/v1/cases', { title: '基准测试案源登记', source: 'inspection', description: '写入基准测试：日常检查中发现的线索。', coHandlerAccountIds: [officer2Id] });

    // (b) the API, CLIENTS at once for SECONDS.
    let done = 0;
    let failed = 0;
    const until = performance.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        while (performance.now() < until) {
          const res = await write(client);
          if (res.statusCode >= 300) {
            failed += 1;
            if (failed < 3) console.log(`write failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
          } else done += 1;
        }
      }),
    );
    const apiTps = done / ((performance.now() - t0) / 1000);

    // (a) pgbench against the same server, same client count, same duration.
    const pgTps = pgbench(urlOf(NAME));

    const ratio = apiTps / pgTps;
    console.log('\n| run | clients | seconds | transactions/s |');
    console.log('|---|---|---|---|');
    console.log(`| (a) pgbench -b tpcb-like (scale 10) | ${CLIENTS} | ${SECONDS} | ${pgTps.toFixed(0)} |`);
    console.log(`| (b) API ${act} (event + projection + audit + ledger leaves) | ${CLIENTS} | ${SECONDS} | ${apiTps.toFixed(0)} (${done} writes, ${failed} failed) |`);
    console.log(`\n(b)/(a) = ${ratio.toFixed(2)}; target >= 0.5: ${ratio >= 0.5 ? 'PASS' : 'FAIL'}`);
    if (ratio < 0.5 || failed > 0) process.exitCode = 1;
  } finally {
    await server.app.close();
    await server.database.close();
    await dropBenchDatabase(NAME);
  }
};

const inspection = (who: Awaited<ReturnType<typeof session>>, caseId: string, a: string, b: string) => {
  const start = new Date(Date.now() - 3_600_000);
  return who.post(`/api/v1/cases/${caseId}/acts/record-inspection`, {
    participantAccountIds: [a, b],
    place: '甲县城关镇人民路18号',
    startedAt: start.toISOString(),
    endedAt: new Date(start.getTime() + 1_800_000).toISOString(),
    findings: '现场检查发现后厨存放超过保质期的调味料两瓶，已拍照固定。',
  });
};

await main();
