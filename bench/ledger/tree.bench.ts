/**
 * Ledger tree benchmark: `node --import tsx bench/ledger/tree.bench.ts [leaves] [batch]`.
 *
 * Baseline (a) is the cheapest thing a log could possibly do per leaf: one createHash('sm3') over the
 * raw leaf bytes. (b) is the real work of rebuilding the ledger from its leaves, leaf hash
 * H(0x00||data), every interior node H(0x01||l||r) kept in the node store, and the root, as a ratio to
 * (a) measured in the same run. (c) and (d) serve and check inclusion proofs from that store.
 * Exits non-zero when a target is missed, so CI can run it.
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import {
  appendLeaves,
  consistencyProofNodes,
  createMemoryNodeStore,
  inclusionProofNodes,
  merkle,
  toHex,
  type NodeStore,
} from '@sanxiang/ledger/node';

const LEAVES = Number(process.argv[2] ?? 1_000_000);
const LEAF_BYTES = 200;
// Leaves per append call, as a server batches the events of its transactions. Larger batches keep
// more hashes alive at once and cost more in garbage collection (100,000 is ~1.5x slower).
const BATCH = Number(process.argv[3] ?? 1_000);
const ROUNDS = 3; // baseline and rebuild alternate; the best round of each is compared
const PROOFS = 1_000;

// Deterministic pseudo-random bytes (xorshift32). Leaf i is the 200-byte window starting at 64*i of
// one pool: every leaf differs, and 1e6 leaves need 64 MB instead of 200 MB of separate arrays.
const STRIDE = 64;
const pool = new Uint8Array(LEAVES * STRIDE + LEAF_BYTES);
{
  let x = 0x9e3779b9;
  const words = new Uint32Array(pool.buffer, 0, Math.floor(pool.length / 4));
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
}
const leafData = (i: number) => pool.subarray(i * STRIDE, i * STRIDE + LEAF_BYTES);

let rng = 12345;
const randomBelow = (n: number) => {
  rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
  return Math.floor((rng / 2 ** 32) * n);
};

const seconds = (f: () => void) => {
  const start = performance.now();
  f();
  return (performance.now() - start) / 1000;
};

let sink = 0; // keeps the hashing from being optimised away

const baselineCreateHash = () => {
  for (let i = 0; i < LEAVES; i++) sink ^= createHash('sm3').update(leafData(i)).digest()[0];
};
// Reference only: the same one hash per raw leaf through the cheapest call the tree itself uses
// (one-shot, latin1 'binary' output), so the ratio is also shown against a baseline with no API handicap.
const baselineOneShot = () => {
  for (let i = 0; i < LEAVES; i++) sink ^= oneShotHash('sm3', leafData(i), 'binary').charCodeAt(0);
};

let store: NodeStore = createMemoryNodeStore();
let root: Uint8Array = new Uint8Array(0);
const rebuild = () => {
  store = createMemoryNodeStore();
  for (let at = 0; at < LEAVES; at += BATCH) {
    const end = Math.min(LEAVES, at + BATCH);
    const leafHashes = new Array<Uint8Array>(end - at);
    for (let i = at; i < end; i++) leafHashes[i - at] = merkle.leafHash(leafData(i));
    appendLeaves(merkle, store, leafHashes);
  }
  root = merkle.rootAt(LEAVES, store.getNode);
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// Warm up the JIT and OpenSSL on a slice of the work.
for (let i = 0; i < 20_000; i++) {
  sink ^= createHash('sm3').update(leafData(i)).digest()[0];
  sink ^= merkle.leafHash(leafData(i))[0];
}

const baselineTimes: number[] = [];
const oneShotTimes: number[] = [];
const rebuildTimes: number[] = [];
let peakRss = 0;
for (let round = 0; round < ROUNDS; round++) {
  baselineTimes.push(seconds(baselineCreateHash));
  oneShotTimes.push(seconds(baselineOneShot));
  rebuildTimes.push(seconds(rebuild));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const baseline = Math.min(...baselineTimes);
const oneShot = Math.min(...oneShotTimes);
const rebuilt = Math.min(...rebuildTimes);
const interior = LEAVES - [...LEAVES.toString(2)].filter((b) => b === '1').length;

// Cross-check the stored tree against the plain batch root on a prefix.
const checkSize = Math.min(LEAVES, 65_536);
const prefixRoot = merkle.rootOf(Array.from({ length: checkSize }, (_, i) => merkle.leafHash(leafData(i))));
const storeAgrees = toHex(prefixRoot) === toHex(merkle.rootAt(checkSize, store.getNode));

// (c) inclusion proofs from the store, planned the way the server plans its one SQL query.
const indices = Array.from({ length: PROOFS }, () => randomBelow(LEAVES));
const proofs: Uint8Array[][] = [];
const proveTimes: number[] = [];
let maxNodesRead = 0;
for (const index of indices) {
  const start = performance.now();
  maxNodesRead = Math.max(maxNodesRead, inclusionProofNodes(index, LEAVES).length);
  proofs.push(merkle.inclusionProof(index, LEAVES, store.getNode));
  proveTimes.push(performance.now() - start);
}
const maxProofLength = Math.max(...proofs.map((p) => p.length));

// (d) verification of those proofs against the root.
const verifyTimes: number[] = [];
let verified = 0;
indices.forEach((index, k) => {
  const leaf = store.getNode(0, index)!;
  const start = performance.now();
  if (merkle.verifyInclusion(leaf, index, LEAVES, proofs[k], root)) verified++;
  verifyTimes.push(performance.now() - start);
});

// Consistency proofs from random earlier sizes, for the portal's "has the log been rewritten" check.
const consistencyTimes: number[] = [];
let consistent = 0;
for (let k = 0; k < PROOFS; k++) {
  const oldSize = 1 + randomBelow(LEAVES - 1);
  const start = performance.now();
  consistencyProofNodes(oldSize, LEAVES);
  const proof = merkle.consistencyProof(oldSize, LEAVES, store.getNode);
  consistencyTimes.push(performance.now() - start);
  if (merkle.verifyConsistency(oldSize, LEAVES, merkle.rootAt(oldSize, store.getNode), root, proof)) consistent++;
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);

[proveTimes, verifyTimes, consistencyTimes].forEach((t) => t.sort((a, b) => a - b));
const leafMB = (LEAVES * LEAF_BYTES) / 1e6;
const ratio = baseline / rebuilt;
const logN = Math.ceil(Math.log2(LEAVES));

const rows: [string, string, string][] = [
  ['(a) baseline: createHash(sm3) per raw leaf', `${fmt(LEAVES / baseline)} leaves/s, ${fmt(leafMB / baseline, 1)} MB/s`, `${fmt(baseline, 2)} s`],
  ['    same, one-shot crypto.hash latin1 (ref.)', `${fmt(LEAVES / oneShot)} leaves/s, ${fmt(leafMB / oneShot, 1)} MB/s`, `${fmt(oneShot, 2)} s`],
  [
    '(b) rebuild: leaf hashes + interior nodes + root',
    `${fmt(LEAVES / rebuilt)} leaves/s (${fmt((LEAVES + interior) / rebuilt)} hashes/s)`,
    `${fmt(rebuilt, 2)} s`,
  ],
  ['    ratio (b)/(a)', `${fmt(ratio, 2)}x  (vs the one-shot reference ${fmt(oneShot / rebuilt, 2)}x)`, ''],
  ['(c) inclusion proof from store', `p50 ${fmt(percentile(proveTimes, 50) * 1000, 1)} us, p95 ${fmt(percentile(proveTimes, 95) * 1000, 1)} us, max ${fmt(proveTimes.at(-1)! * 1000, 1)} us`, `${PROOFS} proofs`],
  ['    max proof length / nodes read', `${maxProofLength} hashes / ${maxNodesRead} nodes (ceil(log2 n) = ${logN})`, ''],
  ['(d) inclusion verification', `p50 ${fmt(percentile(verifyTimes, 50) * 1000, 1)} us, p95 ${fmt(percentile(verifyTimes, 95) * 1000, 1)} us`, `${verified}/${PROOFS} valid`],
  ['    consistency proof from store', `p95 ${fmt(percentile(consistencyTimes, 95) * 1000, 1)} us`, `${consistent}/${PROOFS} valid`],
  ['memory', `peak RSS ${mb(peakRss)}, node store ${mb((LEAVES + interior) * 32)}`, ''],
];

const targets: [string, boolean][] = [
  [`(b) rebuild >= 0.5x baseline (${fmt(ratio, 2)}x)`, ratio >= 0.5],
  [`(c) max proof length <= 21 and <= ceil(log2 n) (${maxProofLength})`, maxProofLength <= 21 && maxProofLength <= logN],
  [`(c) p95 proof latency < 5 ms (${fmt(percentile(proveTimes, 95), 3)} ms)`, percentile(proveTimes, 95) < 5],
  [`(d) every proof verifies (${verified}/${PROOFS}), consistency too (${consistent}/${PROOFS})`, verified === PROOFS && consistent === PROOFS],
  [`store root = batch root on the first ${fmt(checkSize)} leaves`, storeAgrees],
  [`peak RSS <= 512 MB (${mb(peakRss)})`, peakRss <= 512 * 2 ** 20],
];

console.log(`\nLedger tree, ${fmt(LEAVES)} leaves of ${LEAF_BYTES} bytes, SM3 via OpenSSL ${process.versions.openssl}, Node ${process.version}`);
console.log(`appended in batches of ${fmt(BATCH)}; best of ${ROUNDS} rounds; root ${toHex(root)}\n`);
const width = Math.max(...rows.map((r) => r[0].length));
const width2 = Math.max(...rows.map((r) => r[1].length));
for (const [what, figure, extra] of rows) console.log(`${what.padEnd(width)}  ${figure.padEnd(width2)}  ${extra}`);
console.log('');
for (const [what, ok] of targets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
if (sink === -1) console.log(sink);
process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
