import {
  caseEvidenceResponse,
  custodyResponse,
  evidenceCaseParams,
  evidenceContentQuery,
  evidenceDeletionBody,
  evidenceDeletionResponse,
  evidenceIdParams,
  evidenceItem as evidenceItemSchema,
  evidenceLegalHoldBody,
  evidenceRetentionBody,
  evidenceSupervisionQuery,
  evidenceUploadParams,
  evidenceUploadStatus,
  evidenceRules as evidenceRulesSchema,
  integrityAlarmsResponse,
  partyRequestBody,
  purposeResponse,
  retrievableCasesQuery,
  retrievableCasesResponse,
  retrievalDecisionBody,
  retrievalEventParams,
  retrievalRequestBody,
  retrievalRequestsQuery,
  retrievalRequestsResponse,
  statePurposeBody,
  supervisedRetrievalsResponse,
} from '@sanxiang/contracts';
import { invalid, isDomainError, notFound } from '@sanxiang/domain';
import { type Db, evidenceUpload } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../app.ts';
import { type EvidenceDeps, evidenceDepsFromEnv } from '../../storage/evidence-deps.ts';
import { removeQuietly } from '../../storage/evidence-storage.ts';
import { withAudit } from '../audit/with-audit.ts';
import { appendUpload, stagedOffset, UploadRefused } from './append-upload.ts';
import { caseInScope } from './case-place.ts';
import { changeRetention } from './change-retention.ts';
import { createUpload, readUploadMeta, stagingPathOf } from './create-upload.ts';
import { custodyTimeline } from './custody-timeline.ts';
import { decideRetrieval } from './decide-retrieval.ts';
import { evidenceView } from './evidence-views.ts';
import { readEvidenceRules, saveEvidenceRules } from './evidence-rules.ts';
import { ingestEvidence } from './ingest-evidence.ts';
import { listCaseEvidence } from './list-case-evidence.ts';
import { listRetrievalRequests } from './list-retrieval-requests.ts';
import { listPartyRequests } from './list-party-requests.ts';
import { mediaStateFor, probeMedia } from './media-probe.ts';
import { itemInScope } from './read-access.ts';
import { requestDeletion } from './request-deletion.ts';
import { requestPartyAccess } from './request-party-access.ts';
import { requestRetrieval } from './request-retrieval.ts';
import { retrievableCases } from './retrievable-cases.ts';
import { serveEvidenceContent } from './serve-content.ts';
import { setLegalHold } from './set-legal-hold.ts';
import { statePurpose } from './state-purpose.ts';
import { listIntegrityAlarms, listSupervisedRetrievals } from './supervision.ts';

const tags = ['证据与音像记录'];
const TUS_VERSION = '1.0.0';
const UPLOAD_TYPE = 'application/offset+octet-stream';

const tusHeaders = (reply: FastifyReply) => reply.header('tus-resumable', TUS_VERSION).header('cache-control', 'no-store');

