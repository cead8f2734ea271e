import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evidenceItem } from '@sanxiang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps } from '../src/start.ts';
import { testConfig } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const runVerify = (dataDir: string) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/verify.ts'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });

/** `npm run verify` on a real data directory: the demo's evidence files are hashed again and a changed one is named. */
describe('npm run verify re-hashes every evidence file', () => {
  let dir: string;
  let items: Array<typeof evidenceItem.$inferSelect>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sx-verify-'));
    const deps = await createDeps(testConfig({ dataDir: dir }));
    items = await deps.database.db.select().from(evidenceItem);
    await deps.database.close();
  }, 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes on the demo data and names the evidence whose stored file was changed, with its case and both hashes', async () => {
    expect(items.length).toBeGreaterThanOrEqual(3);
    const ok = await runVerify(dir);
    expect(ok.out).toContain(`✓ 证据文件完整：${items.length} 个文件`);
    expect(ok.code).toBe(0);

    const victim = items.find((i) => i.mediaType === 'image/png')!;
    const file = path.join(dir, 'evidence', 'objects', victim.sm3.slice(0, 2), victim.sm3);
    const bytes = await readFile(file);
    bytes[bytes.length - 20] ^= 0x01;
    await writeFile(file, bytes);
    const bad = await runVerify(dir);
    expect(bad.code).toBe(1);
    const line = bad.out.split('\n').find((l) => l.includes(victim.id))!;
    expect(line).toContain(victim.title);
    expect(line).toContain('甲县鲜味餐饮有限公司');
    expect(line).toContain(`SM3 应为 ${victim.sm3}`);
    expect(line).toContain(`SHA-256 应为 ${victim.sha256}`);
    expect(bad.out).toContain('✗ 证据文件：1 处不符');
  }, 240_000);
});
