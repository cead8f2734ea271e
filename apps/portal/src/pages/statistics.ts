import { DISCLOSURE_KIND_LABELS, formatFen, PENALTY_KIND_LABELS, PENALTY_KINDS } from '@sanxiang/domain';
import { html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import type { DisclosureReader } from './disclosure-reader.ts';

type Figures = {
  decisions: number;
  byKind: Record<string, number>;
  published: number;
  publishedOnTime: number;
  withdrawn: number;
  penalties: { total: number; persons: number; organizations: number; fineFen: number; confiscationFen: number; byPenaltyKind: Record<string, number> };
};
type Snapshot = {
  year: number;
  generatedAt: string;
  jurisdiction: Figures;
  agencies: Array<{ agencyId: string; agencyName: string; figures: Figures }>;
  gaps: Array<{ key: string; label: string; note: string }>;
  basis: string;
};

const fmt = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
// JSON inside a <script> element: "<" escaped so no text can close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const row = (name: string, f: Figures) => html`<tr><th scope="row">${name}</th><td>${f.decisions}</td>${Object.keys(DISCLOSURE_KIND_LABELS).map(
  (k) => html`<td>${f.byKind[k] ?? 0}</td>`,
)}<td>${f.published}</td><td>${f.publishedOnTime}</td><td>${f.withdrawn}</td><td>${f.penalties.total}</td><td>${formatFen(f.penalties.fineFen)}</td><td>${formatFen(f.penalties.confiscationFen)}</td></tr>`;

/** 年度统计: the newest published snapshot of a year, as charts and as a table that needs no JavaScript. */
export const renderStatistics = async (reader: DisclosureReader, demo: boolean, year: number) => {
  const years = await reader.statisticsYears();
  const snap = await reader.statistics(year);
  const otherYears = html`<p>其他年度：${years.length ? years.map((y) => html`<a href="/statistics/${y}">${y} 年</a> `) : '暂无'}</p>`;
  if (!snap) {
    return {
      status: 404,
      html: layout({ title: `${year} 年度行政执法数据`, demo, body: html`<h1>${year} 年度行政执法数据</h1><section class="card"><p>${year} 年度统计尚未公布（每年1月31日前公布上一年度数据）。</p>${otherYears}</section>` }),
    };
  }
  const s = snap.figures as Snapshot;
  const kinds = Object.entries(DISCLOSURE_KIND_LABELS);
  const penaltyKinds = PENALTY_KIND_LABELS;
  const body = html`<h1>${year} 年度行政执法数据</h1>
<p class="muted">公布时间 ${fmt(snap.publishedAt)}。${s.basis}。</p>
${otherYears}
<h2>图表</h2>
<section class="card" aria-hidden="true"><div id="chart-kinds"></div><div id="chart-penalties"></div><div id="chart-agencies"></div>
<noscript><p>图表需要 JavaScript；下表为同一数据。</p></noscript></section>
<h2>数据表</h2>
<div style="overflow-x:auto"><table>
<caption class="muted" style="text-align:left;padding:6px 0">各执法主体及全辖区 ${year} 年作出的行政执法决定（金额单位：元）</caption>
<thead><tr><th scope="col">执法主体</th><th scope="col">决定总数</th>${kinds.map(([, l]) => html`<th scope="col">${l}</th>`)}<th scope="col">已公开</th><th scope="col">按时公开</th><th scope="col">撤回</th><th scope="col">行政处罚</th><th scope="col">罚款金额</th><th scope="col">没收金额</th></tr></thead>
<tbody>${s.agencies.map((a) => row(a.agencyName, a.figures))}</tbody>
<tfoot>${row('全辖区合计', s.jurisdiction)}</tfoot>
</table></div>
<h2>行政处罚按种类（全辖区）</h2>
<table><thead><tr><th scope="col">处罚种类</th><th scope="col">决定数</th></tr></thead>
<tbody>${PENALTY_KINDS.filter((k) => k !== 'other').map((k) => html`<tr><th scope="row">${PENALTY_KIND_LABELS[k]}</th><td>${s.jurisdiction.penalties.byPenaltyKind[k] ?? 0}</td></tr>`)}
<tr><th scope="row">当事人为自然人 / 法人及非法人组织</th><td>${s.jurisdiction.penalties.persons} / ${s.jurisdiction.penalties.organizations}</td></tr></tbody></table>
<h2>未统计事项</h2>
<ul>${s.gaps.map((g) => html`<li><strong>${g.label}</strong>：${g.note}</li>`)}</ul>
<script type="application/json" id="statistics-data">${raw(scriptJson({ kinds: DISCLOSURE_KIND_LABELS, penaltyKinds, jurisdiction: s.jurisdiction, agencies: s.agencies }))}</script>
<script src="/static/echarts.min.js" defer></script>
<script src="/static/statistics-charts.js" defer></script>`;
  return { status: 200, html: layout({ title: `${year} 年度行政执法数据`, demo, body }) };
};

export const renderStatisticsIndex = async (reader: DisclosureReader, demo: boolean) => {
  const years = await reader.statisticsYears();
  const body = html`<h1>年度行政执法数据</h1>
<section class="card"><p>各行政执法机关于每年1月31日前公开上一年度行政执法总体情况。</p>
${years.length ? html`<ul>${years.map((y) => html`<li><a href="/statistics/${y}">${y} 年度</a></li>`)}</ul>` : html`<p>尚未公布年度数据。</p>`}</section>`;
  return layout({ title: '年度行政执法数据', demo, body });
};
