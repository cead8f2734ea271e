import {
  openDecisionsCsvQuery,
  openDecisionsQuery,
  openDecisionsResponse,
  redactBody,
  redactResponse,
  searchDecisionsQuery,
  searchDecisionsResponse,
} from '@sanxiang/contracts';
import { chinaDateOf } from '@sanxiang/domain';
import { redact } from '@sanxiang/domain/disclosure/redaction';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.ts';
import { decisionsFeed, openDecisions, openDecisionsCsv } from './open-data.ts';
import { searchDisclosures } from './search-index.ts';

const tags = ['公开数据'];

/** Absolute origin for links: the configured public URL, else the request's own. */
export const baseUrlOf = (app: AppInstance, req: FastifyRequest) => (app.deps.config.publicBaseUrl ?? `${req.protocol}://${req.host}`).replace(/\/$/, '');

/**
 * Public routes of the disclosure portal's data (listed in PUBLIC_ROUTES): the redaction preview for integrators
 * (rate-limited: it is CPU work anyone can ask for), search, and open data in JSON and the 双公示 CSV.
 */
export const disclosurePublicRoutes = async (app: AppInstance) => {
  const { deps } = app;

  app.post(
    '/disclosure/redact',
    {
      schema: { tags, summary: '脱敏预览：隐去他人姓名、身份证号、电话、住址、银行账号、车牌、健康信息', body: redactBody, response: { 200: redactResponse } },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => redact(req.body.text, req.body.party),
  );

  app.get(
    '/open/decisions',
    { schema: { tags, summary: '公示中的执法决定（分页，最新发布在前）', querystring: openDecisionsQuery, response: { 200: openDecisionsResponse } } },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return openDecisions(deps.database.db, filter, page, pageSize, baseUrlOf(app, req));
    },
  );

  app.get(
    '/open/decisions.csv',
    { schema: { tags, summary: '双公示格式导出（行政处罚 / 行政许可，CSV）', querystring: openDecisionsCsvQuery } },
    async (req, reply) => {
      const { kind, ...filter } = req.query;
      const csv = await openDecisionsCsv(deps.database.db, kind, filter, baseUrlOf(app, req));
      const name = `${kind === 'penalty' ? 'xingzhengchufa' : 'xingzhengxuke'}-${chinaDateOf(deps.clock())}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(csv);
    },
  );

  app.get(
    '/open/search',
    {
      schema: { tags, summary: '全文检索公示中的执法决定（中文分词，命中处高亮）', querystring: searchDecisionsQuery, response: { 200: searchDecisionsResponse } },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => searchDisclosures(deps.database.db, req.query),
  );
};

/** The Atom feed lives beside the portal pages, not under /api/v1. */
export const disclosureFeedRoutes = async (app: AppInstance) => {
  app.get('/feeds/decisions.atom', { schema: { hide: true } }, async (req, reply) => {
    const feed = await decisionsFeed(app.deps.database.db, baseUrlOf(app, req), app.deps.clock());
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(feed);
  });
};
