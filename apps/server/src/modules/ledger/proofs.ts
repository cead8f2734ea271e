import { conflict, invalid, notFound } from '@sanxiang/domain';
import { consistencyProofNodes, inclusionProofNodes, merkle, toBase64, type NodeId } from '@sanxiang/ledger/node';
import { type Db, ledgerCheckpoint, ledgerNode } from '@sanxiang/db';
import { eq, sql } from 'drizzle-orm';
import { leafIndexOf } from './append.ts';
import { LEAF_KINDS, leafBytes } from './leaf-kinds.ts';

const nodesById = async (db: Db, ids: NodeId[]) => {
  if (ids.length === 0) return () => undefined;
  const rows = await db
    .select()
    .from(ledgerNode)
    .where(sql`(${ledgerNode.level}, ${ledgerNode.idx}) in (${sql.join(ids.map((id) => sql`(${id.level}, ${id.index})`), sql`, `)})`);
  const byId = new Map(rows.map((r) => [`${r.level}/${r.idx}`, new Uint8Array(r.hash)]));
  return (level: number, index: number) => byId.get(`${level}/${index}`);
};

const checkpointAt = async (db: Db, size: number) => {
  const [cp] = await db.select().from(ledgerCheckpoint).where(eq(ledgerCheckpoint.size, size));
  if (!cp) throw notFound('CHECKPOINT_NOT_FOUND', `没有树大小为 ${size} 的检查点`);
  return cp;
};

/** The inclusion proof of leaf `index` in the tree of `size` leaves, from at most 2·log2(size) stored nodes read in one query. */
export const inclusionProofAt = async (db: Db, index: number, size: number) =>
  merkle.inclusionProof(index, size, await nodesById(db, inclusionProofNodes(index, size)));

/**
 * The inclusion proof of a record in a signed checkpoint, with the record's leaf content so that a verifier
 * can hash it itself. `size` picks the checkpoint; by default the latest one that covers the record.
 */
export const inclusionProofFor = async (db: Db, input: { kind: string; recordId: string; checkpoint: { size: number; note: string } }) => {
  const source = LEAF_KINDS[input.kind];
  if (!source) throw invalid('LEDGER_KIND_UNKNOWN', `未知的记录类型：${input.kind}`);
  const index = await leafIndexOf(db, input.kind, input.recordId);
  if (index === undefined) throw notFound('LEDGER_RECORD_NOT_FOUND', '账本中没有这条记录');
  const size = input.checkpoint.size;
  if (index >= size) throw conflict('LEDGER_NOT_YET_CHECKPOINTED', '这条记录尚未纳入已签名的检查点，请稍后再试');
  const value = (await source.load(db, [input.recordId])).get(input.recordId);
  if (value === undefined) throw notFound('LEDGER_RECORD_NOT_FOUND', '这条记录已不存在');
  const proof = await inclusionProofAt(db, index, size);
  return {
    kind: input.kind,
    recordId: input.recordId,
    leafIndex: index,
    treeSize: size,
    leafData: toBase64(leafBytes(value)),
    proof: proof.map(toBase64),
    checkpoint: input.checkpoint.note,
  };
};

export const consistencyProofBetween = async (db: Db, from: number, to: number) => {
  if (from < 1 || from > to) throw invalid('LEDGER_SIZES_INVALID', '应满足 1 ≤ from ≤ to');
  const [a, b] = await Promise.all([checkpointAt(db, from), checkpointAt(db, to)]);
  const getNode = await nodesById(db, consistencyProofNodes(from, to));
  return { from, to, proof: merkle.consistencyProof(from, to, getNode).map(toBase64), fromCheckpoint: a.note, toCheckpoint: b.note };
};
