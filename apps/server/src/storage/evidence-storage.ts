import { createReadStream } from 'node:fs';
import { link, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** An inclusive byte range, as HTTP Range gives it. */
export type ByteRange = { start: number; end: number };

/**
 * Where evidence files live, addressed by their SM3 digest (hex). Content-addressed: the same bytes are stored
 * once however many items use them; nothing is ever overwritten under an address. Partial uploads always
 * stage on local disk (`stagingDir`); only complete files enter the store.
 */
export type EvidenceStorage = {
  kind: 'local' | 's3';
  stagingDir: string;
  /** Creates the directories (and checks the store is reachable) before first use. */
  prepare: () => Promise<void>;
  /**
   * Moves a complete, fsync'd staging file into the store. Returns whether the content was new and, while
   * `release` has not been called, a local path with the bytes (for ffmpeg).
   */
  putFile: (sm3: string, file: string, size: number) => Promise<{ created: boolean; localPath: string; release: () => Promise<void> }>;
  /** Size and a version that changes whenever the stored bytes change (mtime/inode, ETag). */
  stat: (sm3: string) => Promise<{ size: number; version: string } | undefined>;
  read: (sm3: string, range?: ByteRange) => Promise<Readable>;
  /** Puts small derived content (poster frames) under its own SM3. */
  putBytes: (sm3: string, bytes: Buffer) => Promise<void>;
  describe: () => string;
};

export const isAddress = (sm3: string) => /^[0-9a-f]{64}$/.test(sm3);

const assertAddress = (sm3: string) => {
  // The address is the only thing that ever becomes part of a path: a 64-digit hex string cannot traverse.
  if (!isAddress(sm3)) throw new Error(`invalid evidence address ${sm3}`);
};

export class StoredFileMissing extends Error {
  constructor(readonly sm3: string) {
    super(`stored evidence file ${sm3} is missing`);
  }
}

const fsyncPath = async (p: string, flags = 'r') => {
  const fh = await open(p, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
};

/** Content-addressed files under `root`: objects/ab/<sm3>, staging/<upload id>. */
export const localStorage = (root: string): EvidenceStorage => {
  const objects = path.join(root, 'objects');
  const stagingDir = path.join(root, 'staging');
  const objectPath = (sm3: string) => {
    assertAddress(sm3);
    return path.join(objects, sm3.slice(0, 2), sm3);
  };
  let made: Promise<void> | undefined;
  const ready = () =>
    (made ??= (async () => {
      await mkdir(objects, { recursive: true });
      await mkdir(stagingDir, { recursive: true });
    })().catch((e) => {
      made = undefined;
      throw e;
    }));
  return {
    kind: 'local',
    stagingDir,
    prepare: () => ready(),
    putFile: async (sm3, file) => {
      await ready();
      const target = objectPath(sm3);
      await mkdir(path.dirname(target), { recursive: true });
      await fsyncPath(file);
      try {
        // link() refuses to replace an existing address: the first stored copy stays, a duplicate is dropped.
        await link(file, target);
        await unlink(file);
        await fsyncPath(path.dirname(target));
        return { created: true, localPath: target, release: async () => {} };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
          if ((e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOTSUP') {
            await rename(file, target); // file systems without hard links
            return { created: true, localPath: target, release: async () => {} };
          }
          throw e;
        }
        await unlink(file);
        return { created: false, localPath: target, release: async () => {} };
      }
    },
    stat: async (sm3) => {
      try {
        const s = await stat(objectPath(sm3));
        return { size: s.size, version: `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` };
      } catch {
        return undefined;
      }
    },
    read: async (sm3, range) => {
      const p = objectPath(sm3);
      try {
        await stat(p);
      } catch {
        throw new StoredFileMissing(sm3);
      }
      return createReadStream(p, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end } : {}) });
    },
    putBytes: async (sm3, bytes) => {
      await ready();
      const target = objectPath(sm3);
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = path.join(stagingDir, `derived-${sm3}-${process.pid}`);
      const fh = await open(tmp, 'w');
      try {
        await fh.writeFile(bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, target);
    },
    describe: () => `本地磁盘 ${root}`,
  };
};

/** Removes a staging file quietly (refused or abandoned uploads). */
export const removeQuietly = async (file: string) => {
  await rm(file, { force: true });
};
