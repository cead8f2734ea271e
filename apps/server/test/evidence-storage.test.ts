import { readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no type declarations
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvidenceStorage, localStorage } from '../src/storage/evidence-storage.ts';
import { feedFile, inlineHashPair, threadedHashPair } from '../src/storage/hashing.ts';
import { s3Storage } from '../src/storage/s3-storage.ts';
import { checkStored, openVerifiedEvidence } from '../src/storage/verified-read.ts';
import { digestsOf } from './evidence-support.ts';

const readAll = async (s: AsyncIterable<unknown>) => {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
};

const findFile = async (dir: string, name: string): Promise<string | undefined> => {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const f = await findFile(p, name);
      if (f) return f;
    } else if (e.name.startsWith(name) && e.name.endsWith('._S3rver_object')) return p;
  }
  return undefined;
};

/** The same contract for every backend: stored once by SM3, ranges, tampering detected on read. */
const storageContract = (name: string, setup: () => Promise<{ storage: EvidenceStorage; staging: string; tamper: (sm3: string, bytes: Buffer) => Promise<void>; teardown: () => Promise<void> }>) => {
  describe(`evidence storage: ${name}`, () => {
    let env: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      env = await setup();
      await env.storage.prepare();
    });
    afterAll(() => env.teardown());

    it('stores a file under its SM3 once, reads it whole and by range, and says when it is new', async () => {
      const bytes = Buffer.from('物证照片说明：酱油两瓶，保质期至2026年10月1日。'.repeat(50), 'utf8');
      const { sm3, sha256 } = digestsOf(bytes);
      const staged = path.join(env.staging, 'a');
      await writeFile(staged, bytes);
      const first = await env.storage.putFile(sm3, staged, bytes.length);
      await first.release();
      expect(first.created).toBe(true);
      const again = path.join(env.staging, 'b');
      await writeFile(again, bytes);
      const second = await env.storage.putFile(sm3, again, bytes.length);
      await second.release();
      expect(second.created).toBe(false);
      expect((await env.storage.stat(sm3))?.size).toBe(bytes.length);
      expect((await readAll(await openVerifiedEvidence(env.storage, sm3, { sha256 }))).equals(bytes)).toBe(true);
      expect((await readAll(await env.storage.read(sm3, { start: 10, end: 19 }))).equals(bytes.subarray(10, 20))).toBe(true);
      expect(await checkStored(env.storage, { sm3, sha256, size: bytes.length })).toEqual({ ok: true });
    });

    it('errors instead of ending when the stored bytes were changed, and reports a missing file', async () => {
      const bytes = Buffer.from('现场笔录'.repeat(1000), 'utf8');
      const { sm3, sha256 } = digestsOf(bytes);
      const staged = path.join(env.staging, 'c');
      await writeFile(staged, bytes);
      await (await env.storage.putFile(sm3, staged, bytes.length)).release();
      const altered = Buffer.from(bytes);
      altered[5] ^= 1;
      await env.tamper(sm3, altered);
      await expect(readAll(await openVerifiedEvidence(env.storage, sm3, { sha256 }))).rejects.toThrow(/哈希不符/);
      const result = await checkStored(env.storage, { sm3, sha256, size: bytes.length });
      expect(result.ok).toBe(false);
      const missing = 'f'.repeat(64);
      await expect(openVerifiedEvidence(env.storage, missing)).rejects.toMatchObject({ name: 'EvidenceIntegrityError', found: 'missing' });
      expect(await checkStored(env.storage, { sm3: missing })).toEqual({ ok: false, found: 'missing' });
    });

    it('refuses an address that is not a digest (no path from outside ever reaches the disk)', async () => {
      await expect(env.storage.read('../../etc/passwd')).rejects.toThrow(/invalid evidence address/);
    });
  });
};

storageContract('local disk', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sx-store-'));
  const storage = localStorage(dir);
  return {
    storage,
    staging: storage.stagingDir,
    tamper: (sm3, bytes) => writeFile(path.join(dir, 'objects', sm3.slice(0, 2), sm3), bytes),
    teardown: () => rm(dir, { recursive: true, force: true }),
  };
});

storageContract('S3-compatible (s3rver)', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sx-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'evidence', configs: [] }] });
  const { port } = (await server.run()) as unknown as { port: number };
  const storage = s3Storage({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket: 'evidence', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 'ev/', forcePathStyle: true }, path.join(dir, 'local'));
  return {
    storage,
    staging: storage.stagingDir,
    tamper: async (sm3, bytes) => {
      const file = await findFile(path.join(dir, 's3'), sm3);
      if (!file) throw new Error('object file not found in s3rver directory');
      await writeFile(file, bytes);
    },
    teardown: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('hashing in one pass', () => {
  it('gives the same SM3 and SHA-256 inline, on the SM3 thread, and when a partial file is re-hashed', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 123);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    const expected = digestsOf(bytes);
    const inline = inlineHashPair();
    inline.update(bytes);
    expect(await inline.digest()).toEqual(expected);
    const threaded = threadedHashPair();
    for (let at = 0; at < bytes.length; at += 65_536) await threaded.update(bytes.subarray(at, at + 65_536));
    expect(await threaded.digest()).toEqual(expected);
    const dir = await mkdtemp(path.join(tmpdir(), 'sx-hash-'));
    await writeFile(path.join(dir, 'part'), bytes.subarray(0, 1_000_000));
    const resumed = threadedHashPair();
    await feedFile(resumed, path.join(dir, 'part'), 1_000_000);
    await resumed.update(bytes.subarray(1_000_000));
    expect(await resumed.digest()).toEqual(expected);
    await rm(dir, { recursive: true, force: true });
  });
});
