import type { Db } from '@sanxiang/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderHome } from './pages/home.ts';
import { type LedgerPublicInfo, renderTransparency } from './pages/transparency.ts';
import { type LawReader, renderLaws } from './pages/laws.ts';
import { renderLaw } from './pages/laws-detail.ts';
import { renderProblem } from './pages/laws-problem.ts';
import { renderAgency } from './pages/agency.ts';
import { renderOfficers } from './pages/officers.ts';
import { type RegistryReader, UUID } from './pages/registry-reader.ts';
import { renderVerifyOfficer } from './pages/verify-officer.ts';
import { type ItemReader, renderAgencyPowers, renderListProblem, renderPowersIndex } from './pages/items-powers.ts';
import { renderItem } from './pages/items-detail.ts';
import { renderInspections } from './pages/items-inspections.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';

export type PortalDeps = { db: Db; demo: boolean; ledger: LedgerPublicInfo; laws: LawReader; registry: RegistryReader; items: ItemReader };

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
  registryPages(app, deps, send);
  itemPages(app, deps, send);
};

const text = (v: unknown, max = 64) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined);

/** 执法主体 and 执法人员 (事前公开), and the 亮证 verification page a party reaches by scanning an officer's QR code. */
const registryPages = (app: FastifyInstance, deps: PortalDeps, send: (reply: FastifyReply, page: string) => FastifyReply) => {
  app.get<{ Querystring: Record<string, unknown> }>('/officers', { schema: { hide: true } }, async (req, reply) => {
    const page = Math.min(Math.max(1, Number.parseInt(text(req.query.page) ?? '1', 10) || 1), 100_000);
    const agency = text(req.query.agency);
    return send(reply, await renderOfficers(deps.registry, deps.demo, { q: text(req.query.q), agencyId: agency && UUID.test(agency) ? agency : undefined, page }));
  });
  app.get<{ Params: { id: string } }>('/agencies/:id', { schema: { hide: true } }, async (req, reply) => {
    const page = UUID.test(req.params.id) ? await renderAgency(deps.registry, deps.demo, req.params.id) : null;
    if (page) return send(reply, page.html);
    const body = html`<h1>没有这个执法主体</h1><section class="card"><p>地址有误或该执法主体未在本平台登记。</p><p><a href="/">查看全部执法主体</a></p></section>`;
    return send(reply.status(404), layout({ title: '没有这个执法主体', demo: deps.demo, body }));
  });
  app.get<{ Params: { token: string } }>('/verify/officer/:token', { schema: { hide: true } }, async (req, reply) => {
    const page = await renderVerifyOfficer(deps.registry, deps.demo, req.params.token);
    // The answer is as of today and the address is a secret of the card: not cached, not indexed, not sent on as a referrer.
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow').header('referrer-policy', 'no-referrer');
    return send(reply.status(page.status), page.html);
  });
};

/** 权责清单 (with each item's service guide and flowchart) and 随机抽查事项清单. */
const itemPages = (app: FastifyInstance, deps: PortalDeps, send: (reply: FastifyReply, page: string) => FastifyReply) => {
  app.get('/powers', { schema: { hide: true } }, async (_req, reply) => send(reply, await renderPowersIndex(deps.items, deps.demo)));
  app.get<{ Params: { id: string } }>('/agencies/:id/powers', { schema: { hide: true } }, async (req, reply) => {
    const page = await renderListProblem(deps.demo, () => renderAgencyPowers(deps.items, deps.demo, req.params.id));
    return send(reply.status(page.status), page.html);
  });
  app.get<{ Params: { id: string } }>('/items/:id', { schema: { hide: true } }, async (req, reply) => {
    const page = await renderListProblem(deps.demo, () => renderItem(deps.items, deps.demo, req.params.id));
    return send(reply.status(page.status), page.html);
  });
  app.get('/inspections', { schema: { hide: true } }, async (_req, reply) => send(reply, await renderInspections(deps.items, deps.demo)));
};

export { escapeHtml, html, raw } from './html.ts';
