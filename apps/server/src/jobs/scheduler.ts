import type { PGlite } from '@electric-sql/pglite';
import { chinaDateOf } from '@sanxiang/domain';
import type { Database, Db } from '@sanxiang/db';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { CalendarStore } from '../modules/calendar/calendar-store.ts';
import { runDeadlineReminders } from './deadline-reminders.ts';
import { pgliteBossDb } from './pglite-boss-db.ts';

export const DEADLINE_REMINDERS = 'deadline-reminders';

export type SchedulerDeps = { database: Database; clock: () => Date; calendar: CalendarStore };

export type SchedulerOptions = {
  onError: (e: unknown) => void;
  /** How often the worker asks for work. PGlite shares its one connection with requests, so it asks rarely. */
  pollingIntervalSeconds?: number;
  /** When the daily run starts (cron, Beijing time): before the working day, so reminders are there at 8:30. */
  dailyCron?: string;
};

/**
 * pg-boss's `db` over the application's own connection: the node-postgres pool on PostgreSQL (pg-boss keeps its
 * own schema `pgboss`), the single PGlite client through the adapter. pg-boss never opens a second pool.
 */
const bossDbOf = (database: Database) => {
  const client = (database.db as Db & { $client: unknown }).$client;
  if (database.kind === 'pglite') return pgliteBossDb(client as PGlite);
  const pool = client as pg.Pool;
  return { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) };
};

/**
 * The background jobs: pg-boss 10 on PostgreSQL and on PGlite. Started by main.ts after the server is built and
 * stopped before the database closes; tests start it only when they test it.
 */
export const startScheduler = async (deps: SchedulerDeps, options: SchedulerOptions) => {
  const pglite = deps.database.kind === 'pglite';
  const polling = options.pollingIntervalSeconds ?? (pglite ? 30 : 10);
  const boss = new PgBoss({
    db: bossDbOf(deps.database),
    schema: 'pgboss',
    supervise: true,
    schedule: true,
    // Maintenance (archiving, expiry) every 10 minutes is plenty for a few jobs a day.
    maintenanceIntervalSeconds: 600,
  } as PgBoss.ConstructorOptions);
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue(DEADLINE_REMINDERS, { name: DEADLINE_REMINDERS, policy: 'singleton', retryLimit: 3, retryDelay: 60 });

  // The calendar is read before the transaction: on PGlite a read on the outer handle inside it would wait forever.
  const remind = async () => {
    const calendar = await deps.calendar.current();
    const now = deps.clock();
    return deps.database.db.transaction(async (tx) => runDeadlineReminders(tx as unknown as Db, { today: chinaDateOf(now), calendar, now }));
  };
  await boss.work(DEADLINE_REMINDERS, { pollingIntervalSeconds: polling, batchSize: 1 }, async () => remind());
  await boss.schedule(DEADLINE_REMINDERS, options.dailyCron ?? '30 7 * * *', {}, { tz: 'Asia/Shanghai' });

  return {
    boss,
    /** Queues a run now (on demand); the worker picks it up on its next poll. Returns the job id. */
    runNow: async () => (await boss.send(DEADLINE_REMINDERS, { onDemand: true })) as string,
    /** Waits until a queued job has finished; its output is the run's result. */
    waitFor: async (id: string, timeoutMs = 60_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const job = await boss.getJobById(DEADLINE_REMINDERS, id);
        if (job && (job.state === 'completed' || job.state === 'failed')) return job;
        if (Date.now() > until) throw new Error(`job ${id} did not finish in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
};

export type Scheduler = Awaited<ReturnType<typeof startScheduler>>;
