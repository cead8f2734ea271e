import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, toHex, utf8 } from './bytes.ts';
import { createMerkle } from './merkle.ts';
import { appendLeaves, createMemoryNodeStore } from './node-store.ts';
import { jsTreeHasher } from './sm3.ts';
import { nodeTreeHasher, sm3Node } from './sm3-node.ts';
import { inclusionProofNodes, inclusionRanges } from './tree-math.ts';

const merkle = createMerkle(nodeTreeHasher);

// The naive RFC 6962 definitions, written straight from section 2.1 with raw SM3 and fresh
// concatenation, sharing no code with the implementation under test.
const H = (...parts: Uint8Array[]) => sm3Node(concatBytes(...parts));
const naiveLeaf = (data: Uint8Array) => H(Uint8Array.of(0x00), data);
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
const naiveMth = (leaves: Uint8Array[]): Uint8Array => {
  if (leaves.length === 0) return H();
  if (leaves.length === 1) return leaves[0];
  const split = k(leaves.length);
  return H(Uint8Array.of(0x01), naiveMth(leaves.slice(0, split)), naiveMth(leaves.slice(split)));
};
const naivePath = (m: number, leaves: Uint8Array[]): Uint8Array[] => {
  if (leaves.length <= 1) return [];
  const split = k(leaves.length);
  return m < split
    ? [...naivePath(m, leaves.slice(0, split)), naiveMth(leaves.slice(split))]
    : [...naivePath(m - split, leaves.slice(split)), naiveMth(leaves.slice(0, split))];
};
const naiveSubproof = (m: number, leaves: Uint8Array[], whole: boolean): Uint8Array[] => {
  if (m === leaves.length) return whole ? [] : [naiveMth(leaves)];
  const split = k(leaves.length);
  return m <= split
    ? [...naiveSubproof(m, leaves.slice(0, split), whole), naiveMth(leaves.slice(split))]
    : [...naiveSubproof(m - split, leaves.slice(split), false), naiveMth(leaves.slice(0, split))];
};

const hexes = (list: Uint8Array[]) => list.map(toHex);
const flipBit = (bytes: Uint8Array, bit: number) => {
  const out = bytes.slice();
  out[bit >> 3] ^= 1 << (bit & 7);
  return out;
};

const leafData = (i: number) => utf8(`leaf-${i}`);
const MAX = 40;
// One spare leaf so that "the same proof against the next size's root" can be tried at 40 as well.
const allLeaves = Array.from({ length: MAX + 1 }, (_, i) => naiveLeaf(leafData(i)));
const leaves = allLeaves.slice(0, MAX);
const naiveRoots = Array.from({ length: MAX + 2 }, (_, n) => naiveMth(allLeaves.slice(0, n)));

// Built one leaf at a time, the way a quiet log grows.
const store = createMemoryNodeStore();
for (const leaf of leaves) appendLeaves(merkle, store, [leaf]);

describe('tree hashes', () => {
  it('root of "a", "b", "c" is the fixed value', () => {
    // Computed once with naiveMth above (RFC 6962 section 2.1 with SM3) and pinned here, so a change
    // to either implementation or to the SM3 backend shows up as a changed constant.
    const expected = '2706e4e4d41c1ed9c3fe7f7822bf360a67abcc052cc2c00022c1313ec3ded965';
    const abc = ['a', 'b', 'c'].map(utf8);
    expect(toHex(naiveMth(abc.map(naiveLeaf)))).toBe(expected);
    expect(toHex(merkle.rootOf(abc.map(merkle.leafHash)))).toBe(expected);
    const browser = createMerkle(jsTreeHasher);
    expect(toHex(browser.rootOf(abc.map(browser.leafHash)))).toBe(expected);
  });

  it('rootOf matches the naive MTH for sizes 0..20', () => {
    for (let n = 0; n <= 20; n++) expect(toHex(merkle.rootOf(leaves.slice(0, n)))).toBe(toHex(naiveRoots[n]));
  });

  it('rootAt from stored nodes matches the naive MTH for every size up to 40', () => {
    for (let n = 0; n <= MAX; n++) expect(toHex(merkle.rootAt(n, store.getNode))).toBe(toHex(naiveRoots[n]));
  });

  it('leafHash equals H(0x00 || data)', () => {
    expect(toHex(merkle.leafHash(leafData(7)))).toBe(toHex(leaves[7]));
  });
});

