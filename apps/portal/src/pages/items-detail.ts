import { type Html, html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import { basisLinks, ITEM_CSS, type ItemReader } from './items-powers.ts';

const CSS = `
dl.facts{display:grid;grid-template-columns:9em minmax(0,1fr);gap:6px 16px;margin:0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
figure.flow{margin:0;overflow-x:auto}figure.flow svg{max-width:100%;height:auto;display:block;margin:0 auto}figure.flow figcaption{color:var(--muted);font-size:14px;margin-top:8px}
ol.materials{margin:0;padding-left:1.4em}
@media (max-width:640px){dl.facts{grid-template-columns:minmax(0,1fr)}dl.facts dt{margin-top:8px}}
`;

const row = (label: string, value: Html | string | null | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');

/** 服务指南 and 执法流程图 of one item: everything an applicant or party needs, with links to the law. */
export const renderItem = async (reader: ItemReader, demo: boolean, id: string): Promise<string> => {
  const item = await reader.item(id);
  const guide = item.guide;
  const hasGuide = Boolean(guide.acceptingBody || guide.approvingBody || guide.conditions || guide.materials.length || guide.location);
  const body = html`<style>${ITEM_CSS}${CSS}</style>
<p class="small"><a href="/powers">权责清单</a> › <a href="/agencies/${item.agencyId}/powers">${item.agencyName}</a> › ${item.code}</p>
<h1>${item.name}</h1>
<p><span class="kind">${item.kindLabel}</span> <span class="kind proc-${item.procedure}">${item.procedureLabel}</span></p>

<section class="card" aria-labelledby="basic">
<h2 id="basic" style="margin-top:0">基本信息</h2>
<dl class="facts">
${row('实施主体', item.agencyName)}
${row('事项编码', item.code)}
${row('事项类别', item.kindLabel)}
${row('适用对象', item.targetTypeLabels.join('、'))}
<dt>实施依据</dt><dd>${basisLinks(item)}</dd>
${
  item.kind === 'penalty'
    ? html`<dt>处罚种类和幅度</dt><dd><ul style="margin:0;padding-left:1.2em">${item.penalties.map(
        (p) => html`<li>${p.label}${p.appliesTo === 'any' ? '' : html`（对${p.appliesToLabel}）`}${p.rangeText ? html`：${p.rangeText}` : ''}${p.note && p.kind !== 'other' ? html`<br><span class="muted small">${p.note}</span>` : ''}</li>`,
      )}</ul></dd>`
    : ''
}
${row('办理时限', item.timeLimitText)}
${row('程序', item.procedure === 'simple' ? html`简易程序（当场作出行政处罚决定，《中华人民共和国行政处罚法》第五十一条）` : item.procedureLabel)}
${item.kind === 'penalty' && item.procedure === 'general' ? row('法制审核', item.legalReview === 'always' ? '本事项的处罚决定均须经法制审核' : '重大执法决定须经法制审核') : ''}
</dl>
</section>

${
  hasGuide
    ? html`<section class="card" aria-labelledby="guide">
<h2 id="guide" style="margin-top:0">服务指南</h2>
<dl class="facts">
${row('受理机构', guide.acceptingBody)}
${row('审批机构', guide.approvingBody)}
${row('受理条件', guide.conditions)}
${row('办理时限', item.timeLimitText)}
${
  guide.materials.length
    ? html`<dt>申请材料</dt><dd><ol class="materials">${guide.materials.map((m) => html`<li>${m.name}${m.copies ? html`（${m.copies}份）` : ''}${m.note ? html`<span class="muted">，${m.note}</span>` : ''}</li>`)}</ol></dd>`
    : ''
}
${row('办理地点', guide.location)}
${row('咨询电话', guide.phone)}
${row('收费标准', guide.fee)}
</dl>
</section>`
    : ''
}

<section class="card" aria-labelledby="flow">
<h2 id="flow" style="margin-top:0">执法流程图</h2>
<figure class="flow">${raw(item.flowchart.svg)}
<figcaption>${item.flowchart.title}：红字为法定时限与要求，灰字为法律依据。</figcaption></figure>
</section>

<section class="card" aria-labelledby="remedy">
<h2 id="remedy" style="margin-top:0">救济渠道</h2>
<dl class="facts">
<dt>行政复议</dt><dd>自知道或者应当知道该行政行为之日起 <strong>${item.remedies.reconsideration.days} 日</strong>内，向 <strong>${item.remedies.reconsideration.organ}</strong> 申请行政复议（《中华人民共和国行政复议法》第二十条）。</dd>
<dt>行政诉讼</dt><dd>自知道或者应当知道作出行政行为之日起 <strong>${item.remedies.litigation.months} 个月</strong>内，向 <strong>${item.remedies.litigation.court}</strong> 提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。</dd>
</dl>
</section>`;
  return layout({ title: item.name, demo, body, description: `${item.agencyName}：${item.name}的实施依据、服务指南、执法流程图和救济渠道` });
};
