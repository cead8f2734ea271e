import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { officerTable } from './officers.ts';
import type { RegistryReader } from './registry-reader.ts';

const row = (label: string, value: unknown) => html`<tr><th scope="row" style="width:10em">${label}</th><td>${value ?? '—'}</td></tr>`;

/** One agency's disclosure page (事前公开): who it is, where, on what authority, its units and its officers. */
export const renderAgency = async (reader: RegistryReader, demo: boolean, id: string): Promise<{ status: number; html: string } | null> => {
  const a = await reader.agency(id);
  if (!a) return null;
  const officers = await reader.officers({ agencyId: a.id, page: 1, pageSize: 1000 });
  const body = html`<p><a href="/">执法主体</a> › ${a.region.name}</p>
<h1>${a.name} <span class="tag">${a.kindLabel}</span>${a.isDemo ? html` <span class="tag" style="background:#fff4ce;color:#5c4400">演示</span>` : ''}</h1>
<section class="card" aria-labelledby="basic"><h2 id="basic" style="margin-top:0">基本信息</h2>
<table>
${row('统一社会信用代码', a.creditCode)}
${row('主体类别', a.kindLabel)}
${a.entrustingAgency ? row('委托机关', html`<a href="/agencies/${a.entrustingAgency.id}">${a.entrustingAgency.name}</a>`) : ''}
${row('层级', a.levelLabel)}
${row('上级机关', a.parent ? html`<a href="/agencies/${a.parent.id}">${a.parent.name}</a>` : null)}
${row('管辖区域', a.region.name)}
${row('执法领域', a.fieldLabel)}
${row('办公地址', a.address)}
${row('联系电话', a.phone)}
${row('职权依据', a.legalBasis ? html`<span style="white-space:pre-wrap">${a.legalBasis}</span>` : null)}
</table></section>
<h2>内设执法机构（${a.units.length}）</h2>
${
  a.units.length
    ? html`<table><thead><tr><th scope="col">名称</th><th scope="col">地址</th><th scope="col">电话</th></tr></thead>
<tbody>${a.units.map((u) => html`<tr><td>${u.name}</td><td>${u.address ?? '—'}</td><td>${u.phone ?? '—'}</td></tr>`)}</tbody></table>`
    : html`<p class="muted">未登记内设执法机构。</p>`
}
<h2>执法人员（${officers.total}）</h2>
${
  officers.items.length
    ? officerTable(officers.items, { showAgency: false, caption: html`执法证今日有效的人员，按姓名拼音排序。<a href="/officers?agency=${a.id}">在执法人员名单中查询</a>` })
    : html`<p class="muted">${a.isSupervisor ? '本机关为执法监督机关。' : ''}暂无执法证有效的执法人员。</p>`
}`;
  return { status: 200, html: layout({ title: a.name, demo, body, description: `${a.name}：主体信息、内设机构、执法人员公示` }) };
};
