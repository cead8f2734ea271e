import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkEvidenceType, conflict, type EvidenceKind, invalid, SNIFF_BYTES } from '@sanxiang/domain';
import type { evidenceUpload } from '@sanxiang/db';
import type { EvidenceDeps } from '../../storage/evidence-deps.ts';
import { type Digests, feedFile, hashPairFor } from '../../storage/hashing.ts';
import { stagingWriter } from '../../storage/staging-writer.ts';
import { stagingPathOf } from './create-upload.ts';

type UploadRow = typeof evidenceUpload.$inferSelect;

const IDLE_HASH_STATE_MS = 30 * 60_000;

export class UploadRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type AppendResult =
  | { complete: false; offset: number }
  | { complete: true; offset: number; digests: Digests; mediaType: string; stagingPath: string };

const readHead = async (file: string, length: number) => {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
};

/** The staged size, which is the upload's offset (what HEAD answers). */
export const stagedOffset = async (deps: EvidenceDeps, upload: UploadRow) => {
  try {
    return (await stat(stagingPathOf(deps, upload.id))).size;
  } catch {
    return undefined;
  }
};

/**
 * tus PATCH: appends the request body to the staged file from the client's offset, streaming (never the whole
 * body in memory) and hashing SM3 and SHA-256 in the same pass. The real type is checked as soon as the first
 * bytes are in; a refused file is never completed. Hash state is kept between requests of this process; when
 * it is missing (a new process, a broken request) the staged bytes are hashed again before appending.
 */
export const appendUpload = async (deps: EvidenceDeps, upload: UploadRow, clientOffset: number, body: Readable): Promise<AppendResult> => {
  const file = stagingPathOf(deps, upload.id);
  const offset = await stagedOffset(deps, upload);
  if (offset === undefined) throw conflict('UPLOAD_GONE', '该上传的暂存数据已不存在，请重新上传');
  if (clientOffset !== offset) throw conflict('UPLOAD_OFFSET_MISMATCH', `上传偏移量不符：服务器已收到 ${offset} 字节`, { offset });
  if (deps.busyUploads.has(upload.id)) throw conflict('UPLOAD_BUSY', '该文件正在上传中，请稍后再续传');
  deps.busyUploads.add(upload.id);
  // Hash state of uploads left unfinished for a while is dropped (its batch buffers with it); a late resume
  // re-hashes the staged bytes instead.
  for (const [id, st] of deps.hashes) {
    if (Date.now() - st.at > IDLE_HASH_STATE_MS && !deps.busyUploads.has(id)) {
      st.pair.drop();
      deps.hashes.delete(id);
    }
  }
  const meta = upload.meta as { kind: EvidenceKind; filename: string };
  try {
    let state = deps.hashes.get(upload.id);
    if (!state || state.offset !== offset) {
      state?.pair.drop();
      const pair = hashPairFor(upload.length);
      await feedFile(pair, file, offset);
      state = { offset, pair, at: Date.now() };
    }
    deps.hashes.delete(upload.id);
    const pair = state.pair;

    // The first bytes decide the real type; they may span the bytes already staged and this request's.
    const sniffLength = Math.min(SNIFF_BYTES, upload.length);
    let head: Buffer | undefined = offset < sniffLength ? await readHead(file, offset) : undefined;
    let received = offset;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        if (received + chunk.length > upload.length) return done(invalid('UPLOAD_EXCEEDS_LENGTH', `上传内容超过声明的文件大小 ${upload.length} 字节`));
        received += chunk.length;
        if (head) {
          head = Buffer.concat([head, chunk.subarray(0, sniffLength - head.length)]);
          if (head.length >= sniffLength) {
            const check = checkEvidenceType(meta.kind, meta.filename, head);
            head = undefined;
            if (!check.ok) return done(new UploadRefused(check.code, check.message));
          }
        }
        const wait = pair.update(chunk);
        if (wait) wait.then(() => done(null, chunk), done);
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body, tap, stagingWriter(file));
    } catch (e) {
      // What reached the disk stays (the offset HEAD reports); the hash state is rebuilt from it on resume.
      pair.drop();
      throw e;
    }
    const now = (await stat(file)).size;
    if (now < upload.length) {
      deps.hashes.set(upload.id, { offset: now, pair, at: Date.now() });
      return { complete: false, offset: now };
    }
    const check = checkEvidenceType(meta.kind, meta.filename, await readHead(file, sniffLength));
    if (!check.ok) {
      pair.drop();
      throw new UploadRefused(check.code, check.message);
    }
    return { complete: true, offset: now, digests: await pair.digest(), mediaType: check.mediaType, stagingPath: file };
  } finally {
    deps.busyUploads.delete(upload.id);
  }
};
