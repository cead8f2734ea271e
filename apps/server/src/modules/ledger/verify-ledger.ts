import {
  appendLeaves,
  bytesEqual,
  createMemoryNodeStore,
  isLedgerError,
  merkle,
  parseVerifierKey,
  toHex,
  verifyCheckpoint,
} from '@sanxiang/ledger/node';
import { type Db, ledgerCheckpoint, ledgerHead, ledgerLeaf, rowsOf } from '@sanxiang/db';
import { asc, eq, gt, sql } from 'drizzle-orm';
import { LEAF_KINDS, leafBytes } from './leaf-kinds.ts';

export type Problem = {
  type:
    | 'leaf-missing'
    | 'leaf-hash-missing'
    | 'record-altered'
    | 'record-deleted'
    | 'record-unledgered'
    | 'node-altered'
    | 'checkpoint-signature'
    | 'checkpoint-mismatch'
    | 'checkpoint-beyond-log'
    | 'head-mismatch';
  message: string;
  kind?: string;
  recordId?: string;
  leafIndex?: number;
  level?: number;
  size?: number;
};

export type VerifyReport = { ok: boolean; leaves: number; checkpoints: number; purgedRecords: number; problems: Problem[] };

const BATCH = 5_000;

/**
 * Re-derives every leaf from the stored rows, rebuilds the tree, and checks every stored node, every
 * checkpoint's signature and root, and the head. Each problem names the record, node or checkpoint at fault.
 */
