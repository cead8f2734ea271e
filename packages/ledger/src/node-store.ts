/**
 * Storage of perfect-subtree hashes ("nodes"), the only state a log needs to serve roots and proofs.
 *
 * Contract
 * - A node (level, index) is the MTH of leaves [index * 2^level, (index + 1) * 2^level); level 0 is
 *   the leaf hash H(0x00 || leaf data). A node is written once, when its last leaf is appended, and
 *   never changes: the table is append-only like the log itself.
 * - A tree of n leaves stores n + (n - popcount(n)) nodes, just under 2n.
 * - Reads a log needs: rootNodes(size) (root, and the frontier an appender continues from),
 *   inclusionProofNodes(index, size) and consistencyProofNodes(m, n), each O(log n) ids.
 *
 * How the server persists it (table `ledger_node(level int, idx bigint, hash bytea,
 * primary key (level, idx))` plus a one-row head holding size and root):
 * 1. In one transaction, lock the head row (SELECT ... FOR UPDATE) and read `size`.
 * 2. Read the frontier: SELECT level, idx, hash FROM ledger_node WHERE (level, idx) IN (rootNodes(size)),
 *    build getNode from the rows, and call merkle.frontierAt(size, getNode) (or keep it cached).
 * 3. r = merkle.append({ size, frontier }, leafHashes) for the whole batch of new events.
 * 4. INSERT every r.nodes row (one multi-row INSERT); the primary key turns a double append into an
 *    error instead of a silent overwrite. Update the head to (r.size, r.root). Commit.
 * For a proof, SELECT the ids of inclusionProofNodes / consistencyProofNodes in one query and pass
 * a getNode over the result to merkle.inclusionProof / consistencyProof; `withNodes` below does the
 * plumbing. (`idx` is a bigint column; node-postgres returns it as a string: convert with Number,
 * exact up to 2^53 leaves.)
 */
import { ledgerError } from './errors.ts';
import { HASH_SIZE } from './hasher.ts';
import type { AppendResult, GetNode, Merkle, StoredNode } from './merkle.ts';
import type { NodeId } from './tree-math.ts';

/** A synchronous node store; the in-memory one below, or any cache the caller fills from SQL. */
export type NodeStore = {
  /** Number of leaves (level-0 nodes) stored. */
  size: () => number;
  getNode: GetNode;
  /** Adds nodes in the order append() returns them; refuses gaps and rewrites. */
  putNodes: (nodes: readonly StoredNode[]) => void;
};

/**
 * Nodes in one flat byte array per level (32 bytes a node, about 64 MB for a million leaves) rather
 * than a Map of small arrays, which would cost several times that in object headers.
 * getNode returns a view into the store: read it, do not modify it.
 */
export const createMemoryNodeStore = (): NodeStore => {
  const levels: Uint8Array[] = [];
  const counts: number[] = [];

  // Checks the whole batch before writing any of it, so a refused batch leaves the store unchanged.
  const checkBatch = (nodes: readonly StoredNode[]) => {
    const next = [...counts];
    for (const { level, index, hash } of nodes) {
      if (hash.length !== HASH_SIZE) throw ledgerError('LEDGER_BAD_HASH_LENGTH', `节点哈希长度应为 ${HASH_SIZE} 字节`);
      const expected = next[level] ?? 0;
      if (index !== expected) {
        throw ledgerError('LEDGER_NODE_OUT_OF_ORDER', `树节点 (层 ${level}, 序号 ${index}) 不是该层的下一个节点（应为 ${expected}）`, {
          level,
          index,
        });
      }
      next[level] = expected + 1;
    }
  };

  const putNode = ({ level, index, hash }: StoredNode) => {
    while (levels.length <= level) {
      levels.push(new Uint8Array(HASH_SIZE * 1024));
      counts.push(0);
    }
    let buffer = levels[level];
    if (buffer.length < (index + 1) * HASH_SIZE) {
      const grown = new Uint8Array(buffer.length * 2);
      grown.set(buffer);
      levels[level] = buffer = grown;
    }
    buffer.set(hash, index * HASH_SIZE);
    counts[level]++;
  };

  return {
    size: () => counts[0] ?? 0,
    getNode: (level, index) =>
      level < levels.length && index >= 0 && index < counts[level]
        ? levels[level].subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE)
        : undefined,
    putNodes: (nodes) => {
      checkBatch(nodes);
      for (const node of nodes) putNode(node);
    },
  };
};

/** Appends leaf hashes to a synchronous store: read the frontier, append, write the new nodes. */
export const appendLeaves = (merkle: Merkle, store: NodeStore, leafHashes: readonly Uint8Array[]): AppendResult => {
  const size = store.size();
  const result = merkle.append({ size, frontier: merkle.frontierAt(size, store.getNode) }, leafHashes);
  store.putNodes(result.nodes);
  return result;
};

/** Reads a set of nodes in one round trip, e.g. `WHERE (level, idx) IN (...)`. Missing nodes are simply absent. */
export type ReadNodes = (ids: readonly NodeId[]) => Promise<readonly StoredNode[]>;

/**
 * Fetches `ids` with one call to an asynchronous store, then runs `use` with a synchronous getNode over
 * the result - the bridge from SQL to the pure proof functions:
 *   await withNodes(inclusionProofNodes(i, n), readNodes, (get) => merkle.inclusionProof(i, n, get))
 */
export const withNodes = async <T>(ids: readonly NodeId[], read: ReadNodes, use: (getNode: GetNode) => T): Promise<T> => {
  const found = new Map<string, Uint8Array>();
  for (const node of await read(ids)) found.set(`${node.level}:${node.index}`, node.hash);
  return use((level, index) => found.get(`${level}:${index}`));
};
