/**
 * RFC 6962 Merkle tree with SM3, bound to one hash backend. Roots and proofs are computed from stored
 * perfect-subtree hashes (see ./node-store.ts), never by rehashing the leaves, so a proof for a
 * million-leaf log reads at most 2*20 stored nodes.
 */
import { bytesEqual } from './bytes.ts';
import { ledgerError } from './errors.ts';
import { HASH_SIZE, type TreeHasher } from './hasher.ts';
import {
  consistencyRanges,
  inclusionRanges,
  perfectSubtrees,
  rootNodes,
  type LeafRange,
  type NodeId,
} from './tree-math.ts';

/** Synchronous read of one stored node; `undefined` when the store does not have it. */
export type GetNode = (level: number, index: number) => Uint8Array | undefined;

export type StoredNode = NodeId & { hash: Uint8Array };

/** What an appender must know about the tree before appending: its size and its rootNodes(size) hashes. */
export type AppendState = { size: number; frontier: readonly Uint8Array[] };

export type AppendResult = {
  size: number;
  root: Uint8Array;
  /** Hashes of rootNodes(size) after the append: feed back as the next AppendState.frontier. */
  frontier: Uint8Array[];
  /**
   * Every node the append created, to persist: per leaf, the leaf hash (level 0) followed by the
   * perfect subtrees that leaf completed, bottom up. Within a level, indices are consecutive.
   */
  nodes: StoredNode[];
};

export type Merkle = ReturnType<typeof createMerkle>;

const isPowerOfTwo = (n: number) => {
  while (n > 1 && n % 2 === 0) n /= 2;
  return n === 1;
};

const checkHash = (hash: Uint8Array, what: string) => {
  if (hash.length !== HASH_SIZE) {
    throw ledgerError('LEDGER_BAD_HASH_LENGTH', `${what}的长度应为 ${HASH_SIZE} 字节，实际为 ${hash.length} 字节`);
  }
};

