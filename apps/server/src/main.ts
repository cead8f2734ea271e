import { DatabaseUnavailableError } from '@sanxiang/db';
import { ConfigError, readConfig } from './config.ts';
import { KeyError } from './security/keys.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { serverClock } from './clock.ts';
import { createDeps, createServer, StartupError } from './start.ts';
import { readCheckpointPolicy, startCheckpointer } from './modules/ledger/checkpoints.ts';
import { type Scheduler, startScheduler } from './jobs/scheduler.ts';

const fail = (message: string): never => {
  console.error(`Sanxiang 启动失败：${message}`);
  process.exit(1);
};

const expected = (e: unknown) => e instanceof ConfigError || e instanceof KeyError || e instanceof StartupError || e instanceof DatabaseUnavailableError;

const startedAt = Date.now();
const config = (() => {
  try {
    return readConfig();
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const releaseLock = config.databaseUrl ? () => {} : acquireDataDirLock(config.dataDir, fail);
const deps = await createDeps(config, { clock: serverClock(config) }).catch((e: unknown) => fail(expected(e) ? (e as Error).message : `${(e as Error).stack}`));
const app = await createServer(deps, { level: config.logLevel });
const checkpointer = startCheckpointer(deps.database.db, deps.ledger, readCheckpointPolicy(), deps.clock, (e) => app.log.error({ err: e }, 'checkpoint signing failed'));
// Background jobs (pg-boss: deadline reminders daily at 07:30 Beijing time). JOBS=off leaves them to another process.
const scheduler: Scheduler | null =
  process.env.JOBS === 'off' ? null : await startScheduler(deps, { onError: (e) => app.log.error({ err: e }, 'background job failed') }).catch((e: unknown) => fail(`后台任务启动失败：${(e as Error).message}`));

let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const timer = setTimeout(() => process.exit(1), 10_000);
  try {
    await app.close();
    await scheduler?.stop(); // workers finish their job before the database closes
    await checkpointer.stop(); // the last leaves get a signed checkpoint before the database closes
    await deps.database.close(); // PGlite flushes and closes its files here
  } finally {
    clearTimeout(timer);
    releaseLock();
  }
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  await app.listen({ port: config.port, host: config.host });
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  await deps.database.close();
  releaseLock();
  if (err.code === 'EADDRINUSE') fail(`端口 ${config.port} 已被占用，请停止占用它的程序或用 PORT=其他端口 启动`);
  if (err.code === 'EACCES') fail(`没有权限监听端口 ${config.port}`);
  fail(err.message);
}
const { port } = app.server.address() as { port: number };
app.log.info(
  { url: `http://localhost:${port}`, port, database: deps.database.kind, location: deps.database.location, profile: config.securityProfile, startupMs: Date.now() - startedAt },
  `Sanxiang 已启动：公示平台 http://localhost:${port}/ ，工作台 /console ，接口文档 /api/docs`,
);