export const verifyLedger = async (db: Db, verifierKeyText: string): Promise<VerifyReport> => {
  const problems: Problem[] = [];
  const verifierKey = parseVerifierKey(verifierKeyText);

  // 1. Leaf mappings, in order, with no gaps.
  const leaves: Array<{ idx: number; kind: string; recordId: string }> = [];
  for (let after = -1; ; ) {
    const rows = await db.select().from(ledgerLeaf).where(gt(ledgerLeaf.idx, after)).orderBy(asc(ledgerLeaf.idx)).limit(50_000);
    if (rows.length === 0) break;
    leaves.push(...rows);
    after = rows[rows.length - 1].idx;
  }
  // The head says how many leaves were appended: a deleted mapping at the end is a gap too, not a shorter log.
  const [head] = await db.select().from(ledgerHead).where(eq(ledgerHead.id, 1));
  const size = Math.max(leaves.length === 0 ? 0 : leaves[leaves.length - 1].idx + 1, head ? Number(head.size) : 0);
  const byIndex: Array<(typeof leaves)[number] | undefined> = new Array(size);
  for (const leaf of leaves) byIndex[leaf.idx] = leaf;
  for (let i = 0; i < size; i++) {
    if (!byIndex[i]) problems.push({ type: 'leaf-missing', leafIndex: i, message: `账本第 ${i} 号叶子的记录映射缺失（被删除）` });
  }

  // 2. Stored nodes, all levels.
  const stored = new Map<string, Uint8Array>();
  for (let afterLevel = -1, afterIdx = -1; ; ) {
    const rows = await rowsOf<{ level: number; idx: string | number; hash: Uint8Array }>(
      db,
      sql`select level, idx, hash from ledger_node where (level, idx) > (${afterLevel}, ${afterIdx}) order by level, idx limit 50000`,
    );
    if (rows.length === 0) break;
    for (const r of rows) stored.set(`${r.level}/${Number(r.idx)}`, new Uint8Array(r.hash));
    const last = rows[rows.length - 1];
    afterLevel = last.level;
    afterIdx = Number(last.idx);
  }

  // 3. Every record re-derived and compared with its stored leaf hash.
  const purgedUpTo = await auditPurgeWatermark(db);
  let purgedRecords = 0;
  const byKind = new Map<string, typeof leaves>();
  for (const leaf of leaves) byKind.set(leaf.kind, [...(byKind.get(leaf.kind) ?? []), leaf]);
  for (const [kind, list] of byKind) {
    const source = LEAF_KINDS[kind];
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH);
      const values = source ? await source.load(db, batch.map((l) => l.recordId)) : new Map();
      for (const leaf of batch) {
        const name = `${kind}#${leaf.recordId}`;
        const value = values.get(leaf.recordId);
        if (value === undefined) {
          if (kind === 'audit' && Number(leaf.recordId) <= purgedUpTo) {
            purgedRecords++;
            continue;
          }
          problems.push({ type: 'record-deleted', kind, recordId: leaf.recordId, leafIndex: leaf.idx, message: `记录 ${name}（账本第 ${leaf.idx} 号叶子）已被删除` });
          continue;
        }
        const storedHash = stored.get(`0/${leaf.idx}`);
        if (storedHash && !bytesEqual(merkle.leafHash(leafBytes(value)), storedHash)) {
          problems.push({ type: 'record-altered', kind, recordId: leaf.recordId, leafIndex: leaf.idx, message: `记录 ${name}（账本第 ${leaf.idx} 号叶子）的内容与账本不符（被篡改）` });
        }
      }
    }
  }
  for (const [kind, source] of Object.entries(LEAF_KINDS)) {
    const ledgered = new Set((byKind.get(kind) ?? []).map((l) => l.recordId));
    for (const id of await source.allIds(db)) {
      if (!ledgered.has(id)) problems.push({ type: 'record-unledgered', kind, recordId: id, message: `记录 ${kind}#${id} 不在账本中（绕过账本写入）` });
    }
  }

  // 4. The tree rebuilt from the stored leaf hashes; every stored internal node must match it.
  const rebuilt = createMemoryNodeStore();
  const leafHashes: Uint8Array[] = [];
  for (let i = 0; i < size; i++) {
    const h = stored.get(`0/${i}`);
    if (!h) {
      problems.push({ type: 'leaf-hash-missing', leafIndex: i, message: `账本第 ${i} 号叶子的哈希缺失` });
      leafHashes.push(new Uint8Array(32));
    } else leafHashes.push(h);
  }
  for (let i = 0; i < leafHashes.length; i += 100_000) appendLeaves(merkle, rebuilt, leafHashes.slice(i, i + 100_000));
  for (const [id, hash] of stored) {
    const [level, index] = id.split('/').map(Number);
    if (level === 0) continue;
    const expected = rebuilt.getNode(level, index);
    if (!expected || !bytesEqual(expected, hash)) {
      problems.push({ type: 'node-altered', level, leafIndex: index * 2 ** level, message: `树节点（层 ${level}，序号 ${index}，覆盖第 ${index * 2 ** level} 号起的叶子）与重建结果不符` });
    }
  }

  // 5. Checkpoints: signature by the deployment key, root equal to the rebuilt root at that size.
  const checkpoints = await db.select().from(ledgerCheckpoint).orderBy(asc(ledgerCheckpoint.size));
  for (const cp of checkpoints) {
    const label = `检查点（树大小 ${cp.size}）`;
    let signedRoot: Uint8Array | undefined;
    try {
      const parsed = verifyCheckpoint(cp.note, verifierKey);
      signedRoot = parsed.root;
      if (parsed.size !== cp.size) throw new Error(`签名正文的树大小为 ${parsed.size}`);
    } catch (e) {
      problems.push({ type: 'checkpoint-signature', size: cp.size, message: `${label}签名无效：${isLedgerError(e) ? e.message : (e as Error).message}` });
      continue;
    }
    if (cp.size > size) {
      problems.push({ type: 'checkpoint-beyond-log', size: cp.size, message: `${label}超出账本现有 ${size} 个叶子（叶子被删除）` });
      continue;
    }
    const root = cp.size === 0 ? merkle.emptyRoot : merkle.rootAt(cp.size, rebuilt.getNode);
    if (!bytesEqual(root, signedRoot) || !bytesEqual(root, new Uint8Array(cp.root))) {
      problems.push({ type: 'checkpoint-mismatch', size: cp.size, message: `${label}的根哈希与重建的树不符：账本在该检查点之前的部分被改写` });
    }
  }

  // 6. The head the appenders use.
  if (size > 0 && (!head || head.size !== size || !bytesEqual(new Uint8Array(head.root), merkle.rootAt(size, rebuilt.getNode)))) {
    problems.push({ type: 'head-mismatch', size, message: `账本头记录（大小 ${head?.size ?? '无'}，根 ${head ? toHex(new Uint8Array(head.root)).slice(0, 16) : '无'}…）与重建结果不符` });
  }

  return { ok: problems.length === 0, leaves: size, checkpoints: checkpoints.length, purgedRecords, problems };
};

const auditPurgeWatermark = async (db: Db): Promise<number> => {
  const [row] = await rowsOf<{ up_to: string | number | null }>(db, sql`select max(up_to_id) as up_to from audit_purge_log`);
  return Number(row?.up_to ?? 0);
};

