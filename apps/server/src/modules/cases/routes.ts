import {
  caseActBodies,
  caseDetail,
  caseEventsResponse,
  caseDocumentParams,
  caseRulesQuery,
  decisionCheckResponse,
  caseRulesResponse,
  saveCaseRulesBody,
  onTheSpotBody,
  caseIdParams,
  casesResponse,
  decideFilingBody,
  handlerOptionsResponse,
  listCasesQuery,
  partyOptionsQuery,
  partyOptionsResponse,
  registerClueBody,
  requestFilingBody,
} from '@sanxiang/contracts';
import { chinaDateOf, notFound } from '@sanxiang/domain';
import { party } from '@sanxiang/db';
import { asc, ilike, or } from 'drizzle-orm';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { getCase, getCaseEvents, listCases } from './case-queries.ts';
import { eligibleOfficers } from './eligible-officers.ts';
import { decideFiling } from './decide-filing.ts';
import { CASE_ACTION_RULES } from '@sanxiang/domain';
import { caseActHandlers } from './acts/index.ts';
import { reviewGateFor } from '../review/review-gate.ts';
import { performAct } from './perform-act.ts';
import { decideOnTheSpot } from './decide-on-the-spot.ts';
import { discloseDecision } from './disclose-decision.ts';
import { readCaseRules, saveCaseRules } from './case-rule-settings.ts';
import { decisionCheck } from './decision-check.ts';
import { registerClue } from './register-clue.ts';
import { requestFiling } from './request-filing.ts';
import { evidenceDepsFromEnv } from '../../storage/evidence-deps.ts';
import { caseArchiveBuilder } from './documents/build-archive.ts';
import { caseEvidenceFiles, integrityRefusal, rawEvidenceReader, recordEvidenceExport, verifiedEvidenceReader } from './documents/case-file-evidence.ts';
import { loadCaseFileSnapshot } from './documents/case-file-snapshot.ts';
import { buildCasePackage, checkCasePackage, documentFileName, renderAllDocuments, renderCaseDocument, renderCaseFile } from './documents/render-case-file.ts';

const tags = ['案件办理'];

