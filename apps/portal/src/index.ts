import type { Db } from '@sanxiang/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderHome } from './pages/home.ts';
import { type LedgerPublicInfo, renderTransparency } from './pages/transparency.ts';

export type PortalDeps = { db: Db; demo: boolean; ledger: LedgerPublicInfo };

/** The public disclosure portal: plain server-rendered HTML that works without JavaScript. */
export const portalRoutes = async (app: FastifyInstance, deps: PortalDeps) => {
  const send = (reply: FastifyReply, page: string) => reply.type('text/html; charset=utf-8').send(page);
  app.get('/', { schema: { hide: true } }, async (_req, reply) => send(reply, await renderHome(deps.db, deps.demo)));
  app.get<{ Querystring: { page?: string } }>('/transparency', { schema: { hide: true } }, async (req, reply) => {
    const page = Math.min(Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1), 100_000);
    return send(reply, await renderTransparency(deps.db, deps.demo, deps.ledger, page));
  });
};

export { escapeHtml, html, raw } from './html.ts';
