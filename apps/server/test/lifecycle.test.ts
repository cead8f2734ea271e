import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'sanxiang-lifecycle-'));

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

const start = (env: Record<string, string>): Run => {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output, exited: new Promise((r) => child.once('exit', (code) => r(code))) };
};

const listening = async (run: Run) => {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const m = /"port":(\d+)/.exec(run.output());
    if (m) return Number(m[1]);
    if (run.child.exitCode !== null) throw new Error(`exited early: ${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('did not start');
};

describe('operating the server process', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on a new data dir, logs JSON lines, and closes PGlite cleanly on SIGTERM', async () => {
    const run = start({});
    const port = await listening(run);
    expect(await (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).json()).toEqual({ status: 'ok', database: 'pglite' });
    const firstLine = run.output().split('\n').find((l) => l.startsWith('{'));
    expect(() => JSON.parse(firstLine!)).not.toThrow();

    // A second server on the same port gives one clear line, not a stack.
    const busy = start({ PORT: String(port), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sanxiang-busy-')) });
    expect(await busy.exited).toBe(1);
    expect(busy.output()).toContain(`端口 ${port} 已被占用`);
    expect(busy.output()).not.toMatch(/\n\s+at /);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('shutting down');

    // The closed data directory opens again with everything in it; nothing is seeded twice.
    const again = start({});
    const port2 = await listening(again);
    const health = await fetch(`http://127.0.0.1:${port2}/api/v1/health`);
    expect(health.status).toBe(200);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it('says in one line when PostgreSQL does not answer', async () => {
    const run = start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await run.exited).toBe(1);
    expect(run.output().trim().split('\n')).toHaveLength(1);
    expect(run.output()).toContain('无法连接 PostgreSQL');
  });
});