export const caseRoutes = async (app: AppInstance) => {
  const { deps } = app;

  app.get(
    '/cases',
    { schema: { tags, summary: '案件列表（按角色范围）', querystring: listCasesQuery, response: { 200: casesResponse } }, config: { action: 'case.read' } },
    async (req) => {
      const { page, pageSize, mine, ...filter } = req.query;
      // Deadline states need today and the calendar, read before the transaction (PGlite has one connection).
      const context = { today: chinaDateOf(deps.clock()), calendar: await deps.calendar.current() };
      return withAudit(app, req, { action: 'case.list', objectType: 'case', detail: req.query }, (tx) =>
        listCases(tx, req.actor!, { ...filter, mine: mine === 'true' }, page, pageSize, context),
      );
    },
  );

  app.get(
    '/cases/:id',
    { schema: { tags, summary: '案件详情与全过程记录', params: caseIdParams, response: { 200: caseDetail } }, config: { action: 'case.read' } },
    async (req) => withAudit(app, req, { action: 'case.read', objectType: 'case', objectId: req.params.id }, (tx) => getCase(tx, req.actor!, req.params.id)),
  );

  app.post(
    '/cases',
    { schema: { tags, summary: '案源登记', body: registerClueBody, response: { 201: caseDetail } }, config: { action: 'case.create' } },
    async (req, reply) => {
      const detail = await withAudit(app, req, { action: 'case.create', objectType: 'case' }, async (tx, note) => {
        const created = await registerClue(tx, req.actor!, req.body, deps.clock());
        note({ objectId: created.id });
        return getCase(tx, req.actor!, created.id);
      });
      return reply.status(201).send(detail);
    },
  );

  app.post(
    '/cases/:id/filing-request',
    { schema: { tags, summary: '申请立案（主办人；追责时效与执法人员人数检查）', params: caseIdParams, body: requestFilingBody, response: { 200: caseDetail } }, config: { action: 'case.act' } },
    async (req) =>
      withAudit(app, req, { action: 'case.filing-request', objectType: 'case', objectId: req.params.id }, async (tx) => {
        await requestFiling(tx, req.actor!, req.params.id, req.body, deps.clock());
        return getCase(tx, req.actor!, req.params.id);
      }),
  );

  app.post(
    '/cases/:id/filing-decision',
    { schema: { tags, summary: '立案审批：同意立案（编号、九十日决定期限）或不予立案', params: caseIdParams, body: decideFilingBody, response: { 200: caseDetail } }, config: { action: 'case.act' } },
    async (req) => {
      const calendar = await deps.calendar.current(); // read before the transaction (PGlite has one connection)
      return withAudit(app, req, { action: 'case.filing-decision', objectType: 'case', objectId: req.params.id, detail: { approve: req.body.approve } }, async (tx) => {
        await performAct(tx, req.actor!, req.params.id, decideFiling, req.body, { now: deps.clock(), calendar });
        return getCase(tx, req.actor!, req.params.id);
      });
    },
  );

  // Evidence files live in the evidence module's storage, built from the environment on first use like its routes do.
  const evidenceStorage = () => (deps.evidence ??= evidenceDepsFromEnv(deps.config.dataDir)).storage;
  const handlers = caseActHandlers({ reviewGate: reviewGateFor, buildArchive: caseArchiveBuilder({ list: caseEvidenceFiles, read: rawEvidenceReader(evidenceStorage) }) });
  for (const act of Object.keys(caseActBodies) as Array<keyof typeof caseActBodies>) {
    const rule = CASE_ACTION_RULES[act];
    app.post(
      `/cases/:id/acts/${act}`,
      { schema: { tags, summary: `${rule.label}（${rule.whoLabel}）`, params: caseIdParams, body: caseActBodies[act], response: { 200: caseDetail } }, config: { action: 'case.act' } },
      async (req) => {
        const calendar = await deps.calendar.current(); // read before the transaction (PGlite has one connection)
        return withAudit(app, req, { action: `case.${act}`, objectType: 'case', objectId: req.params.id }, async (tx) => {
          await performAct(tx, req.actor!, req.params.id, handlers[act] as never, req.body, { now: deps.clock(), calendar });
          if (act === 'decide') await discloseDecision(tx, req.params.id, calendar, deps.clock(), req.actor!.accountId);
          return getCase(tx, req.actor!, req.params.id);
        });
      },
    );
  }

  app.post(
    '/cases/on-the-spot',
    { schema: { tags, summary: '简易程序：当场作出行政处罚决定（警告或小额罚款，处罚法第五十一条）', body: onTheSpotBody, response: { 201: caseDetail } }, config: { action: 'case.create' } },
    async (req, reply) => {
      const calendar = await deps.calendar.current();
      const detail = await withAudit(app, req, { action: 'case.on-the-spot', objectType: 'case' }, async (tx, note) => {
        const id = await decideOnTheSpot(tx, req.actor!, req.body, { now: deps.clock(), calendar });
        await discloseDecision(tx, id, calendar, deps.clock(), req.actor!.accountId);
        note({ objectId: id });
        return getCase(tx, req.actor!, id);
      });
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/cases/:id/events',
    { schema: { tags, summary: '全过程记录（全部，由旧到新；案件详情只带最新的 50 条）', params: caseIdParams, response: { 200: caseEventsResponse } }, config: { action: 'case.read' } },
    async (req) => withAudit(app, req, { action: 'case.read', objectType: 'case', objectId: req.params.id }, (tx) => getCaseEvents(tx, req.actor!, req.params.id)),
  );

  app.get(
    '/cases/:id/decision-check',
    { schema: { tags, summary: '作出决定前的检查：现在作出决定会被哪些条件拒绝（与作出决定时的检查相同）', params: caseIdParams, response: { 200: decisionCheckResponse } }, config: { action: 'case.read' } },
    async (req) => decisionCheck(deps.database.db, req.actor!, req.params.id, deps.clock(), reviewGateFor),
  );

  app.get(
    '/case-rules',
    { schema: { tags, summary: '办案程序的可配置数值（本机关设定或全国默认）', querystring: caseRulesQuery, response: { 200: caseRulesResponse } }, config: { action: 'case-rules.read' } },
    async (req) => readCaseRules(deps.database.db, req.actor!, req.query.agencyId ?? req.actor!.agencyId),
  );

  app.put(
    '/case-rules',
    { schema: { tags, summary: '设定机关的办案程序数值（陈述申辩期限、听证的较大数额、办案期限延长等）', body: saveCaseRulesBody, response: { 200: caseRulesResponse } }, config: { action: 'case-rules.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'case-rules.save', objectType: 'agency', objectId: req.body.agencyId, detail: req.body.rules }, (tx) => saveCaseRules(tx, req.actor!, req.body.agencyId, req.body.rules, deps.clock())),
  );

  /** RFC 5987: the Chinese name for browsers, an ASCII fallback for the rest. */
  const disposition = (kind: 'inline' | 'attachment', name: string, fallback: string) => `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

  /** Reads what a case's documents are made of, after the actor's access to the case is checked (CASE_NOT_FOUND otherwise). */
  const readCaseFile = async (tx: Parameters<typeof getCase>[0], req: { actor: Parameters<typeof getCase>[1] | null }, id: string) => {
    await getCase(tx, req.actor!, id);
    const snap = await loadCaseFileSnapshot(tx, id);
    if (!snap) throw notFound('CASE_NOT_FOUND', '没有这个案件');
    return snap;
  };

  app.get(
    '/cases/:id/documents/:documentId.pdf',
    { schema: { tags, summary: '执法文书（PDF，由全过程记录生成）', params: caseDocumentParams }, config: { action: 'case.read' } },
    async (req, reply) => {
      const { snap, doc } = await withAudit(app, req, { action: 'case.document-download', objectType: 'case', objectId: req.params.id, detail: { documentId: req.params.documentId } }, async (tx) => {
        const snap = await readCaseFile(tx, req, req.params.id);
        const doc = snap.documents.find((d) => d.id === req.params.documentId);
        if (!doc) throw notFound('CASE_DOCUMENT_NOT_FOUND', '本案没有这份文书');
        return { snap, doc };
      });
      // Rendered after the transaction: PGlite has one connection, and rendering is the slow part.
      const pdf = await renderCaseDocument(snap, doc);
      return reply.type('application/pdf').header('cache-control', 'private, no-store').header('content-disposition', disposition('inline', documentFileName(doc), 'document.pdf')).send(pdf);
    },
  );

  app.get(
    '/cases/:id/file.pdf',
    { schema: { tags, summary: '电子卷宗（PDF：封面、卷内目录及页号、全部文书、证据材料目录）', params: caseIdParams }, config: { action: 'case.read' } },
    async (req, reply) => {
      const { snap, evidence } = await withAudit(app, req, { action: 'case.file-download', objectType: 'case', objectId: req.params.id, detail: { format: 'pdf' } }, async (tx) => {
        const snap = await readCaseFile(tx, req, req.params.id);
        return { snap, evidence: await caseEvidenceFiles(tx, req.params.id) };
      });
      if (!snap.documents.length) throw notFound('CASE_FILE_EMPTY', '本案尚无文书，无法生成电子卷宗');
      const archived = [...snap.events].reverse().find((e) => e.type === 'archived');
      const file = await renderCaseFile(snap, await renderAllDocuments(snap), evidence, { archivedOn: archived ? chinaDateOf(new Date(archived.at)) : undefined });
      const name = `${snap.title}（${snap.caseNumber ?? snap.clueNumber}）电子卷宗.pdf`;
      return reply.type('application/pdf').header('cache-control', 'private, no-store').header('content-disposition', disposition('inline', name, 'case-file.pdf')).send(file.pdf);
    },
  );

  app.get(
    '/cases/:id/file.zip',
    { schema: { tags, summary: '归档包（ZIP：电子卷宗、全部文书、证据文件、manifest.json 逐个文件 SM3）', params: caseIdParams }, config: { action: 'case.read' } },
    async (req, reply) => {
      const now = deps.clock();
      const { snap, evidence, archive } = await withAudit(app, req, { action: 'case.file-download', objectType: 'case', objectId: req.params.id, detail: { format: 'zip' } }, async (tx) => {
        const snap = await readCaseFile(tx, req, req.params.id);
        const evidence = await caseEvidenceFiles(tx, req.params.id);
        await recordEvidenceExport(tx, req.actor!, evidence, now);
        const archived = [...snap.events].reverse().find((e) => e.type === 'archived');
        return { snap, evidence, archive: archived ? { on: archived.at, manifestSm3: archived.payload.manifestSm3 as string | null, issuedOn: chinaDateOf(new Date(archived.at)) } : null };
      });
      if (!snap.documents.length) throw notFound('CASE_FILE_EMPTY', '本案尚无文书，无法生成归档包');
      // An archived case packs as on the day it was archived, so its listing SM3 can be compared with the one recorded.
      const pkg = await buildCasePackage(snap, evidence, verifiedEvidenceReader(evidenceStorage), { createdOn: archive?.issuedOn ?? chinaDateOf(now) }).catch((e) => {
        throw integrityRefusal(e);
      });
      const check = checkCasePackage(pkg, evidence, archive?.manifestSm3 ?? undefined);
      const name = `${snap.title}（${snap.caseNumber ?? snap.clueNumber}）归档包.zip`;
      return reply
        .type('application/zip')
        .header('cache-control', 'private, no-store')
        .header('x-manifest-sm3', pkg.manifest.listingSm3)
        .header('x-archive-check', check.passed ? 'passed' : 'failed')
        .header('content-disposition', disposition('attachment', name, 'case-file.zip'))
        .send(pkg.zip);
    },
  );

  app.get(
    '/cases/options/handlers',
    { schema: { tags, summary: '可承办案件的本机关执法人员（执法证有效）', response: { 200: handlerOptionsResponse } }, config: { action: 'case.create' } },
    async (req) => ({ items: await eligibleOfficers(deps.database.db, req.actor!.agencyId, deps.clock()) }),
  );

  app.get(
    '/cases/options/parties',
    { schema: { tags, summary: '当事人（选择用，按名称或信用代码搜索，证件号已脱敏）', querystring: partyOptionsQuery, response: { 200: partyOptionsResponse } }, config: { action: 'case.create' } },
    async (req) =>
      withAudit(app, req, { action: 'party.list', objectType: 'party', detail: req.query }, async (tx) => ({
        items: (
          await tx
            .select()
            .from(party)
            .where(req.query.q ? or(ilike(party.name, `%${req.query.q}%`), ilike(party.creditCode, `%${req.query.q}%`)) : undefined)
            .orderBy(asc(party.name))
            .limit(req.query.limit)
        ).map((p) => ({
          id: p.id,
          name: p.name,
          kind: p.kind as 'person' | 'organization',
          creditCode: p.creditCode,
          idNumberMasked: p.idNumberMasked,
        })),
      })),
  );
};
