import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';

/** Bytes written between two background flushes of the staged file. */
export const FLUSH_EVERY = 32 * 1024 * 1024;

/**
 * Appends to a staged upload and keeps the disk busy while the upload is still coming in.
 *
 * The file is fsync'd before it enters the store; on a machine with much memory the kernel would otherwise keep
 * a whole upload of a gigabyte dirty in the page cache and write all of it during that final fsync, after the
 * last byte, so the client would wait for the network and then for the disk. Here an fdatasync runs on the
 * thread pool every `FLUSH_EVERY` bytes (one at a time, never awaited by the writes), so the disk writes overlap
 * the transfer and the final fsync finds little left to do.
 */
export const stagingWriter = (file: string, { flushEvery = FLUSH_EVERY, onFlushed }: { flushEvery?: number; onFlushed?: (bytes: number) => void } = {}) => {
  let total = 0;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  let unflushed = 0;
  let flushing: Promise<void> | undefined;
  let flushError: unknown;
  const flushInBackground = () => {
    if (flushing || !handle || unflushed < flushEvery) return;
    unflushed = 0;
    const upTo = total;
    flushing = handle
      .datasync()
      .then(() => onFlushed?.(upTo))
      .catch((e: unknown) => {
        flushError = e;
      })
      .finally(() => {
        flushing = undefined;
      });
  };
  const writeAll = async (chunks: Buffer[]) => {
    handle ??= await open(file, 'a');
    if (flushError) throw flushError;
    let length = 0;
    for (const c of chunks) length += c.length;
    let written = 0;
    while (written < length) {
      const { bytesWritten } = await handle.writev(written === 0 ? chunks : [Buffer.concat(chunks).subarray(written)]);
      written += bytesWritten;
    }
    unflushed += length;
    total += length;
    flushInBackground();
  };
  const closeHandle = async () => {
    await flushing;
    const h = handle;
    handle = undefined;
    await h?.close();
  };
  return new Writable({
    highWaterMark: 1 << 20,
    writev(entries, done) {
      writeAll(entries.map((e) => e.chunk as Buffer)).then(() => done(), done);
    },
    final(done) {
      closeHandle().then(() => done(flushError as Error | undefined), done);
    },
    destroy(error, done) {
      closeHandle().then(
        () => done(error),
        () => done(error),
      );
    },
  });
};
