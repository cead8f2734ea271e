import type { Db } from '@sanxiang/db';
import type { FastifyInstance } from 'fastify';
import { renderHome } from './pages/home.ts';

export type PortalDeps = { db: Db; demo: boolean };

/** The public disclosure portal: plain server-rendered HTML that works without JavaScript. */
export const portalRoutes = async (app: FastifyInstance, deps: PortalDeps) => {
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(await renderHome(deps.db, deps.demo)));
};

export { escapeHtml, html, raw } from './html.ts';
