import type { Db } from '@sanxiang/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderHome } from './pages/home.ts';
import { type LedgerPublicInfo, renderTransparency } from './pages/transparency.ts';
import { type LawReader, renderLaws } from './pages/laws.ts';
import { renderLaw } from './pages/laws-detail.ts';
import { renderProblem } from './pages/laws-problem.ts';

export type PortalDeps = { db: Db; demo: boolean; ledger: LedgerPublicInfo; laws: LawReader };

/** The public disclosure portal: plain server-rendered HTML that works without JavaScript. */
export const portalRoutes = async (app: FastifyInstance, deps: PortalDeps) => {
  const send = (reply: FastifyReply, page: string) => reply.type('text/html; charset=utf-8').send(page);
  app.get('/', { schema: { hide: true } }, async (_req, reply) => send(reply, await renderHome(deps.db, deps.demo)));
  app.get<{ Querystring: { page?: string } }>('/transparency', { schema: { hide: true } }, async (req, reply) => {
    const page = Math.min(Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1), 100_000);
    return send(reply, await renderTransparency(deps.db, deps.demo, deps.ledger, page));
  });
  app.get<{ Querystring: Record<string, unknown> }>('/laws', { schema: { hide: true } }, async (req, reply) =>
    send(reply, await renderLaws(deps.laws, deps.demo, typeof req.query.q === 'string' ? req.query.q : undefined)),
  );
  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/laws/:id', { schema: { hide: true } }, async (req, reply) => {
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const page = await renderProblem(deps.demo, () => renderLaw(deps.laws, deps.demo, req.params.id, { on: text(req.query.on), versionId: text(req.query.versionId) }));
    return send(reply.status(page.status), page.html);
  });
};

export { escapeHtml, html, raw } from './html.ts';