export const createMerkle = (hasher: TreeHasher) => {
  const { leafHash, nodeHash, emptyRoot } = hasher;

  const readNode = (getNode: GetNode, { level, index }: NodeId): Uint8Array => {
    const hash = getNode(level, index);
    if (!hash) throw ledgerError('LEDGER_NODE_MISSING', `存储中缺少树节点 (层 ${level}, 序号 ${index})`, { level, index });
    return hash;
  };

  /** Right fold H(p0, H(p1, ... pn)) of perfect-subtree hashes, which is MTH of their concatenated leaves. */
  const foldRight = (hashes: readonly Uint8Array[]): Uint8Array => {
    if (hashes.length === 0) return emptyRoot;
    let acc = hashes[hashes.length - 1];
    for (let i = hashes.length - 2; i >= 0; i--) acc = nodeHash(hashes[i], acc);
    return acc;
  };

  const rangeHash = (range: LeafRange, getNode: GetNode): Uint8Array =>
    foldRight(perfectSubtrees(range).map((id) => readNode(getNode, id)));

  /**
   * Appends leaf hashes to a tree known by its frontier. Pure: storage is the caller's business, which
   * is what lets the server batch many leaves into one INSERT of `nodes` (see ./node-store.ts).
   */
  const append = (state: AppendState, leafHashes: readonly Uint8Array[]): AppendResult => {
    const expected = rootNodes(state.size).length;
    if (state.frontier.length !== expected) {
      throw ledgerError('LEDGER_FRONTIER_MISMATCH', `树大小 ${state.size} 需要 ${expected} 个边界节点，实际给出 ${state.frontier.length} 个`);
    }
    for (const hash of state.frontier) checkHash(hash, '边界节点哈希');
    const frontier = [...state.frontier];
    const nodes: StoredNode[] = [];
    let size = state.size;
    for (const leaf of leafHashes) {
      checkHash(leaf, '叶子哈希');
      let hash = leaf;
      let level = 0;
      let index = size;
      nodes.push({ level, index, hash });
      // An odd index at this level is a right child: it completes its parent with the frontier's
      // rightmost entry, which is exactly its left sibling.
      while (index % 2 === 1) {
        hash = nodeHash(frontier.pop()!, hash);
        level++;
        index = (index - 1) / 2;
        nodes.push({ level, index, hash });
      }
      frontier.push(hash);
      size++;
    }
    return { size, root: foldRight(frontier), frontier, nodes };
  };

  /** MTH of a list of leaf hashes in O(n) hashes and O(log n) memory. */
  const rootOf = (leafHashes: readonly Uint8Array[]): Uint8Array => {
    const frontier: Uint8Array[] = [];
    for (let i = 0; i < leafHashes.length; i++) {
      let hash = leafHashes[i];
      checkHash(hash, '叶子哈希');
      for (let index = i; index % 2 === 1; index = (index - 1) / 2) hash = nodeHash(frontier.pop()!, hash);
      frontier.push(hash);
    }
    return foldRight(frontier);
  };

  /** Root of the first `size` leaves from O(log size) stored nodes. */
  const rootAt = (size: number, getNode: GetNode): Uint8Array =>
    foldRight(rootNodes(size).map((id) => readNode(getNode, id)));

  /** The frontier for `append`, read from a store. */
  const frontierAt = (size: number, getNode: GetNode): Uint8Array[] => rootNodes(size).map((id) => readNode(getNode, id));

  /** Audit path of RFC 6962 section 2.1.1: at most ceil(log2 size) hashes. */
  const inclusionProof = (index: number, size: number, getNode: GetNode): Uint8Array[] =>
    inclusionRanges(index, size).map((range) => rangeHash(range, getNode));

  /** Consistency proof of RFC 6962 section 2.1.2. */
  const consistencyProof = (oldSize: number, newSize: number, getNode: GetNode): Uint8Array[] =>
    consistencyRanges(oldSize, newSize).map((range) => rangeHash(range, getNode));

  /**
   * RFC 9162 section 2.1.3.2. Returns false for any mismatch or malformed input, never throws.
   * `size` and `root` must come from the same verified checkpoint: the math binds a size only through
   * its root, and some proofs also fit a neighbouring size whose shape is the same.
   */
  const verifyInclusion = (
    leaf: Uint8Array,
    index: number,
    size: number,
    proof: readonly Uint8Array[],
    root: Uint8Array,
  ): boolean => {
    if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
    if (leaf.length !== HASH_SIZE || root.length !== HASH_SIZE) return false;
    let fn = index;
    let sn = size - 1;
    let r = leaf;
    for (const p of proof) {
      if (p.length !== HASH_SIZE || sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      } else {
        r = nodeHash(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && bytesEqual(r, root);
  };

  /**
   * RFC 9162 section 2.1.4.2, extended to the trivial cases (old size 0, equal sizes) with an empty
   * proof. As for inclusion, each size must come with the root of the checkpoint that states it.
   */
  const verifyConsistency = (
    oldSize: number,
    newSize: number,
    oldRoot: Uint8Array,
    newRoot: Uint8Array,
    proof: readonly Uint8Array[],
  ): boolean => {
    if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
    if (oldRoot.length !== HASH_SIZE || newRoot.length !== HASH_SIZE) return false;
    if (oldSize === 0) return proof.length === 0 && bytesEqual(oldRoot, emptyRoot);
    if (oldSize === newSize) return proof.length === 0 && bytesEqual(oldRoot, newRoot);
    if (proof.length === 0 || proof.some((p) => p.length !== HASH_SIZE)) return false;
    // When the old tree is a perfect subtree the prover leaves out its root, which the verifier has.
    const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
    let fn = oldSize - 1;
    let sn = newSize - 1;
    while (fn % 2 === 1) {
      fn = (fn - 1) / 2;
      sn = Math.floor(sn / 2);
    }
    let fr = path[0];
    let sr = path[0];
    for (let i = 1; i < path.length; i++) {
      const c = path[i];
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot);
  };

  return {
    hasher,
    emptyRoot,
    leafHash,
    nodeHash,
    rootOf,
    append,
    rootAt,
    frontierAt,
    inclusionProof,
    consistencyProof,
    verifyInclusion,
    verifyConsistency,
  };
};
