/**
 * The hash backend is a plain function handed to the tree, not a global switch: the browser bundle
 * imports only the pure-JS SM3 (./sm3.ts), the server adds the OpenSSL one (./sm3-node.ts), and both
 * produce identical bytes, so any root or proof made by one verifies with the other.
 */

/** SM3 (GB/T 32905-2016): any length in, 32 bytes out. Must not keep a reference to its input. */
export type Sm3 = (data: Uint8Array) => Uint8Array;

export const HASH_SIZE = 32;

/** RFC 6962 section 2.1 with H = SM3. */
export type TreeHasher = {
  /** MTH({}) = H(""). */
  readonly emptyRoot: Uint8Array;
  /** H(0x00 || data). */
  leafHash: (data: Uint8Array) => Uint8Array;
  /** H(0x01 || left || right). */
  nodeHash: (left: Uint8Array, right: Uint8Array) => Uint8Array;
};

/**
 * Builds the RFC 6962 hashes on top of a raw SM3. The prefix byte and operands are written into a
 * reused scratch buffer instead of concatenating fresh arrays: a million-leaf rebuild does two
 * million hashes, and per-call allocation is a visible share of that cost.
 */
export const treeHasherFrom = (sm3: Sm3): TreeHasher => {
  const pair = new Uint8Array(1 + 2 * HASH_SIZE);
  pair[0] = 0x01;
  let leafScratch = new Uint8Array(1 + 256);

  const leafHash = (data: Uint8Array): Uint8Array => {
    if (leafScratch.length < data.length + 1) leafScratch = new Uint8Array(Math.max(data.length + 1, 2 * leafScratch.length));
    leafScratch[0] = 0x00;
    leafScratch.set(data, 1);
    return sm3(leafScratch.subarray(0, data.length + 1));
  };

  const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array => {
    pair.set(left, 1);
    pair.set(right, 1 + HASH_SIZE);
    return sm3(pair);
  };

  return { emptyRoot: sm3(new Uint8Array(0)), leafHash, nodeHash };
};
