import {
  checkpointsQuery,
  checkpointsResponse,
  consistencyQuery,
  consistencyResponse,
  inclusionQuery,
  inclusionResponse,
  publicKeyResponse,
} from '@sanxiang/contracts';
import { checkAccess, notFound } from '@sanxiang/domain';
import { toBase64 } from '@sanxiang/ledger/node';
import { type Db, ledgerCheckpoint } from '@sanxiang/db';
import { count, desc } from 'drizzle-orm';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { signHead } from './checkpoints.ts';
import { LEAF_KINDS } from './leaf-kinds.ts';
import { consistencyProofBetween, inclusionProofFor } from './proofs.ts';

const tags = ['账本（防篡改）'];

export const ledgerRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const { db } = deps.database;

  app.get('/ledger/public-key', { schema: { tags, summary: '本部署的检查点验证公钥', response: { 200: publicKeyResponse } } }, async () => ({
    origin: deps.ledger.origin,
    verifierKey: deps.ledger.verifierKey,
    algorithm: 'SM2-SM3' as const,
    hash: 'SM3' as const,
  }));

  app.get(
    '/ledger/checkpoints',
    { schema: { tags, summary: '已签名的检查点（新的在前）', querystring: checkpointsQuery, response: { 200: checkpointsResponse } } },
    async (req) => {
      const { page, pageSize } = req.query;
      const [{ n }] = await db.select({ n: count() }).from(ledgerCheckpoint);
      const rows = await db.select().from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.size)).limit(pageSize).offset((page - 1) * pageSize);
      return { items: rows.map((r) => ({ size: r.size, root: toBase64(new Uint8Array(r.root)), note: r.note, signedAt: r.signedAt.toISOString() })), total: Number(n), page, pageSize };
    },
  );

  app.get(
    '/ledger/checkpoint',
    { schema: { tags, summary: '最新检查点（C2SP 签名笔记）' } },
    async (_req, reply) => {
      const [latest] = await db.select().from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.size)).limit(1);
      if (!latest) throw notFound('CHECKPOINT_NOT_FOUND', '尚无已签名的检查点');
      return reply.type('text/plain; charset=utf-8').send(latest.note);
    },
  );

  app.get(
    '/ledger/proofs/inclusion',
    { schema: { tags, summary: '记录的包含证明（公开记录任何人可取；内部记录限审计管理员）', querystring: inclusionQuery, response: { 200: inclusionResponse } } },
    async (req) => {
      const source = LEAF_KINDS[req.query.kind];
      const internal = source && !source.public;
      if (internal && (!req.actor || req.session?.stage !== 'full' || checkAccess(req.actor, 'ledger.proof-internal') !== 'allow')) {
        // Internal records' existence is not disclosed to the public.
        throw notFound('LEDGER_RECORD_NOT_FOUND', '账本中没有这条记录');
      }
      // A record newer than the last checkpoint gets one signed now, so it can be verified at once.
      const checkpoint = await signHead(db, deps.ledger, deps.clock());
      if (!checkpoint) throw notFound('LEDGER_RECORD_NOT_FOUND', '账本中没有这条记录');
      const run = (d: Db) => inclusionProofFor(d, { ...req.query, checkpoint });
      return internal ? withAudit(app, req, { action: 'ledger.proof-internal', objectType: req.query.kind, objectId: req.query.recordId }, run) : run(db);
    },
  );

  app.get(
    '/ledger/proofs/consistency',
    { schema: { tags, summary: '两个检查点之间的一致性证明', querystring: consistencyQuery, response: { 200: consistencyResponse } } },
    async (req) => consistencyProofBetween(db, req.query.from, req.query.to),
  );
};