describe('inclusion proofs, every (index, size) with size <= 40', () => {
  it('equal the naive audit path, fit ceil(log2 n) and verify', () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 0; m < n; m++) {
        const proof = merkle.inclusionProof(m, n, store.getNode);
        expect(hexes(proof)).toEqual(hexes(naivePath(m, leaves.slice(0, n))));
        expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
        expect(merkle.verifyInclusion(leaves[m], m, n, proof, naiveRoots[n])).toBe(true);
      }
    }
  });

  it('fail on a flipped bit, a wrong index, size, leaf or root, or a changed length', () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 0; m < n; m++) {
        const proof = merkle.inclusionProof(m, n, store.getNode);
        const root = naiveRoots[n];
        const verify = (leaf = leaves[m], index = m, size = n, p = proof, r = root) => merkle.verifyInclusion(leaf, index, size, p, r);
        for (let i = 0; i < proof.length; i++) {
          const tampered = proof.slice();
          tampered[i] = flipBit(proof[i], (m * 7 + i) % 256);
          expect(verify(leaves[m], m, n, tampered)).toBe(false);
        }
        expect(verify(flipBit(leaves[m], 0))).toBe(false);
        expect(verify(leaves[m], m, n, proof, flipBit(root, 255))).toBe(false);
        for (let other = 0; other < n; other++) if (other !== m) expect(verify(leaves[m], other)).toBe(false);
        expect(verify(leaves[m], n)).toBe(false);
        expect(verify(leaves[m], -1)).toBe(false);
        // A size is bound to its root only by the signed checkpoint, so a wrong size is tried with the
        // root of that size: the same proof claimed against the n + 1 tree must fail.
        expect(verify(leaves[m], m, n + 1, proof, naiveRoots[n + 1])).toBe(false);
        if (proof.length > 0) expect(verify(leaves[m], m, n, proof.slice(0, -1))).toBe(false);
        expect(verify(leaves[m], m, n, [...proof, leaves[0]])).toBe(false);
      }
    }
  });

  it('needs at most 20 hashes and 40 stored nodes for a million-leaf tree', () => {
    const size = 1_000_000;
    for (const index of [0, 1, 2, 499_999, 524_287, 524_288, 999_998, 999_999]) {
      expect(inclusionRanges(index, size).length).toBeLessThanOrEqual(20);
      expect(inclusionProofNodes(index, size).length).toBeLessThanOrEqual(40);
    }
  });

  it('refuse an index outside the tree', () => {
    expect(() => merkle.inclusionProof(5, 5, store.getNode)).toThrow(expect.objectContaining({ code: 'LEDGER_INDEX_OUT_OF_RANGE' }));
    expect(() => merkle.inclusionProof(0, 0, store.getNode)).toThrow(expect.objectContaining({ code: 'LEDGER_INDEX_OUT_OF_RANGE' }));
  });

  it('report a node the store does not have', () => {
    expect(() => merkle.inclusionProof(0, MAX + 2, store.getNode)).toThrow(expect.objectContaining({ code: 'LEDGER_NODE_MISSING' }));
  });
});

describe('consistency proofs, every 1 <= m <= n <= 40', () => {
  it('equal the naive SUBPROOF and verify', () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = merkle.consistencyProof(m, n, store.getNode);
        expect(hexes(proof)).toEqual(hexes(m === n ? [] : naiveSubproof(m, leaves.slice(0, n), true)));
        expect(merkle.verifyConsistency(m, n, naiveRoots[m], naiveRoots[n], proof)).toBe(true);
      }
    }
  });

  it('fail on a flipped bit, wrong sizes or wrong roots', () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = merkle.consistencyProof(m, n, store.getNode);
        const verify = (om = m, on = n, oldRoot = naiveRoots[m], newRoot = naiveRoots[n], p = proof) =>
          merkle.verifyConsistency(om, on, oldRoot, newRoot, p);
        for (let i = 0; i < proof.length; i++) {
          const tampered = proof.slice();
          tampered[i] = flipBit(proof[i], (m * 5 + n + i) % 256);
          expect(verify(m, n, naiveRoots[m], naiveRoots[n], tampered)).toBe(false);
        }
        expect(verify(m, n, flipBit(naiveRoots[m], 3))).toBe(false);
        expect(verify(m, n, naiveRoots[m], flipBit(naiveRoots[n], 3))).toBe(false);
        for (let other = 1; other <= n; other++) if (other !== m) expect(verify(other)).toBe(false);
        expect(verify(m, n + 1, naiveRoots[m], naiveRoots[n + 1])).toBe(false);
        if (proof.length > 0) expect(verify(m, n, naiveRoots[m], naiveRoots[n], proof.slice(1))).toBe(false);
        expect(verify(m, n, naiveRoots[m], naiveRoots[n], [...proof, leaves[0]])).toBe(false);
      }
    }
  });

  it('treat the empty old tree as trivially consistent, and only with an empty proof', () => {
    expect(merkle.consistencyProof(0, 9, store.getNode)).toEqual([]);
    expect(merkle.verifyConsistency(0, 9, merkle.emptyRoot, naiveRoots[9], [])).toBe(true);
    expect(merkle.verifyConsistency(0, 9, naiveRoots[1], naiveRoots[9], [])).toBe(false);
    expect(merkle.verifyConsistency(0, 9, merkle.emptyRoot, naiveRoots[9], [leaves[0]])).toBe(false);
  });

  it('refuse a shrinking tree', () => {
    expect(() => merkle.consistencyProof(5, 4, store.getNode)).toThrow(expect.objectContaining({ code: 'LEDGER_INDEX_OUT_OF_RANGE' }));
    expect(merkle.verifyConsistency(5, 4, naiveRoots[5], naiveRoots[4], [])).toBe(false);
  });
});

