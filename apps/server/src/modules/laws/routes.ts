import {
  importLawBody,
  importLawResponse,
  lawDetail,
  lawDetailQuery,
  lawIdParams,
  lawsResponse,
  listLawsQuery,
  resolveCitationQuery,
  resolvedCitation,
} from '@sanxiang/contracts';
import { chinaDateOf } from '@sanxiang/domain';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { importLawText } from './import-law-text.ts';
import { getLaw, listLaws } from './law-queries.ts';
import { resolveCitation } from './resolve-citation.ts';

const tags = ['法律法规库'];

// Reading the law is public (法律法规 are published texts); only importing is an administrator's act.
export const lawRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const today = () => chinaDateOf(deps.clock());

  app.get(
    '/laws',
    { schema: { tags, summary: '法律法规列表', querystring: listLawsQuery, response: { 200: lawsResponse } } },
    async (req) => listLaws(deps.database.db, req.query, today()),
  );

  app.get(
    '/laws/resolve',
    { schema: { tags, summary: '解析法条引用，返回某日施行版本中的条文', querystring: resolveCitationQuery, response: { 200: resolvedCitation } } },
    async (req) => resolveCitation(deps.database.db, req.query.citation, req.query.on ?? today()),
  );

  app.get(
    '/laws/:id',
    { schema: { tags, summary: '法律法规详情：版本、目录与条文（默认今天施行的版本）', params: lawIdParams, querystring: lawDetailQuery, response: { 200: lawDetail } } },
    async (req) => getLaw(deps.database.db, req.params.id, req.query, today()),
  );

  app.post(
    '/laws/import',
    { schema: { tags, summary: '导入法律法规文本或新版本（系统管理员）', body: importLawBody, response: { 201: importLawResponse } }, config: { action: 'law.import' } },
    async (req, reply) => {
      const { text: _text, ...meta } = req.body;
      const calendar = await deps.calendar.current(); // read before the transaction (PGlite has one connection)
      const result = await withAudit(app, req, { action: 'law.import', objectType: 'law', detail: meta }, async (tx, note) => {
        const imported = await importLawText(tx, req.body, { by: req.actor!.accountId, now: deps.clock(), calendar });
        note({ objectId: imported.law.id, detail: { ...meta, title: imported.law.title, versionId: imported.version.id, newLaw: imported.newLaw, flaggedItems: imported.flaggedItems } });
        return imported;
      });
      return reply.status(201).send(result);
    },
  );
};
