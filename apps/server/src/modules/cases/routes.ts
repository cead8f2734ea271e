import {
  caseDetail,
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
import { party } from '@sanxiang/db';
import { asc, ilike, or } from 'drizzle-orm';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { getCase, listCases } from './case-queries.ts';
import { eligibleOfficers } from './eligible-officers.ts';
import { decideFiling } from './decide-filing.ts';
import { registerClue } from './register-clue.ts';
import { requestFiling } from './request-filing.ts';

const tags = ['案件办理'];

export const caseRoutes = async (app: AppInstance) => {
  const { deps } = app;

  app.get(
    '/cases',
    { schema: { tags, summary: '案件列表（按角色范围）', querystring: listCasesQuery, response: { 200: casesResponse } }, config: { action: 'case.read' } },
    async (req) => {
      const { page, pageSize, mine, ...filter } = req.query;
      return withAudit(app, req, { action: 'case.list', objectType: 'case', detail: req.query }, (tx) =>
        listCases(tx, req.actor!, { ...filter, mine: mine === 'true' }, page, pageSize),
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
        await decideFiling(tx, req.actor!, req.params.id, req.body, deps.clock(), calendar);
        return getCase(tx, req.actor!, req.params.id);
      });
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
