import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { type EvidenceStorage, StoredFileMissing } from './evidence-storage.ts';

export type Expected = { sm3: string; sha256?: string; size?: number };
export type Found = { sm3: string; sha256: string; size: number } | 'missing';

/** The stored bytes are not the bytes that were ingested (or are gone): never served, always an alarm. */
export class EvidenceIntegrityError extends Error {
  constructor(
    readonly expected: Expected,
    readonly found: Found,
  ) {
    super(found === 'missing' ? `证据文件 ${expected.sm3} 缺失` : `证据文件 ${expected.sm3} 的哈希不符：实际 SM3 ${found.sm3}`);
    this.name = 'EvidenceIntegrityError';
  }
}

export const isIntegrityError = (e: unknown): e is EvidenceIntegrityError => e instanceof EvidenceIntegrityError;

const matches = (expected: Expected, found: Exclude<Found, 'missing'>) =>
  found.sm3 === expected.sm3 && (!expected.sha256 || found.sha256 === expected.sha256) && (expected.size === undefined || found.size === expected.size);

/**
 * A stream of the hashes' check: every byte passes through SM3 and SHA-256, and the last chunk is held back
 * until both digests match, so a reader never receives the whole of a file that does not match; on mismatch
 * the stream errors with EvidenceIntegrityError instead of ending.
 */
export const verifyingTransform = (expected: Expected) => {
  const sm3 = createHash('sm3');
  const sha = createHash('sha256');
  let size = 0;
  let held: Buffer | undefined;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      sm3.update(chunk);
      sha.update(chunk);
      size += chunk.length;
      const out = held;
      held = chunk;
      done(null, out);
    },
    flush(done) {
      const found = { sm3: sm3.digest('hex'), sha256: sha.digest('hex'), size };
      if (!matches(expected, found)) return done(new EvidenceIntegrityError(expected, found));
      if (held) this.push(held);
      done();
    },
  });
};

/**
 * For the archive (电子卷宗) and every full read: the stored file as a stream that errors on a hash mismatch
 * (or when the file is missing) instead of ending normally.
 */
export const openVerifiedEvidence = async (storage: EvidenceStorage, sm3: string, expected: Omit<Expected, 'sm3'> = {}): Promise<Readable> => {
  let source: Readable;
  try {
    source = await storage.read(sm3);
  } catch (e) {
    if (e instanceof StoredFileMissing) throw new EvidenceIntegrityError({ sm3, ...expected }, 'missing');
    throw e;
  }
  const check = verifyingTransform({ sm3, ...expected });
  source.on('error', (e) => check.destroy(e));
  return source.pipe(check);
};

/** Re-hashes a stored file completely: what `npm run verify` and the first ranged read of a file do. */
export const checkStored = async (storage: EvidenceStorage, expected: Expected): Promise<{ ok: true } | { ok: false; found: Found }> => {
  let source: Readable;
  try {
    source = await storage.read(expected.sm3);
  } catch (e) {
    if (e instanceof StoredFileMissing) return { ok: false, found: 'missing' };
    throw e;
  }
  const sm3 = createHash('sm3');
  const sha = createHash('sha256');
  let size = 0;
  for await (const chunk of source) {
    sm3.update(chunk as Buffer);
    sha.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  const found = { sm3: sm3.digest('hex'), sha256: sha.digest('hex'), size };
  return matches(expected, found) ? { ok: true } : { ok: false, found };
};
