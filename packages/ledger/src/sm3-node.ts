/**
 * OpenSSL SM3 through node:crypto: the server and CLI backend. Reachable only from ./node.ts so that
 * the browser bundle never sees a node: import.
 */
import * as nodeCrypto from 'node:crypto';
import { HASH_SIZE, treeHasherFrom, type Sm3, type TreeHasher } from './hasher.ts';

// Read through the namespace so a Node without crypto.hash gets undefined instead of a link error.
const oneShot = typeof nodeCrypto.hash === 'function' ? nodeCrypto.hash : undefined;

// Measured on Node 20 (bench/ledger/tree.bench.ts): the hashing is the small part of a call. The
// one-shot crypto.hash (Node >= 20.12) skips building a Hash object, and asking for a latin1 string
// ('binary', Node's name for latin1) instead of a Buffer skips allocating a Buffer with its own
// backing store, the largest single cost. Latin1 maps each byte to one char code 0-255, so decoding
// is exact. Together: ~0.6 us for a 65-byte interior node against ~1.5 us for createHash().digest().
const fromLatin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(HASH_SIZE);
  for (let i = 0; i < HASH_SIZE; i++) out[i] = s.charCodeAt(i);
  return out;
};

export const sm3Node: Sm3 = oneShot
  ? (data) => fromLatin1(oneShot('sm3', data, 'binary'))
  : (data) => fromLatin1(nodeCrypto.createHash('sm3').update(data).digest('binary'));

export const nodeTreeHasher: TreeHasher = treeHasherFrom(sm3Node);
