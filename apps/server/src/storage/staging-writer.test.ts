import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagingWriter } from './staging-writer.ts';

describe('stagingWriter', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sx-staging-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('appends every byte after what was staged, flushing to disk while the upload is still coming in', async () => {
    const file = path.join(dir, 'upload');
    const staged = randomBytes(1000);
    await writeFile(file, staged);
    const chunks = Array.from({ length: 64 }, () => randomBytes(64 * 1024 + 7));
    const flushedAt: number[] = [];
    await pipeline(Readable.from(chunks), stagingWriter(file, { flushEvery: 512 * 1024, onFlushed: (n) => flushedAt.push(n) }));
    expect(Buffer.compare(await readFile(file), Buffer.concat([staged, ...chunks]))).toBe(0);
    // Flushes happened before the last byte arrived, not only at the end.
    expect(flushedAt.length).toBeGreaterThan(0);
    expect(Math.min(...flushedAt)).toBeLessThan(chunks.length * chunks[0].length);
  });

  it("fails the pipeline with the file system's error when the staged file cannot be opened", async () => {
    const missingDir = path.join(dir, 'gone', 'upload');
    await expect(pipeline(Readable.from([Buffer.from('abc')]), stagingWriter(missingDir))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
