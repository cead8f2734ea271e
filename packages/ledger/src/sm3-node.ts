/**
 * OpenSSL SM3 through node:crypto: the server and CLI backend. Reachable only from ./node.ts so that
 * the browser bundle never sees a node: import.
 */
import * as nodeCrypto from 'node:crypto';
import { treeHasherFrom, type Sm3, type TreeHasher } from './hasher.ts';

// The one-shot crypto.hash (Node >= 20.12) skips creating a Hash object per call, which for the
// 65-byte interior-node inputs costs more than the hashing itself. Older Nodes fall back.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Uint8Array }).hash;

// Buffers are re-viewed as plain Uint8Arrays: Buffer#slice returns a view where Uint8Array#slice
// copies, and a caller who "copies" a hash to modify it must not corrupt the original.
const plain = (b: Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const sm3Node: Sm3 = oneShot
  ? (data) => plain(oneShot('sm3', data, 'buffer'))
  : (data) => plain(nodeCrypto.createHash('sm3').update(data).digest());

export const nodeTreeHasher: TreeHasher = treeHasherFrom(sm3Node);