describe('appending', () => {
  it('in batches of any split gives the same nodes and roots as one leaf at a time', () => {
    const splits = [[40], [1, 39], [3, 5, 8, 24], [16, 16, 8], [7, 7, 7, 7, 7, 5]];
    for (const split of splits) {
      const batched = createMemoryNodeStore();
      let offset = 0;
      for (const count of split) {
        const result = appendLeaves(merkle, batched, leaves.slice(offset, offset + count));
        offset += count;
        expect(result.size).toBe(offset);
        expect(toHex(result.root)).toBe(toHex(naiveRoots[offset]));
      }
      for (let level = 0; level <= 5; level++) {
        for (let index = 0; index < MAX >> level; index++) {
          expect(toHex(batched.getNode(level, index)!)).toBe(toHex(store.getNode(level, index)!));
        }
      }
    }
  });

  it('returns every completed perfect subtree once, just under 2n nodes in all', () => {
    const result = merkle.append({ size: 0, frontier: [] }, leaves);
    // 40 = 0b101000: 40 leaves + 20 + 10 + 5 + 2 + 1 interior nodes.
    expect(result.nodes.length).toBe(40 + 20 + 10 + 5 + 2 + 1);
    expect(new Set(result.nodes.map((n) => `${n.level}:${n.index}`)).size).toBe(result.nodes.length);
    expect(result.frontier.length).toBe(2);
  });

  it('refuses a frontier that does not fit the size', () => {
    expect(() => merkle.append({ size: 3, frontier: [leaves[0]] }, [leaves[1]])).toThrow(
      expect.objectContaining({ code: 'LEDGER_FRONTIER_MISMATCH' }),
    );
  });

  it('refuses leaf hashes of the wrong length', () => {
    expect(() => merkle.append({ size: 0, frontier: [] }, [new Uint8Array(31)])).toThrow(
      expect.objectContaining({ code: 'LEDGER_BAD_HASH_LENGTH' }),
    );
  });

  it('memory store refuses gaps and rewrites, leaving itself unchanged', () => {
    const s = createMemoryNodeStore();
    appendLeaves(merkle, s, leaves.slice(0, 3));
    expect(() => s.putNodes([{ level: 0, index: 3, hash: leaves[3] }, { level: 0, index: 5, hash: leaves[5] }])).toThrow(
      expect.objectContaining({ code: 'LEDGER_NODE_OUT_OF_ORDER' }),
    );
    expect(() => s.putNodes([{ level: 0, index: 1, hash: leaves[1] }])).toThrow(expect.objectContaining({ code: 'LEDGER_NODE_OUT_OF_ORDER' }));
    expect(s.size()).toBe(3);
  });
});

describe('property: random trees up to 2000 leaves', () => {
  it('store root = batch root, and random inclusion and consistency proofs verify', () => {
    const many = Array.from({ length: 2000 }, (_, i) => merkle.leafHash(leafData(i)));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: 64 })),
        ),
        ([n, index, m, batch]) => {
          const s = createMemoryNodeStore();
          for (let at = 0; at < n; at += batch) appendLeaves(merkle, s, many.slice(at, Math.min(n, at + batch)));
          const root = merkle.rootOf(many.slice(0, n));
          expect(toHex(merkle.rootAt(n, s.getNode))).toBe(toHex(root));
          const proof = merkle.inclusionProof(index, n, s.getNode);
          expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
          expect(merkle.verifyInclusion(many[index], index, n, proof, root)).toBe(true);
          const consistency = merkle.consistencyProof(m, n, s.getNode);
          expect(merkle.verifyConsistency(m, n, merkle.rootAt(m, s.getNode), root, consistency)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('backends', () => {
  it('a proof made with OpenSSL SM3 verifies with the pure-JS tree', () => {
    const browser = createMerkle(jsTreeHasher);
    const proof = merkle.inclusionProof(13, 37, store.getNode);
    expect(browser.verifyInclusion(leaves[13], 13, 37, proof, naiveRoots[37])).toBe(true);
    const consistency = merkle.consistencyProof(11, 37, store.getNode);
    expect(browser.verifyConsistency(11, 37, naiveRoots[11], naiveRoots[37], consistency)).toBe(true);
  });
});