const formatBytes = (n: number) => (n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GiB` : `${Math.round(n / (1 << 20))} MiB`);

export const evidenceRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const ev = (): EvidenceDeps => (deps.evidence ??= evidenceDepsFromEnv(deps.config.dataDir));

  // tus PATCH bodies are streamed into the staging file by the use case, never parsed or buffered here; the
  // global 2 MB body limit does not apply because this parser never reads the body.
  app.addContentTypeParser(UPLOAD_TYPE, (_req, _payload, done) => done(null, undefined));

  const ownUpload = async (db: Db, req: FastifyRequest, id: string) => {
    const [row] = await db.select().from(evidenceUpload).where(and(eq(evidenceUpload.id, id), eq(evidenceUpload.accountId, req.actor!.accountId)));
    if (!row) throw notFound('UPLOAD_NOT_FOUND', '没有这个上传');
    return row;
  };

  const requireTus = (req: FastifyRequest) => {
    if (req.headers['tus-resumable'] !== TUS_VERSION) throw invalid('TUS_VERSION_UNSUPPORTED', '仅支持 tus 1.0.0 断点续传协议（缺少 Tus-Resumable: 1.0.0）');
  };

  app.options('/evidence/uploads', { schema: { tags, summary: 'tus 协议能力' }, config: { action: 'evidence.create' } }, async (_req, reply) =>
    tusHeaders(reply).header('tus-version', TUS_VERSION).header('tus-extension', 'creation').header('tus-max-size', String(ev().maxBytes)).status(204).send(),
  );

  app.post(
    '/evidence/uploads',
    {
      schema: {
        tags,
        summary: '创建证据上传（tus 1.0 creation：Upload-Length 与 Upload-Metadata：caseId、kind、title、filename 及取证信息，base64）',
        headers: z.object({ 'upload-length': z.string().regex(/^\d+$/, 'Upload-Length 应为非负整数') }).loose(),
      },
      config: { action: 'evidence.create' },
    },
    async (req, reply) => {
      requireTus(req);
      const length = Number(req.headers['upload-length']);
      const meta = readUploadMeta(req.headers['upload-metadata'] as string | undefined);
      if (length === 0) throw invalid('EVIDENCE_EMPTY', '文件为空');
      if (length > ev().maxBytes) {
        await withAudit(app, req, { action: 'evidence.upload-create', objectType: 'case', objectId: meta.caseId, result: 'failure', detail: { code: 'EVIDENCE_TOO_LARGE', length } }, async () => undefined);
        return tusHeaders(reply).status(413).send({ code: 'EVIDENCE_TOO_LARGE', message: `文件大小 ${formatBytes(length)} 超过上限 ${formatBytes(ev().maxBytes)}`, details: { maxBytes: ev().maxBytes } });
      }
      const row = await withAudit(app, req, { action: 'evidence.upload-create', objectType: 'case', objectId: meta.caseId, detail: { length, kind: meta.kind } }, (tx) =>
        createUpload(tx, ev(), req.actor!, { length, meta }, deps.clock()),
      );
      return tusHeaders(reply).status(201).header('location', `/api/v1/evidence/uploads/${row.id}`).header('upload-offset', '0').send();
    },
  );

  app.route({
    method: 'HEAD',
    url: '/evidence/uploads/:id',
    schema: { tags, summary: '上传进度（tus：Upload-Offset）', params: evidenceUploadParams },
    config: { action: 'evidence.create' },
    handler: async (req, reply) => {
      const row = await ownUpload(deps.database.db, req, (req.params as { id: string }).id);
      if (row.status === 'refused') return tusHeaders(reply).status(410).send();
      const offset = row.status === 'complete' ? row.length : await stagedOffset(ev(), row);
      if (offset === undefined) return tusHeaders(reply).status(410).send();
      return tusHeaders(reply).status(200).header('upload-offset', String(offset)).header('upload-length', String(row.length)).send();
    },
  });

  app.get(
    '/evidence/uploads/:id',
    { exposeHeadRoute: false, schema: { tags, summary: '上传状态', params: evidenceUploadParams, response: { 200: evidenceUploadStatus } }, config: { action: 'evidence.create' } },
    async (req) => {
      const row = await ownUpload(deps.database.db, req, req.params.id);
      const offset = row.status === 'complete' ? row.length : ((await stagedOffset(ev(), row)) ?? 0);
      return { id: row.id, length: row.length, offset, status: row.status as 'open' | 'complete' | 'refused', evidenceId: row.evidenceId };
    },
  );

  app.patch(
    '/evidence/uploads/:id',
    {
      schema: {
        tags,
        summary: '续传数据（tus PATCH，Content-Type: application/offset+octet-stream，从 Upload-Offset 处追加；流式写入，同时计算 SM3 与 SHA-256）',
        params: evidenceUploadParams,
        headers: z.object({ 'upload-offset': z.string().regex(/^\d+$/, 'Upload-Offset 应为非负整数') }).loose(),
      },
      config: { action: 'evidence.create' },
    },
    async (req, reply) => {
      requireTus(req);
      const e = ev();
      const upload = await ownUpload(deps.database.db, req, req.params.id);
      if (upload.status === 'refused') return tusHeaders(reply).status(410).send({ code: 'UPLOAD_REFUSED', message: '该上传已被拒收' });
      if (upload.status === 'complete') return tusHeaders(reply).status(204).header('upload-offset', String(upload.length)).header('sanxiang-evidence-id', upload.evidenceId ?? '').send();
      let result;
      try {
        result = await appendUpload(e, upload, Number(req.headers['upload-offset']), req.raw);
      } catch (err) {
        // A connection that broke mid-body: what arrived is kept; the client asks HEAD for the offset and resumes.
        if (!isDomainError(err) && !(err instanceof UploadRefused) && (req.raw.destroyed || req.raw.aborted)) {
          return tusHeaders(reply).status(400).send({ code: 'UPLOAD_INTERRUPTED', message: '上传连接中断，已保存收到的部分，可续传' });
        }
        if (!(err instanceof UploadRefused)) throw err;
        await withAudit(app, req, { action: 'evidence.upload-refused', objectType: 'case', objectId: upload.caseId, result: 'failure', detail: { code: err.code, uploadId: upload.id } }, async (tx) => {
          await tx.update(evidenceUpload).set({ status: 'refused', updatedAt: deps.clock() }).where(eq(evidenceUpload.id, upload.id));
        });
        await removeQuietly(stagingPathOf(e, upload.id));
        return tusHeaders(reply).status(415).send({ code: err.code, message: err.message });
      }
      if (!result.complete) return tusHeaders(reply).status(204).header('upload-offset', String(result.offset)).send();

      const stored = await e.storage.putFile(result.digests.sm3, result.stagingPath, result.offset);
      const mediaState = mediaStateFor(e, result.mediaType);
      let item;
      try {
        ({ item } = await withAudit(app, req, { action: 'evidence.ingest', objectType: 'case', objectId: upload.caseId, detail: { uploadId: upload.id, sm3: result.digests.sm3 } }, async (tx, note) => {
          const place = await caseInScope(tx, req.actor!, upload.caseId, 'evidence.create');
          const r = await ingestEvidence(
            tx,
            req.actor!,
            place,
            { uploadId: upload.id, meta: readUploadMetaFromRow(upload.meta), digests: result.digests, size: result.offset, mediaType: result.mediaType, storedNew: stored.created, mediaState },
            deps.clock(),
          );
          note({ objectType: 'evidence', objectId: r.item.id });
          return r;
        }));
      } catch (err) {
        await stored.release();
        throw err;
      }
      const st = await e.storage.stat(item.sm3);
      if (st) e.verified.set(item.sm3, { version: st.version, at: Date.now() });
      if (mediaState === 'pending') {
        const job = probeMedia(deps.database.db, e, item.id, item.mediaType, stored.localPath).finally(() => stored.release());
        e.background.add(job);
        void job.finally(() => e.background.delete(job));
      } else await stored.release();
      return tusHeaders(reply).status(204).header('upload-offset', String(result.offset)).header('sanxiang-evidence-id', item.id).send();
    },
  );

  app.get(
    '/evidence/by-case/:caseId',
    { schema: { tags, summary: '案件的证据清单（不含内容）', params: evidenceCaseParams, response: { 200: caseEvidenceResponse } }, config: { action: 'evidence.read' } },
    async (req) => {
      const rules = await readEvidenceRules(deps.database.db);
      return withAudit(app, req, { action: 'evidence.list', objectType: 'case', objectId: req.params.caseId }, (tx) => listCaseEvidence(tx, req.actor!, req.params.caseId, deps.clock(), rules));
    },
  );

  app.post(
    '/evidence/by-case/:caseId/purpose',
    { schema: { tags, summary: '说明调阅事由（非承办人查看证据前）', params: evidenceCaseParams, body: statePurposeBody, response: { 201: purposeResponse } }, config: { action: 'evidence.read' } },
    async (req, reply) => {
      const { retrieval } = await readEvidenceRules(deps.database.db);
      const r = await withAudit(app, req, { action: 'evidence.purpose', objectType: 'case', objectId: req.params.caseId, detail: { purpose: req.body.purpose } }, (tx) =>
        statePurpose(tx, req.actor!, req.params.caseId, req.body.purpose, deps.clock(), retrieval),
      );
      return reply.status(201).send(r);
    },
  );

  app.post(
    '/evidence/by-case/:caseId/party-requests',
    { schema: { tags, summary: '登记当事人调阅本案记录的申请（待审批）', params: evidenceCaseParams, body: partyRequestBody, response: { 201: z.object({ eventId: z.number() }) } }, config: { action: 'evidence.create' } },
    async (req, reply) => {
      const r = await withAudit(app, req, { action: 'evidence.party-request', objectType: 'case', objectId: req.params.caseId }, (tx) => requestPartyAccess(tx, req.actor!, req.params.caseId, req.body, deps.clock()));
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/evidence/by-case/:caseId/party-requests',
    { schema: { tags, summary: '本案当事人调阅申请及审批结果（承办人据此提供副本）', params: evidenceCaseParams, response: { 200: retrievalRequestsResponse } }, config: { action: 'evidence.create' } },
    async (req) => listPartyRequests(deps.database.db, req.actor!, req.params.caseId),
  );

  app.get(
    '/evidence/retrievable-cases',
    { schema: { tags, summary: '可调阅证据的案件（按名称或编号查找）', querystring: retrievableCasesQuery, response: { 200: retrievableCasesResponse } }, config: { action: 'evidence.read' } },
    async (req) => retrievableCases(deps.database.db, req.actor!, req.query.q),
  );

  app.get(
    '/evidence/retrieval-requests',
    { schema: { tags, summary: '调阅申请（审批）', querystring: retrievalRequestsQuery, response: { 200: retrievalRequestsResponse } }, config: { action: 'evidence.retrieve-approve' } },
    async (req) => listRetrievalRequests(deps.database.db, req.actor!, req.query.status),
  );

  app.post(
    '/evidence/retrieval-requests/:eventId/decision',
    { schema: { tags, summary: '审批调阅申请', params: retrievalEventParams, body: retrievalDecisionBody, response: { 200: z.object({ eventId: z.number() }) } }, config: { action: 'evidence.retrieve-approve' } },
    async (req) => {
      const { retrieval } = await readEvidenceRules(deps.database.db);
      return withAudit(app, req, { action: 'evidence.retrieval-decision', objectType: 'evidence-retrieval', objectId: String(req.params.eventId), detail: { approve: req.body.approve } }, (tx) =>
        decideRetrieval(tx, req.actor!, req.params.eventId, req.body, deps.clock(), retrieval),
      );
    },
  );

  app.get(
    '/evidence/supervision/retrievals',
    { schema: { tags, summary: '调阅监督：非承办人的每一次调阅', querystring: evidenceSupervisionQuery, response: { 200: supervisedRetrievalsResponse } }, config: { action: 'evidence.supervise' } },
    async (req) => withAudit(app, req, { action: 'evidence.supervise-retrievals', objectType: 'evidence', detail: req.query }, (tx) => listSupervisedRetrievals(tx, req.actor!, req.query)),
  );

  app.get(
    '/evidence/supervision/alarms',
    { schema: { tags, summary: '证据完整性告警', querystring: evidenceSupervisionQuery, response: { 200: integrityAlarmsResponse } }, config: { action: 'evidence.supervise' } },
    async (req) => withAudit(app, req, { action: 'evidence.supervise-alarms', objectType: 'evidence', detail: req.query }, (tx) => listIntegrityAlarms(tx, req.actor!, req.query)),
  );

  app.get(
    '/evidence/:id',
    { schema: { tags, summary: '证据详情（不含内容）', params: evidenceIdParams, response: { 200: evidenceItemSchema } }, config: { action: 'evidence.read' } },
    async (req) => evidenceView((await itemInScope(deps.database.db, req.actor!, req.params.id)).item, (await readEvidenceRules(deps.database.db)).retention),
  );

  app.get(
    '/evidence/:id/custody',
    { schema: { tags, summary: '证据保管链', params: evidenceIdParams, response: { 200: custodyResponse } }, config: { action: 'evidence.read' } },
    async (req) => withAudit(app, req, { action: 'evidence.custody', objectType: 'evidence', objectId: req.params.id }, (tx) => custodyTimeline(tx, req.actor!, req.params.id)),
  );

  app.get(
    '/evidence/:id/content',
    { exposeHeadRoute: false, schema: { tags, summary: '证据内容：查看、播放（支持 Range 206）、下载；读取时校验哈希', params: evidenceIdParams, querystring: evidenceContentQuery }, config: { action: 'evidence.read' } },
    async (req, reply) => serveEvidenceContent(app, ev(), req, reply, { id: req.params.id, disposition: req.query.disposition, shareRequest: req.query.shareRequest }),
  );

  app.get(
    '/evidence/:id/poster',
    { exposeHeadRoute: false, schema: { tags, summary: '视频封面帧（有 ffmpeg 时生成）', params: evidenceIdParams }, config: { action: 'evidence.read' } },
    async (req, reply) => serveEvidenceContent(app, ev(), req, reply, { id: req.params.id, disposition: 'inline', poster: true }),
  );

  app.post(
    '/evidence/:id/retrieval-requests',
    { schema: { tags, summary: '申请调阅限制调阅材料', params: evidenceIdParams, body: retrievalRequestBody, response: { 201: z.object({ eventId: z.number() }) } }, config: { action: 'evidence.read' } },
    async (req, reply) => {
      const { retrieval } = await readEvidenceRules(deps.database.db);
      const r = await withAudit(app, req, { action: 'evidence.retrieval-request', objectType: 'evidence', objectId: req.params.id }, (tx) => requestRetrieval(tx, req.actor!, req.params.id, req.body.purpose, deps.clock(), retrieval));
      return reply.status(201).send(r);
    },
  );

  app.post(
    '/evidence/:id/retention',
    { schema: { tags, summary: '变更保管期限（适用最长者）', params: evidenceIdParams, body: evidenceRetentionBody, response: { 200: evidenceItemSchema } }, config: { action: 'evidence.manage' } },
    async (req) => {
      const { retention } = await readEvidenceRules(deps.database.db);
      return evidenceView(await withAudit(app, req, { action: 'evidence.retention', objectType: 'evidence', objectId: req.params.id, detail: req.body }, (tx) => changeRetention(tx, req.actor!, req.params.id, req.body, deps.clock(), retention)), retention);
    },
  );

  app.post(
    '/evidence/:id/legal-hold',
    { schema: { tags, summary: '设置或解除诉讼保全', params: evidenceIdParams, body: evidenceLegalHoldBody, response: { 200: evidenceItemSchema } }, config: { action: 'evidence.manage' } },
    async (req) => {
      const { retention } = await readEvidenceRules(deps.database.db);
      return evidenceView(await withAudit(app, req, { action: 'evidence.legal-hold', objectType: 'evidence', objectId: req.params.id, detail: req.body }, (tx) => setLegalHold(tx, req.actor!, req.params.id, req.body, deps.clock())), retention);
    },
  );

  app.post(
    '/evidence/:id/deletion-request',
    { schema: { tags, summary: '申请删除（关联案件、诉讼保全或保管期未满的不予删除；申请本身留痕）', params: evidenceIdParams, body: evidenceDeletionBody, response: { 200: evidenceDeletionResponse } }, config: { action: 'evidence.manage' } },
    async (req) => {
      const { retention } = await readEvidenceRules(deps.database.db);
      return withAudit(app, req, { action: 'evidence.deletion-request', objectType: 'evidence', objectId: req.params.id }, (tx) => requestDeletion(tx, req.actor!, req.params.id, req.body.reason, deps.clock(), retention));
    },
  );

  app.get(
    '/evidence/rules',
    { schema: { tags, summary: '证据保管期限表与调阅规则（全国默认值，可按本地规定调整）', response: { 200: evidenceRulesSchema } }, config: { action: 'evidence.configure' } },
    async () => (await readEvidenceRules(deps.database.db)) as z.infer<typeof evidenceRulesSchema>,
  );

  app.put(
    '/evidence/rules',
    { schema: { tags, summary: '设置证据保管期限表与调阅规则', body: evidenceRulesSchema, response: { 200: evidenceRulesSchema } }, config: { action: 'evidence.configure' } },
    async (req) => withAudit(app, req, { action: 'evidence.configure', objectType: 'setting', objectId: 'evidence.rules', detail: req.body }, async (tx) => (await saveEvidenceRules(tx, req.body, deps.clock())) as z.infer<typeof evidenceRulesSchema>),
  );
};

const readUploadMetaFromRow = (meta: unknown) => meta as Parameters<typeof ingestEvidence>[3]['meta'];
