/**
 * Browser-safe surface of the ledger: nothing reachable from here imports a node: module, so the web
 * console and the portal can bundle it with Vite. `merkle` here hashes with pure-JS SM3; the server
 * imports '@sanxiang/ledger/node' instead, whose `merkle` uses OpenSSL and gives identical results.
 */
import { createMerkle } from './merkle.ts';
import { jsTreeHasher } from './sm3.ts';

export * from './errors.ts';
export { toHex, fromHex, toBase64, fromBase64, utf8, bytesEqual, concatBytes } from './bytes.ts';
export { HASH_SIZE, treeHasherFrom, type Sm3, type TreeHasher } from './hasher.ts';
export { sm3Js, jsTreeHasher } from './sm3.ts';
export * from './tree-math.ts';
export { createMerkle, type Merkle, type GetNode, type StoredNode, type AppendState, type AppendResult } from './merkle.ts';
export { createMemoryNodeStore, appendLeaves, withNodes, type NodeStore, type ReadNodes } from './node-store.ts';
export {
  generateSigningKey,
  formatVerifierKey,
  parseVerifierKey,
  keyIdOf,
  SIGNATURE_TYPE,
  SM2_USER_ID,
  type KeyPair,
  type SigningKey,
  type VerifierKey,
} from './sm2-keys.ts';
export { parseNote, formatNote, type Note, type NoteSignature } from './note.ts';
export {
  signCheckpoint,
  parseCheckpoint,
  verifyCheckpoint,
  formatCheckpointText,
  parseCheckpointText,
  type Checkpoint,
  type ParsedCheckpoint,
} from './checkpoint.ts';
export { encodeLeaf, canonicalJson, type LeafValue } from './leaf-encoding.ts';

/** The tree bound to pure-JS SM3. */
export const merkle = createMerkle(jsTreeHasher);
