import { createReadStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type EvidenceStorage, isAddress, StoredFileMissing } from './evidence-storage.ts';

export type S3Options = { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; prefix: string; forcePathStyle: boolean };

/**
 * Evidence in an S3-compatible object store (MinIO, Ceph, a cloud). Objects are keyed by SM3 like the local
 * store; an existing key is never written again. Partial uploads stage on local disk under `stagingDir`.
 */
export const s3Storage = (options: S3Options, stagingRoot: string): EvidenceStorage => {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    // Plain bodies: several S3-compatible servers store aws-chunked framing (with trailing checksums) as content.
    // Integrity is ours anyway: every read is checked against the item's SM3 and SHA-256.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const stagingDir = path.join(stagingRoot, 'staging');
  let made: Promise<unknown> | undefined;
  const ready = () => (made ??= mkdir(stagingDir, { recursive: true }));
  const keyOf = (sm3: string) => {
    if (!isAddress(sm3)) throw new Error(`invalid evidence address ${sm3}`);
    return `${options.prefix}${sm3}`;
  };
  const head = async (sm3: string) => {
    try {
      return await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: keyOf(sm3) }));
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (e as Error).name === 'NotFound' || (e as Error).name === 'NoSuchKey') return undefined;
      throw e;
    }
  };
  return {
    kind: 's3',
    stagingDir,
    prepare: async () => {
      await ready();
    },
    putFile: async (sm3, file, size) => {
      await ready();
      const existing = await head(sm3);
      if (!existing) {
        await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: keyOf(sm3), Body: createReadStream(file), ContentLength: size, ContentType: 'application/octet-stream' }));
      }
      // The staging copy stays until the caller has probed the media, then goes.
      return { created: !existing, localPath: file, release: async () => rm(file, { force: true }) };
    },
    stat: async (sm3) => {
      const h = await head(sm3);
      return h ? { size: Number(h.ContentLength ?? 0), version: `${h.ETag}:${h.LastModified?.getTime()}` } : undefined;
    },
    read: async (sm3, range) => {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(sm3), Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
        return res.Body as Readable;
      } catch (e) {
        const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 404 || (e as Error).name === 'NoSuchKey') throw new StoredFileMissing(sm3);
        throw e;
      }
    },
    putBytes: async (sm3, bytes) => {
      if (await head(sm3)) return;
      await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: keyOf(sm3), Body: bytes, ContentLength: bytes.length }));
    },
    describe: () => `S3 兼容存储 ${options.endpoint ?? ''}/${options.bucket}/${options.prefix}`,
  };
};

export const writeFileSynced = async (file: string, bytes: Buffer) => {
  const fh = await open(file, 'w');
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
};
