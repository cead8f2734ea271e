import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { threadedHashPair } from './hashing.ts';

const digestsOf = (data: Buffer) => ({ sm3: createHash('sm3').update(data).digest('hex'), sha256: createHash('sha256').update(data).digest('hex') });

describe('threadedHashPair', () => {
  it('gives the same SM3 and SHA-256 as hashing in one piece, for chunks of every size across the ring', async () => {
    const data = randomBytes(21 * 1024 * 1024 + 333);
    const pair = threadedHashPair();
    // Uneven chunks: some smaller than a batch, some spanning several batches and wrapping around the ring.
    const sizes = [1, 65_536, 3 * 1024 * 1024 + 17, 7, 9 * 1024 * 1024, 100_000];
    let at = 0;
    for (let i = 0; at < data.length; i++) {
      const n = Math.min(sizes[i % sizes.length], data.length - at);
      const wait = pair.update(data.subarray(at, at + n));
      if (wait) await wait;
      at += n;
    }
    expect(await pair.digest()).toEqual(digestsOf(data));
  });

  it('keeps two uploads hashing at once apart', async () => {
    const a = randomBytes(10 * 1024 * 1024);
    const b = randomBytes(12 * 1024 * 1024);
    const pa = threadedHashPair();
    const pb = threadedHashPair();
    for (let at = 0; at < b.length; at += 1024 * 1024) {
      if (at < a.length) await pa.update(a.subarray(at, at + 1024 * 1024));
      await pb.update(b.subarray(at, at + 1024 * 1024));
    }
    expect(await pa.digest()).toEqual(digestsOf(a));
    expect(await pb.digest()).toEqual(digestsOf(b));
  });
});
