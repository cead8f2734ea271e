import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { basisLinks, ITEM_CSS, type ItemReader } from './items-powers.ts';

/** 随机抽查事项清单 (双随机、一公开) of every agency: item, basis, target, population, ratio, period, method, body. */
export const renderInspections = async (reader: ItemReader, demo: boolean): Promise<string> => {
  const groups = await reader.inspections();
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const body = html`<style>${ITEM_CSS}</style>
<h1>随机抽查事项清单</h1>
<p class="muted">“双随机、一公开”监管：随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。共 ${groups.length} 个执法主体、${total} 项抽查事项。</p>
${groups.map(
  ({ agency, items }) => html`<section aria-labelledby="ag-${agency.id}">
<h2 id="ag-${agency.id}">${agency.name}</h2>
<table class="list fixed">
<colgroup><col style="width:15%"><col style="width:18%"><col style="width:13%"><col style="width:17%"><col style="width:8%"><col style="width:8%"><col style="width:10%"><col style="width:11%"></colgroup>
<thead><tr><th scope="col">抽查事项</th><th scope="col">抽查依据</th><th scope="col">抽查对象</th><th scope="col">对象基数</th><th scope="col">抽查比例</th><th scope="col">抽查周期</th><th scope="col">抽查方式</th><th scope="col">抽查主体</th></tr></thead>
<tbody>${items.map(
    (i) => html`<tr><td>${i.name}<br><span class="muted small">${i.code}</span></td><td class="small">${basisLinks(i)}</td><td class="small">${i.targetType}</td><td class="small">${i.population}</td>
<td class="nowrap">${i.ratioText}</td><td class="nowrap">${i.periodLabel}</td><td class="small">${i.methodLabels.join('、')}</td><td class="small">${i.inspectingBody}</td></tr>`,
  )}</tbody>
</table>
</section>`,
)}
${groups.length === 0 ? html`<p>尚未公布随机抽查事项。</p>` : ''}`;
  return layout({ title: '随机抽查事项清单', demo, body, description: '各执法主体的随机抽查事项清单' });
};
