import { DISCLOSURE_KIND_LABELS } from '@sanxiang/domain';
import { html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import { chineseDate, type RegistryReader, UUID } from './registry-reader.ts';

/** What the search page asks; the server's disclosure module answers (`search-index.ts`). */
export type DecisionSearchQuery = {
  q?: string;
  agencyId?: string;
  kind?: string;
  from?: string;
  to?: string;
  partyKind?: 'person' | 'organization';
  page: number;
  pageSize: number;
};
export type DecisionSearchHit = {
  id: string;
  agencyName: string;
  kind: keyof typeof DISCLOSURE_KIND_LABELS;
  documentNumber: string;
  decisionDate: string;
  partyName: string;
  partyKind: 'person' | 'organization';
  category: string;
  /** Already escaped HTML with <mark> around the matches. */
  snippetHtml: string;
};
export type DecisionSearch = (query: DecisionSearchQuery) => Promise<{ items: DecisionSearchHit[]; total: number; totalIsLowerBound: boolean; page: number; pageSize: number }>;

export const SEARCH_PAGE_SIZE = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: unknown, max = 80) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined);

/** Reads the query string, keeping only values that mean something (a bad value is dropped, never an error). */
export const searchQueryOf = (query: Record<string, unknown>): DecisionSearchQuery => {
  const kind = text(query.kind);
  const partyKind = text(query.party);
  const agencyId = text(query.agency);
  const from = text(query.from);
  const to = text(query.to);
  return {
    q: text(query.q),
    agencyId: agencyId && UUID.test(agencyId) ? agencyId : undefined,
    kind: kind && kind in DISCLOSURE_KIND_LABELS ? kind : undefined,
    partyKind: partyKind === 'person' || partyKind === 'organization' ? partyKind : undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    page: Math.min(Math.max(1, Number.parseInt(text(query.page) ?? '1', 10) || 1), 10_000),
    pageSize: SEARCH_PAGE_SIZE,
  };
};

const hrefOf = (s: DecisionSearchQuery, page: number) => {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.agencyId) p.set('agency', s.agencyId);
  if (s.kind) p.set('kind', s.kind);
  if (s.partyKind) p.set('party', s.partyKind);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (page > 1) p.set('page', String(page));
  return `/search?${p.toString()}`;
};

const CSS = `.sf{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px 16px;align-items:end}
.sf label{display:block;font-size:14px;color:var(--muted);margin-bottom:2px}.sf input,.sf select{width:100%;padding:6px 10px;font:inherit;border:1px solid #8a94a3;border-radius:6px;background:#fff;color:var(--fg)}
.sf .q{grid-column:1/-1}.sf button{margin-right:12px;padding:7px 18px;font:inherit;border:1px solid #0b57d0;background:#0b57d0;color:#fff;border-radius:6px;cursor:pointer}
.hit h2{font-size:17px;margin:0 0 4px}.hit p{margin:4px 0}.hit mark{background:#ffe58f;color:inherit;padding:0 1px}`;

/** 检索执法决定: plain GET form, works without JavaScript; only decisions on display are searched. */
export const renderSearch = async (search: DecisionSearch, registry: RegistryReader, demo: boolean, query: DecisionSearchQuery): Promise<string> => {
  const agencies = await registry.agencies();
  const s = { ...query, agencyId: agencies.some((a) => a.id === query.agencyId) ? query.agencyId : undefined };
  const asked = Boolean(s.q || s.agencyId || s.kind || s.partyKind || s.from || s.to);
  const result = asked ? await search(s) : null;
  const pages = result ? Math.max(1, Math.ceil(result.total / s.pageSize)) : 1;
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? raw(' selected') : ''}>${label}</option>`;

  const body = html`<style>${raw(CSS)}</style>
<h1>检索执法决定</h1>
<p class="muted">检索公示中的行政处罚、行政许可等执法决定（已撤回或公示期满的决定不在检索范围内）。可输入当事人名称、文号、违法行为、依据等，多个词用空格分开。</p>
<form method="get" action="/search" role="search" aria-label="检索执法决定" class="card sf">
<div class="q"><label for="q">关键词</label><input id="q" name="q" type="search" value="${s.q ?? ''}" maxlength="80" placeholder="如：过期食品 罚款"></div>
<div><label for="agency">执法机关</label><select id="agency" name="agency">${option('', '全部', !s.agencyId)}${agencies.map((a) => option(a.id, a.name, a.id === s.agencyId))}</select></div>
<div><label for="kind">决定类别</label><select id="kind" name="kind">${option('', '全部', !s.kind)}${Object.entries(DISCLOSURE_KIND_LABELS).map(([k, l]) => option(k, l, k === s.kind))}</select></div>
<div><label for="party">当事人类别</label><select id="party" name="party">${option('', '全部', !s.partyKind)}${option('organization', '法人及非法人组织', s.partyKind === 'organization')}${option('person', '自然人', s.partyKind === 'person')}</select></div>
<div><label for="from">决定日期 自</label><input id="from" name="from" type="date" value="${s.from ?? ''}"></div>
<div><label for="to">至</label><input id="to" name="to" type="date" value="${s.to ?? ''}"></div>
<div><button type="submit">检索</button> ${asked ? html`<a href="/search">清除条件</a>` : ''}</div>
</form>
${
  result
    ? html`<section aria-labelledby="results-title">
<h2 id="results-title" data-testid="search-count">${
  result.total > 0
    ? html`找到 ${result.total}${result.totalIsLowerBound ? ' 条以上' : ' 条'}执法决定${result.totalIsLowerBound ? '（按公开时间倒序）' : ''}，第 ${result.page} / ${pages} 页`
    : '没有找到符合条件的执法决定'
}</h2>
${result.total === 0 ? html`<p class="card">请换用其他关键词，或减少筛选条件。</p>` : ''}
${result.items.map(
  (d) => html`<article class="card hit">
<h2><a href="/decisions/${d.id}">${d.documentNumber}</a></h2>
<p class="muted">${DISCLOSURE_KIND_LABELS[d.kind]} · ${d.category} · ${d.agencyName} · 当事人：${d.partyName}（${d.partyKind === 'organization' ? '组织' : '自然人'}） · 决定日期 ${chineseDate(d.decisionDate)}</p>
<p>${raw(d.snippetHtml)}</p>
</article>`,
)}
${
  pages > 1
    ? html`<nav aria-label="分页" style="margin-top:12px;display:flex;gap:16px">
${result.page > 1 ? html`<a href="${hrefOf(s, result.page - 1)}" rel="prev">上一页</a>` : ''}
${result.page < pages ? html`<a href="${hrefOf(s, result.page + 1)}" rel="next">下一页</a>` : ''}
</nav>`
    : ''
}
</section>`
    : ''
}
<p class="muted">开放数据：<a href="/api/v1/open/decisions">JSON</a> · <a href="/api/v1/open/decisions.csv?kind=penalty">行政处罚 CSV（双公示格式）</a> · <a href="/api/v1/open/decisions.csv?kind=licence">行政许可 CSV</a> · <a href="/feeds/decisions.atom">Atom 订阅</a></p>`;
  return layout({ title: s.q ? `检索：${s.q}` : '检索执法决定', demo, body, description: '检索公示中的行政执法决定' });
};
