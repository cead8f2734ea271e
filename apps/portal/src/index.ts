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
import { assetRoutes } from './assets.ts';
import type { DisclosureReader } from './pages/disclosure-reader.ts';
import { renderDecision, renderDecisions } from './pages/decisions.ts';
import { renderStatistics, renderStatisticsIndex } from './pages/statistics.ts';
import { type DecisionSearch, renderSearch, searchQueryOf } from './pages/search.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';

export type PortalDeps = { db: Db; demo: boolean; ledger: LedgerPublicInfo; laws: LawReader; registry: RegistryReader; items: ItemReader; disclosure: DisclosureReader; search?: DecisionSearch };

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
  disclosurePages(app, deps, send);
  assetRoutes(app);
};

/** 事后公开: decisions on display, each decision's page (QR code, 验证), and the annual statistics. */
const disclosurePages = (app: FastifyInstance, deps: PortalDeps, send: (reply: FastifyReply, page: string) => FastifyReply) => {
  app.get<{ Querystring: Record<string, unknown> }>('/decisions', { schema: { hide: true } }, async (req, reply) => {
    const page = Math.min(Math.max(1, Number.parseInt(text(req.query.page) ?? '1', 10) || 1), 100_000);
    return send(reply, await renderDecisions(deps.disclosure, deps.demo, page));
  });
  app.get<{ Params: { id: string } }>('/decisions/:id', { schema: { hide: true } }, async (req, reply) => {
    const page = await renderDecision(deps.disclosure, deps.demo, req.params.id, `${req.protocol}://${req.host}`, deps.ledger);
    // A withdrawn or ended record keeps its address for whoever holds the printed QR code, but is not indexed.
    if (page.status !== 200 || page.noindex) reply.header('x-robots-tag', 'noindex');
    return send(reply.status(page.status), page.html);
  });
  app.get<{ Querystring: Record<string, unknown> }>('/search', { schema: { hide: true } }, async (req, reply) => {
    if (!deps.search) return send(reply.status(404), layout({ title: '检索不可用', demo: deps.demo, body: html`<h1>检索不可用</h1>` }));
    return send(reply, await renderSearch(deps.search, deps.registry, deps.demo, searchQueryOf(req.query)));
  });
  app.get('/statistics', { schema: { hide: true } }, async (_req, reply) => send(reply, await renderStatisticsIndex(deps.disclosure, deps.demo)));
  app.get<{ Params: { year: string } }>('/statistics/:year', { schema: { hide: true } }, async (req, reply) => {
    const year = /^\d{4}$/.test(req.params.year) ? Number(req.params.year) : NaN;
    if (!Number.isInteger(year)) {
      return send(reply.status(404), layout({ title: '没有这个年度', demo: deps.demo, body: html`<h1>没有这个年度</h1><p class="card"><a href="/statistics">查看已公布的年度数据</a></p>` }));
    }
    const page = await renderStatistics(deps.disclosure, deps.demo, year);
    return send(reply.status(page.status), page.html);
  });
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
