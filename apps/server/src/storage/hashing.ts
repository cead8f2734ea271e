import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';

export type Digests = { sm3: string; sha256: string };

/**
 * SM3 and SHA-256 of one stream in one pass. `update` may return a promise: the caller waits for it before
 * handing over more bytes, which is the back-pressure that keeps memory flat when the hashing thread is slower
 * than the network.
 */
export type HashPair = {
  update: (chunk: Buffer) => void | Promise<void>;
  digest: () => Promise<Digests>;
  /** Forget the state (an aborted upload); the pair cannot be used afterwards. */
  drop: () => void;
};

export const inlineHashPair = (): HashPair => {
  const sm3 = createHash('sm3');
  const sha = createHash('sha256');
  return {
    update: (chunk) => {
      sm3.update(chunk);
      sha.update(chunk);
    },
    digest: async () => ({ sm3: sm3.digest('hex'), sha256: sha.digest('hex') }),
    drop: () => {},
  };
};

// The SM3 thread: OpenSSL's SM3 is the slow one of the two (about a quarter of SHA-256's speed with SHA-NI),
// so it runs beside the main thread, which keeps reading the socket, writing the file and computing SHA-256.
// Bytes reach it through a ring of slots in one SharedArrayBuffer per upload: nothing is allocated or transferred
// per batch, so a gigabyte passing through does not make V8 count a gigabyte of new external memory (which
// would start a full garbage collection every few dozen megabytes).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const states = new Map();
parentPort.on('message', (m) => {
  if (m.op === 'open') {
    states.set(m.id, { hash: createHash('sm3'), ring: new Uint8Array(m.ring) });
  } else if (m.op === 'update') {
    const s = states.get(m.id);
    if (s) s.hash.update(s.ring.subarray(m.at, m.at + m.length));
    parentPort.postMessage({ id: m.id, op: 'ack' });
  } else if (m.op === 'digest') {
    const s = states.get(m.id);
    states.delete(m.id);
    parentPort.postMessage({ id: m.id, op: 'digest', sm3: (s ? s.hash : createHash('sm3')).digest('hex') });
  } else if (m.op === 'drop') {
    states.delete(m.id);
  }
});
`;

type Pending = { acks: number; waiters: Array<() => void>; digest?: (sm3: string) => void };

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

const sm3Worker = () => {
  if (worker) return worker;
  worker = new Worker(WORKER_SOURCE, { eval: true });
  worker.unref();
  worker.on('message', (m: { id: number; op: string; sm3?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    if (m.op === 'ack') {
      p.acks--;
      p.waiters.shift()?.();
    } else if (m.op === 'digest') {
      pending.delete(m.id);
      p.digest?.(m.sm3!);
    }
  });
  worker.on('exit', () => {
    worker = undefined;
  });
  return worker;
};

const BATCH = 1 << 20; // bytes handed to the SM3 thread at once (one slot of the ring)
const IN_FLIGHT = 8; // slots: batches the thread may be behind before the reader waits

/** SM3 on a worker thread, SHA-256 here. Bytes are copied once into the ring's slots, which the thread hashes in order. */
export const threadedHashPair = (): HashPair => {
  const w = sm3Worker();
  const id = nextId++;
  const state: Pending = { acks: 0, waiters: [] };
  pending.set(id, state);
  const ring = new SharedArrayBuffer(BATCH * IN_FLIGHT);
  const bytes = Buffer.from(ring);
  w.postMessage({ op: 'open', id, ring });
  const sha = createHash('sha256');
  let slot = 0; // the slot being filled; the thread frees slots in the order they were sent
  let filled = 0;
  const flush = () => {
    if (filled === 0) return;
    w.postMessage({ op: 'update', id, at: slot * BATCH, length: filled });
    state.acks++;
    slot = (slot + 1) % IN_FLIGHT;
    filled = 0;
  };
  // Copies into the ring; when every slot is still with the thread, waits for the oldest one and goes on from there.
  const feed = (chunk: Buffer, from: number): void | Promise<void> => {
    let at = from;
    while (at < chunk.length) {
      if (filled === 0 && state.acks >= IN_FLIGHT) return new Promise<void>((resolve) => state.waiters.push(resolve)).then(() => feed(chunk, at));
      const n = Math.min(BATCH - filled, chunk.length - at);
      chunk.copy(bytes, slot * BATCH + filled, at, at + n);
      filled += n;
      at += n;
      if (filled === BATCH) flush();
    }
  };
  return {
    update: (chunk) => {
      sha.update(chunk);
      return feed(chunk, 0);
    },
    digest: () => {
      flush();
      return new Promise<Digests>((resolve) => {
        state.digest = (sm3) => resolve({ sm3, sha256: sha.digest('hex') });
        w.postMessage({ op: 'digest', id });
      });
    },
    drop: () => {
      pending.delete(id);
      w.postMessage({ op: 'drop', id });
    },
  };
};

/** Below this size a second thread costs more than it saves. */
export const THREADED_HASH_FROM = 8 * 1024 * 1024;

export const hashPairFor = (length: number): HashPair => (length >= THREADED_HASH_FROM ? threadedHashPair() : inlineHashPair());

/** Feeds the first `upTo` bytes of a file into a hash pair (re-hashing a partial upload on resume). */
export const feedFile = async (pair: HashPair, file: string, upTo: number) => {
  if (upTo === 0) return;
  for await (const chunk of createReadStream(file, { start: 0, end: upTo - 1, highWaterMark: 1 << 20 })) {
    const wait = pair.update(chunk as Buffer);
    if (wait) await wait;
  }
};

export const hashStream = async (stream: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<Digests & { size: number }> => {
  const pair = inlineHashPair();
  let size = 0;
  for await (const chunk of stream) {
    pair.update(chunk);
    size += chunk.length;
  }
  return { ...(await pair.digest()), size };
};

export type { Hash };
