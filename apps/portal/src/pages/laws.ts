import type { LawDetail, LawKind, LawSummary } from '@sanxiang/contracts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

/** What the law pages read: the server's law-library use cases (the same ones the API answers with). */
export type LawReader = {
  list: (filter: { q?: string; kind?: LawKind }) => Promise<{ items: LawSummary[] }>;
  detail: (id: string, options: { on?: string; versionId?: string }) => Promise<LawDetail>;
  /** Today in China (YYYY-MM-DD), by the server's clock. */
  today: () => string;
};

/** 2021-01-22 → 2021年1月22日 */
export const chineseDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

/** 法律法规库: every law and regulation grouped by kind, with a title search that works without JavaScript. */
export const renderLaws = async (reader: LawReader, demo: boolean, q: string | undefined): Promise<string> => {
  const query = q?.trim().slice(0, 64) || undefined;
  const { items } = await reader.list({ q: query });
  const groups = new Map<string, LawSummary[]>();
  for (const item of items) groups.set(item.kindLabel, [...(groups.get(item.kindLabel) ?? []), item]);

  const body = html`<h1>法律法规</h1>
<form method="get" action="/laws" role="search" class="card" style="display:flex;gap:8px;align-items:center;flex-wrap:wrap">
<label for="q">标题</label>
<input id="q" name="q" type="search" value="${query ?? ''}" placeholder="如：行政处罚法" maxlength="64" style="flex:1;min-width:200px;padding:6px 10px;font:inherit;border:1px solid var(--line);border-radius:6px">
<button type="submit" style="padding:6px 16px;font:inherit">搜索</button>
${query ? html`<a href="/laws">清除</a>` : ''}
</form>
<p class="muted">${query ? html`标题含“${query}”的法律法规共 ${items.length} 部。` : html`共 ${items.length} 部。条文按今天施行的版本显示，也可查看历史版本或某日施行的版本。`}</p>
${[...groups.entries()].map(
  ([label, laws]) => html`<section aria-labelledby="k-${laws[0].kind}">
<h2 id="k-${laws[0].kind}">${label}（${laws.length}）</h2>
<table>
<thead><tr><th scope="col">名称</th><th scope="col">制定机关</th><th scope="col">现行版本</th><th scope="col">版本数</th></tr></thead>
<tbody>${laws.map(
    (l) => html`<tr><td><a href="/laws/${l.id}">${l.title}</a></td><td>${l.issuer ?? '—'}</td>
<td>${l.current ? html`${chineseDate(l.current.adoptedOn)}通过，${chineseDate(l.current.effectiveOn)}起施行` : html`<span class="muted">今天无施行中的版本</span>`}</td>
<td>${l.versionCount}</td></tr>`,
  )}</tbody>
</table>
</section>`,
)}
${items.length === 0 ? html`<p>没有找到符合条件的法律法规。</p>` : ''}`;
  return layout({ title: '法律法规', demo, body, description: '行政执法依据的法律、行政法规全文，按条文检索与引用' });
};
