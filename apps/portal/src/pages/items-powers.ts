import type { EnforcementItemDetail, InspectionItemView } from '@sanxiang/contracts';
import { httpStatusOf, isDomainError, ITEM_KINDS } from '@sanxiang/domain';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';

export type PortalAgency = { id: string; name: string; regionName: string; regionCode: string; address: string | null; phone: string | null; itemCount: number; inspectionCount: number };

/** What the list pages read: the server's item use cases (the same views the API answers with). */
export type ItemReader = {
  agencies: () => Promise<PortalAgency[]>;
  powers: (agencyId: string) => Promise<{ agency: PortalAgency; items: EnforcementItemDetail[] }>;
  item: (id: string) => Promise<EnforcementItemDetail & { flowchart: { key: string; title: string; procedure: 'general' | 'simple'; svg: string } }>;
  inspections: () => Promise<Array<{ agency: PortalAgency; items: InspectionItemView[] }>>;
};

export const ITEM_CSS = `
.kind{display:inline-block;font-size:13px;padding:0 8px;border-radius:10px;background:#eef2ff;color:#2a3f8f;white-space:nowrap}
.proc-simple{background:#e7f5ee;color:#0f7b4a}.proc-general{background:#eef3fc;color:#2f5fb3}
.basis a{display:block}.small{font-size:14px}.nowrap{white-space:nowrap}
table.list td,table.list th{font-size:15px}table.fixed{table-layout:fixed}table.fixed td{overflow-wrap:anywhere}
@media (max-width:820px){table.fixed{table-layout:auto}}
`;

/** Legal bases as links to the cited article on the law page. */
export const basisLinks = (item: { legalBasis: EnforcementItemDetail['legalBasis'] }): Html =>
  html`<span class="basis">${item.legalBasis.map(
    (b) => html`<a href="${b.href}">${b.citation}${b.inForce ? '' : html`<span class="muted">（${b.versionAdoptedOn}通过的版本）</span>`}</a>`,
  )}</span>`;

export const penaltySummary = (item: EnforcementItemDetail): Html => {
  if (item.kind !== 'penalty') return html`${item.timeLimitText ?? html`<span class="muted">—</span>`}`;
  return html`${item.penalties.map((p, i) => html`${i ? '；' : ''}${p.label}${p.rangeText ? html`（${p.rangeText}）` : ''}`)}`;
};

export const remedyShort = (item: EnforcementItemDetail): Html =>
  html`复议：${item.remedies.reconsideration.organ}（${item.remedies.reconsideration.days}日内）<br>诉讼：${item.remedies.litigation.court}（${item.remedies.litigation.months}个月内）`;

/** A page that cannot be shown (no such agency or item, a withdrawn item), with its status and a way back. */
export const renderListProblem = async (demo: boolean, render: () => Promise<string>): Promise<{ status: number; html: string }> => {
  try {
    return { status: 200, html: await render() };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const body = html`<h1>无法显示</h1><section class="card"><p>${e.message}</p><p><a href="/powers">返回权责清单</a></p></section>`;
    return { status: httpStatusOf[e.category], html: layout({ title: '无法显示', demo, body }) };
  }
};

/** 权责清单 index: every agency with how many items it publishes. */
export const renderPowersIndex = async (reader: ItemReader, demo: boolean): Promise<string> => {
  const agencies = await reader.agencies();
  const body = html`<h1>权责清单</h1>
<p class="muted">各行政执法主体依法公示的执法事项（行政许可、行政处罚、行政强制、行政检查等），包括实施依据、处罚种类和幅度、办理程序、时限、救济渠道和服务指南。</p>
<table class="list">
<thead><tr><th scope="col">执法主体</th><th scope="col">所在地区</th><th scope="col">执法事项</th><th scope="col">随机抽查事项</th></tr></thead>
<tbody>${agencies.map(
    (a) => html`<tr><td>${a.itemCount ? html`<a href="/agencies/${a.id}/powers">${a.name}</a>` : a.name}</td><td>${a.regionName}</td>
<td>${a.itemCount ? html`${a.itemCount} 项` : html`<span class="muted">尚未公布</span>`}</td>
<td>${a.inspectionCount ? html`<a href="/inspections#ag-${a.id}">${a.inspectionCount} 项</a>` : html`<span class="muted">—</span>`}</td></tr>`,
  )}</tbody>
</table>`;
  return layout({ title: '权责清单', demo, body: html`<style>${ITEM_CSS}</style>${body}`, description: '行政执法主体的权责清单（执法事项清单）' });
};

/** One agency's 权责清单, grouped by kind in the order of the kinds. */
export const renderAgencyPowers = async (reader: ItemReader, demo: boolean, agencyId: string): Promise<string> => {
  const { agency, items } = await reader.powers(agencyId);
  // Grouped in the order of the kinds (许可, 处罚, 强制, 征收征用, 检查, 其他), by code within a group.
  const groups = new Map<string, EnforcementItemDetail[]>();
  for (const kind of ITEM_KINDS) {
    const rows = items.filter((i) => i.kind === kind);
    if (rows.length) groups.set(rows[0].kindLabel, rows);
  }
  const body = html`<style>${ITEM_CSS}</style>
<p class="small"><a href="/powers">权责清单</a> › ${agency.name}</p>
<h1>${agency.name} 权责清单</h1>
<p class="muted">共 ${items.length} 项执法事项。点击事项名称查看服务指南和执法流程图；点击实施依据查看法律条文。地址 ${agency.address ?? '—'} · 电话 ${agency.phone ?? '—'}</p>
${[...groups.entries()].map(
  ([label, rows]) => html`<section aria-labelledby="k-${rows[0].kind}">
<h2 id="k-${rows[0].kind}">${label}（${rows.length}）</h2>
<table class="list fixed">
<colgroup><col style="width:13%"><col style="width:22%"><col style="width:23%"><col style="width:18%"><col style="width:9%"><col style="width:15%"></colgroup>
<thead><tr><th scope="col">编码</th><th scope="col">事项名称</th><th scope="col">实施依据</th><th scope="col">${rows[0].kind === 'penalty' ? '处罚种类和幅度' : '办理时限'}</th><th scope="col">程序</th><th scope="col">救济渠道</th></tr></thead>
<tbody>${rows.map(
    (item) => html`<tr><td class="nowrap">${item.code}</td><td><a href="/items/${item.id}">${item.name}</a></td><td class="small">${basisLinks(item)}</td>
<td class="small">${penaltySummary(item)}</td><td><span class="kind proc-${item.procedure}">${item.procedureLabel}</span></td><td class="small">${remedyShort(item)}</td></tr>`,
  )}</tbody>
</table>
</section>`,
)}
${items.length === 0 ? html`<p>该执法主体尚未公布执法事项。</p>` : ''}`;
  return layout({ title: `${agency.name} 权责清单`, demo, body, description: `${agency.name}的执法事项清单` });
};
