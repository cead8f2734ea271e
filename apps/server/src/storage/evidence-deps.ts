import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { type EvidenceStorage, localStorage } from './evidence-storage.ts';
import type { HashPair } from './hashing.ts';
import { s3Storage } from './s3-storage.ts';

/**
 * What the evidence module needs from its surroundings: where files live, the size limit, and ffmpeg (or
 * not). Read from the environment; tests build their own.
 */
export type EvidenceDeps = {
  storage: EvidenceStorage;
  /** Largest file accepted, in bytes (413 above it). */
  maxBytes: number;
  /** ffmpeg and ffprobe for poster frames and durations; null: not installed, everything else still works. */
  ffmpeg: { ffmpeg: string; ffprobe: string } | null;
  /** Files whose full hash was checked recently, by address and stored version: ranged reads rely on it. */
  verified: Map<string, { version: string; at: number }>;
  /** Uploads a request is appending to right now (a second PATCH meanwhile is 409). */
  busyUploads: Set<string>;
  /** Hash state of uploads between PATCH requests of this process (lost on restart: resumption re-hashes the staged bytes). */
  hashes: Map<string, { offset: number; pair: HashPair; at: number }>;
  /** Background media extraction still running (tests wait for it). */
  background: Set<Promise<unknown>>;
};

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export const findFfmpeg = (ffmpegPath: string | undefined): EvidenceDeps['ffmpeg'] => {
  if (ffmpegPath === '' || ffmpegPath === 'none') return null;
  const ffmpeg = ffmpegPath ?? '/usr/bin/ffmpeg';
  const ffprobe = path.join(path.dirname(ffmpeg), 'ffprobe');
  return executable(ffmpeg) && executable(ffprobe) ? { ffmpeg, ffprobe } : null;
};

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024 * 1024; // 8 GiB: a day of body-camera video

export const createEvidenceDeps = (options: { storage: EvidenceStorage; maxBytes?: number; ffmpegPath?: string }): EvidenceDeps => ({
  storage: options.storage,
  maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  ffmpeg: findFfmpeg(options.ffmpegPath),
  verified: new Map(),
  busyUploads: new Set(),
  hashes: new Map(),
  background: new Set(),
});

/**
 * From the environment: EVIDENCE_STORAGE=local (DATA_DIR/evidence, or EVIDENCE_DIR) or s3 (EVIDENCE_S3_ENDPOINT,
 * _BUCKET, _REGION, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY, _PREFIX); EVIDENCE_MAX_BYTES; FFMPEG_PATH ('none' to
 * switch extraction off).
 */
export const evidenceDepsFromEnv = (dataDir: string, env: NodeJS.ProcessEnv = process.env): EvidenceDeps => {
  const root = path.resolve(env.EVIDENCE_DIR ?? path.join(dataDir, 'evidence'));
  const storage =
    env.EVIDENCE_STORAGE === 's3'
      ? s3Storage(
          {
            endpoint: env.EVIDENCE_S3_ENDPOINT || undefined,
            region: env.EVIDENCE_S3_REGION ?? 'us-east-1',
            bucket: env.EVIDENCE_S3_BUCKET ?? 'sanxiang-evidence',
            accessKeyId: env.EVIDENCE_S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.EVIDENCE_S3_SECRET_ACCESS_KEY ?? '',
            prefix: env.EVIDENCE_S3_PREFIX ?? 'evidence/',
            forcePathStyle: env.EVIDENCE_S3_PATH_STYLE !== '0',
          },
          root,
        )
      : localStorage(root);
  const max = env.EVIDENCE_MAX_BYTES ? Number(env.EVIDENCE_MAX_BYTES) : undefined;
  return createEvidenceDeps({ storage, maxBytes: max && Number.isFinite(max) && max > 0 ? max : undefined, ffmpegPath: env.FFMPEG_PATH });
};
