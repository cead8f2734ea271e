import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './bytes.ts';
import { createMerkle, type StoredNode } from './merkle.ts';
import { appendLeaves, createMemoryNodeStore, withNodes } from './node-store.ts';
import { nodeTreeHasher } from './sm3-node.ts';
import { consistencyProofNodes, inclusionProofNodes, rootNodes, type NodeId } from './tree-math.ts';

const merkle = createMerkle(nodeTreeHasher);

// Stands in for the SQL table: rows as the server would insert them, read back by id in one query.
const fakeTable = () => {
  const rows = new Map<string, StoredNode>();
  const queries: number[] = [];
  return {
    insert: (nodes: readonly StoredNode[]) => {
      for (const n of nodes) {
        const key = `${n.level}:${n.index}`;
        if (rows.has(key)) throw new Error(`duplicate key ${key}`);
        rows.set(key, { ...n, hash: n.hash.slice() });
      }
    },
    read: async (ids: readonly NodeId[]) => {
      queries.push(ids.length);
      return ids.flatMap((id) => rows.get(`${id.level}:${id.index}`) ?? []);
    },
    queries,
  };
};

describe('server-style persistence through append() and withNodes()', () => {
  it('batch-appends, persists the returned nodes, and serves proofs with one read each', async () => {
    const table = fakeTable();
    const leaves = Array.from({ length: 300 }, (_, i) => merkle.leafHash(utf8(`event-${i}`)));
    let size = 0;
    for (const batch of [1, 2, 97, 100, 64, 36]) {
      const frontier = await withNodes(rootNodes(size), table.read, (get) => merkle.frontierAt(size, get));
      const result = merkle.append({ size, frontier }, leaves.slice(size, size + batch));
      table.insert(result.nodes);
      size = result.size;
      expect(toHex(result.root)).toBe(toHex(merkle.rootOf(leaves.slice(0, size))));
    }
    expect(size).toBe(300);
    // 300 leaves stored in 300 + (300 - popcount(300)) = 596 nodes.
    const all = await table.read(Array.from({ length: 9 }, (_, level) => Array.from({ length: 300 >> level }, (_, index) => ({ level, index }))).flat());
    expect(all.length).toBe(596);

    const root = merkle.rootOf(leaves);
    table.queries.length = 0;
    const proof = await withNodes(inclusionProofNodes(123, 300), table.read, (get) => merkle.inclusionProof(123, 300, get));
    expect(merkle.verifyInclusion(leaves[123], 123, 300, proof, root)).toBe(true);
    const consistency = await withNodes(consistencyProofNodes(77, 300), table.read, (get) => merkle.consistencyProof(77, 300, get));
    expect(merkle.verifyConsistency(77, 300, merkle.rootOf(leaves.slice(0, 77)), root, consistency)).toBe(true);
    expect(table.queries.length).toBe(2);
  });

  it('a node missing from the table surfaces as LEDGER_NODE_MISSING', async () => {
    const table = fakeTable();
    await expect(withNodes(inclusionProofNodes(0, 4), table.read, (get) => merkle.inclusionProof(0, 4, get))).rejects.toMatchObject({
      code: 'LEDGER_NODE_MISSING',
    });
  });

  it('the memory store grows past its initial capacity and keeps earlier nodes intact', () => {
    const store = createMemoryNodeStore();
    const leaves = Array.from({ length: 5000 }, (_, i) => merkle.leafHash(utf8(`x${i}`)));
    appendLeaves(merkle, store, leaves.slice(0, 1));
    const early = store.getNode(0, 0)!;
    appendLeaves(merkle, store, leaves.slice(1));
    expect(toHex(early)).toBe(toHex(leaves[0]));
    expect(toHex(merkle.rootAt(5000, store.getNode))).toBe(toHex(merkle.rootOf(leaves)));
    expect(store.getNode(0, 5000)).toBeUndefined();
    expect(store.getNode(13, 0)).toBeUndefined();
  });
});
