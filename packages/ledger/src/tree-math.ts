/**
 * Index arithmetic of an RFC 6962 tree, with no hashing: which stored nodes a root or a proof needs.
 * Kept apart so the server can plan one SQL query for all the nodes before touching any hash.
 *
 * A node (level, index) is the root of the perfect subtree over leaves
 * [index * 2^level, (index + 1) * 2^level). Level 0 holds the leaf hashes.
 *
 * Arithmetic uses ordinary numbers, not 32-bit bitwise operators, so sizes stay exact up to 2^53.
 */
import { ledgerError } from './errors.ts';

export type NodeId = { level: number; index: number };

/** A run of leaves [begin, end). */
export type LeafRange = { begin: number; end: number };

const assertSize = (n: number, what: string) => {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw ledgerError('LEDGER_INDEX_OUT_OF_RANGE', `树大小 ${n} 不是非负安全整数`, { [what]: n });
  }
};

/** Largest power of two strictly less than n (n >= 2): the split point k of RFC 6962 section 2.1. */
export const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/**
 * The perfect subtrees whose hashes, folded right to left with the node hash, give MTH of the leaves
 * [begin, end). Valid for the ranges RFC 6962 recursion produces (begin aligned to the range's
 * enclosing power of two): then the pieces are the set bits of the size, largest first.
 */
export const perfectSubtrees = ({ begin, end }: LeafRange): NodeId[] => {
  const ids: NodeId[] = [];
  let start = begin;
  let remaining = end - begin;
  let width = 1;
  let level = 0;
  while (width * 2 <= remaining) {
    width *= 2;
    level++;
  }
  for (; remaining > 0; width /= 2, level--) {
    if (width > remaining) continue;
    if (start % width !== 0) {
      throw ledgerError('LEDGER_INDEX_OUT_OF_RANGE', '叶子区间未按子树对齐', { begin, end });
    }
    ids.push({ level, index: start / width });
    start += width;
    remaining -= width;
  }
  return ids;
};

/**
 * Nodes whose hashes make the root of a tree of `size` leaves: one per set bit of size. They are
 * also the "frontier" an appender needs, since every later leaf only hangs off their right edge.
 */
export const rootNodes = (size: number): NodeId[] => {
  assertSize(size, 'size');
  return perfectSubtrees({ begin: 0, end: size });
};

/**
 * Leaf ranges whose MTH form the inclusion proof of leaf `index` in a tree of `size` leaves,
 * in proof order (nearest sibling first) - the iterative form of PATH in RFC 6962 section 2.1.1.
 * At most one range is not a single perfect subtree, so a proof costs at most 2*log2(size) reads.
 */
export const inclusionRanges = (index: number, size: number): LeafRange[] => {
  assertSize(size, 'size');
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw ledgerError('LEDGER_INDEX_OUT_OF_RANGE', `叶子序号 ${index} 超出树的大小 ${size}`, { index, size });
  }
  const topDown: LeafRange[] = [];
  let begin = 0;
  let end = size;
  while (end - begin > 1) {
    const k = splitPoint(end - begin);
    if (index < begin + k) {
      topDown.push({ begin: begin + k, end });
      end = begin + k;
    } else {
      topDown.push({ begin, end: begin + k });
      begin += k;
    }
  }
  return topDown.reverse();
};

/**
 * Leaf ranges whose MTH form the consistency proof from `oldSize` to `newSize`, in proof order -
 * the iterative form of SUBPROOF in RFC 6962 section 2.1.2 / RFC 9162 section 2.1.4.1.
 * Sizes 0 and oldSize == newSize need no proof (an empty list).
 */
export const consistencyRanges = (oldSize: number, newSize: number): LeafRange[] => {
  assertSize(oldSize, 'oldSize');
  assertSize(newSize, 'newSize');
  if (oldSize > newSize) {
    throw ledgerError('LEDGER_INDEX_OUT_OF_RANGE', `旧树大小 ${oldSize} 大于新树大小 ${newSize}`, { oldSize, newSize });
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  const topDown: LeafRange[] = [];
  let begin = 0;
  let end = newSize;
  // `whole` is SUBPROOF's b: true while the old tree is still a whole subtree the verifier already has.
  let whole = true;
  for (;;) {
    const size = end - begin;
    const m = oldSize - begin;
    if (m === size) {
      if (!whole) topDown.push({ begin, end });
      break;
    }
    const k = splitPoint(size);
    if (m <= k) {
      topDown.push({ begin: begin + k, end });
      end = begin + k;
    } else {
      topDown.push({ begin, end: begin + k });
      begin += k;
      whole = false;
    }
  }
  return topDown.reverse();
};

const uniqueNodes = (ranges: readonly LeafRange[]): NodeId[] => {
  const seen = new Set<string>();
  const ids: NodeId[] = [];
  for (const range of ranges) {
    for (const id of perfectSubtrees(range)) {
      const key = `${id.level}:${id.index}`;
      if (!seen.has(key)) {
        seen.add(key);
        ids.push(id);
      }
    }
  }
  return ids;
};

/** Every stored node the inclusion proof reads: fetch these in one query, then build the proof. */
export const inclusionProofNodes = (index: number, size: number): NodeId[] => uniqueNodes(inclusionRanges(index, size));

/** Every stored node the consistency proof reads. */
export const consistencyProofNodes = (oldSize: number, newSize: number): NodeId[] =>
  uniqueNodes(consistencyRanges(oldSize, newSize));
