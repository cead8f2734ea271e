import type { PublicOfficerItem } from '@sanxiang/contracts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { chineseDate, type RegistryReader } from './registry-reader.ts';

export const OFFICERS_PAGE_SIZE = 20;

export type OfficerSearch = { q?: string; agencyId?: string; page: number };

const hrefOf = (s: OfficerSearch, page: number) => {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.agencyId) p.set('agency', s.agencyId);
  if (page > 1) p.set('page', String(page));
  const query = p.toString();
  return `/officers${query ? `?${query}` : ''}`;
};

/** The public officer table (also on each agency's page): disclosed fields only, never an ID number or phone. */
export const officerTable = (items: PublicOfficerItem[], options: { showAgency: boolean; caption?: Html }) => html`<table>
${options.caption ? html`<caption class="muted" style="text-align:left;padding:6px 0">${options.caption}</caption>` : ''}
<thead><tr><th scope="col">姓名</th><th scope="col">性别</th><th scope="col">职务</th>${options.showAgency ? html`<th scope="col">执法主体</th>` : html`<th scope="col">内设机构</th>`}<th scope="col">执法证号</th><th scope="col">执法领域</th><th scope="col">有效期至</th></tr></thead>
<tbody>${items.map(
  (o) => html`<tr><td>${o.name}</td><td>${o.genderLabel}</td><td>${o.post ?? '—'}</td>
${options.showAgency ? html`<td><a href="/agencies/${o.agencyId}">${o.agencyName}</a></td>` : html`<td>${o.unitName ?? '—'}</td>`}
<td><code>${o.certificateNo}</code></td><td>${o.fieldLabels.join('、') || '—'}</td><td>${chineseDate(o.validTo)}</td></tr>`,
)}</tbody>
</table>`;

/** 执法人员名单: searchable by name or certificate number and by agency, paged with plain links (no JavaScript). */
export const renderOfficers = async (reader: RegistryReader, demo: boolean, search: OfficerSearch): Promise<string> => {
  const agencies = await reader.agencies();
  const agencyId = agencies.some((a) => a.id === search.agencyId) ? search.agencyId : undefined;
  const s = { ...search, agencyId };
  const result = await reader.officers({ q: s.q, agencyId, page: s.page, pageSize: OFFICERS_PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / OFFICERS_PAGE_SIZE));
  const filtered = Boolean(s.q || agencyId);

  const body = html`<h1>行政执法人员</h1>
<p class="muted">公示持有有效行政执法证件的人员（按姓名拼音排序）。执法人员执行公务时应当主动出示执法证件；扫描证件上的二维码可核验证件是否有效。</p>
<form method="get" action="/officers" role="search" class="card" style="display:flex;gap:8px 12px;align-items:center;flex-wrap:wrap">
<label for="q">姓名或执法证号</label>
<input id="q" name="q" type="search" value="${s.q ?? ''}" maxlength="64" placeholder="如：张伟 或 37012" style="flex:1;min-width:180px;padding:6px 10px;font:inherit;border:1px solid var(--line);border-radius:6px">
<label for="agency">执法主体</label>
<select id="agency" name="agency" style="padding:6px 10px;font:inherit;border:1px solid var(--line);border-radius:6px;max-width:100%">
<option value="">全部</option>
${agencies.map((a) => html`<option value="${a.id}"${a.id === agencyId ? html` selected` : ''}>${a.name}</option>`)}
</select>
<button type="submit" style="padding:6px 16px;font:inherit">查询</button>
${filtered ? html`<a href="/officers">清除</a>` : ''}
</form>
<p data-testid="officer-count">${filtered ? '符合条件的' : '共有'}执法人员 ${result.total} 名${result.total > 0 ? html`，第 ${result.page} / ${pages} 页` : ''}。</p>
${result.items.length ? officerTable(result.items, { showAgency: true }) : html`<p class="card">没有找到符合条件的执法人员。如执法人员出示的证件在此查不到，可扫描证件二维码核验，或向执法主体核实。</p>`}
${
  pages > 1
    ? html`<nav aria-label="分页" style="margin-top:12px;display:flex;gap:16px">
${result.page > 1 ? html`<a href="${hrefOf(s, result.page - 1)}" rel="prev">上一页</a>` : ''}
${result.page < pages ? html`<a href="${hrefOf(s, result.page + 1)}" rel="next">下一页</a>` : ''}
</nav>`
    : ''
}`;
  return layout({ title: '执法人员', demo, body, description: '行政执法人员姓名、性别、职务、执法主体与执法证号公示' });
};
