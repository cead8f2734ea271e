import type { LawArticleItem, LawDetail } from '@sanxiang/contracts';
import { toChineseNumber } from '@sanxiang/domain';
import { type Html, html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import { chineseDate, type LawReader } from './laws.ts';

// Statute layout: each 款 indented like print, 项 and 目 as indented lines; the cited article is highlighted
// through :target, so a link such as /laws/…#a61 works without JavaScript.
const CSS = `
.law-grid{display:grid;grid-template-columns:250px minmax(0,1fr);gap:20px;align-items:start}
.toc{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;font-size:14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.toc ol{list-style:none;margin:0;padding:0}.toc ol ol{padding-left:1em}.toc li{margin:3px 0}.toc a{text-decoration:none}.toc .range{display:block;font-size:12px}
@media (max-width:820px){.law-grid{grid-template-columns:minmax(0,1fr)}.toc{position:static;max-height:none}.law-body{padding:6px 14px 16px}}
.law-body{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 28px 20px}
.law-body h2{text-align:center;font-size:18px;margin:22px 0 10px}.law-body h3{text-align:center;font-size:16px;margin:16px 0 8px}
.art{padding:4px 8px;margin:2px -8px;border-radius:6px;scroll-margin-top:8px}.art:target{background:#fff4ce;outline:2px solid #f0d98c}
.art p{margin:4px 0;text-indent:2em}.art p.item{text-indent:0;padding-left:2em}.art p.sub{text-indent:0;padding-left:4em}
.art .label{font-weight:700;margin-right:.6em;color:inherit;text-decoration:none}
.badge{display:inline-block;font-size:13px;padding:0 8px;border-radius:10px}.ok{background:#e6f4ea;color:#137333}.old{background:#fce8e6;color:#a50e0e}.future{background:#eef2ff;color:#2a3f8f}
.history{color:var(--muted);font-size:14px;margin:6px 0 0;padding-left:1.2em}
`;

type Version = LawDetail['versions'][number];

const statusOf = (v: Version, today: string): { label: string; cls: string } => {
  if (v.inForce) return { label: '现行有效', cls: 'ok' };
  if (v.repealedOn !== null && v.repealedOn <= today) return { label: '已废止', cls: 'old' };
  if (v.effectiveOn > today) return { label: '尚未施行', cls: 'future' };
  return { label: '已被修订', cls: 'old' };
};

const range = (first: number, last: number) => (first === last ? `第${toChineseNumber(first)}条` : `第${toChineseNumber(first)}条至第${toChineseNumber(last)}条`);

const renderArticle = (a: LawArticleItem): Html =>
  html`<section class="art" id="${a.anchor}">${a.paragraphs.map(
    (p, i) => html`${i === 0 || p.text !== '' ? html`<p>${i === 0 ? html`<a class="label" href="#${a.anchor}">${a.label}</a>` : ''}${p.text}</p>` : ''}${p.items.map(
      (item) => html`<p class="item">${item.label}${item.text}</p>${(item.subItems ?? []).map((s) => html`<p class="sub">${s.label}${s.text}</p>`)}`,
    )}`,
  )}</section>`;

/** The articles under their chapter and section headings. */
const renderBody = (detail: LawDetail): Html => {
  let chapter: number | undefined;
  let section: number | undefined;
  const out: Html[] = [];
  for (const a of detail.articles) {
    if (a.chapter !== undefined && a.chapter !== chapter) {
      chapter = a.chapter;
      section = undefined;
      const c = detail.chapters.find((x) => x.number === a.chapter);
      out.push(html`<h2 id="${c?.anchor ?? ''}">第${toChineseNumber(a.chapter)}章　${c?.title ?? ''}</h2>`);
    }
    if (a.section !== undefined && a.section !== section) {
      section = a.section;
      const s = detail.chapters.find((x) => x.number === a.chapter)?.sections.find((x) => x.number === a.section);
      out.push(html`<h3 id="${s?.anchor ?? ''}">第${toChineseNumber(a.section)}节　${s?.title ?? ''}</h3>`);
    }
    out.push(renderArticle(a));
  }
  return html`${out}`;
};

const renderToc = (detail: LawDetail): Html =>
  html`<nav class="toc" aria-label="目录"><strong>目录</strong><ol>${detail.chapters.map(
    (c) => html`<li><a href="#${c.anchor}">第${toChineseNumber(c.number)}章 ${c.title}</a> <span class="muted range">${range(c.firstArticle, c.lastArticle)}</span>${
      c.sections.length
        ? html`<ol>${c.sections.map((s) => html`<li><a href="#${s.anchor}">第${toChineseNumber(s.number)}节 ${s.title}</a></li>`)}</ol>`
        : ''
    }</li>`,
  )}<li><a href="#versions">版本历史</a></li></ol></nav>`;

const renderVersions = (detail: LawDetail, today: string): Html =>
  html`<h2 id="versions">版本历史</h2>
<table>
<thead><tr><th scope="col">通过（修订、修正）</th><th scope="col">施行</th><th scope="col">废止</th><th scope="col">条数</th><th scope="col">状态</th><th scope="col"></th></tr></thead>
<tbody>${detail.versions.map((v) => {
    const status = statusOf(v, today);
    return html`<tr><td>${chineseDate(v.adoptedOn)}</td><td>${chineseDate(v.effectiveOn)}</td><td>${v.repealedOn ? chineseDate(v.repealedOn) : '—'}</td><td>${v.articleCount}</td>
<td><span class="badge ${status.cls}">${status.label}</span></td>
<td>${detail.shown?.id === v.id ? html`<span class="muted">本页显示</span>` : html`<a href="/laws/${detail.id}?versionId=${v.id}">查看此版本</a>`}</td></tr>`;
  })}</tbody></table>`;

/**
 * One law: the version in force today (or on `?on=`, or the one named by `?versionId=`), its table of
 * contents, every article with an anchor (#a61, #a20-1), and the version history.
 */
export const renderLaw = async (reader: LawReader, demo: boolean, id: string, options: { on?: string; versionId?: string }): Promise<string> => {
  const today = reader.today();
  const detail = await reader.detail(id, options);
  const shown = detail.shown;
  const status = shown ? statusOf(shown, today) : undefined;
  const asked = options.versionId !== undefined ? '所选版本' : detail.on === today ? '今天施行的版本' : `${chineseDate(detail.on)}施行的版本`;

  const body = html`<style>${raw(CSS)}</style>
<p class="muted" style="margin:0 0 6px"><a href="/laws">法律法规</a> › ${detail.kindLabel}</p>
<h1>${detail.title} ${status ? html`<span class="badge ${status.cls}" style="vertical-align:middle">${status.label}</span>` : ''}</h1>
<section class="card">
${
  shown
    ? html`<div>本页显示${asked}：${chineseDate(shown.adoptedOn)}通过，${chineseDate(shown.effectiveOn)}起施行，共 ${shown.articleCount} 条。${detail.issuer ? html`制定机关：${detail.issuer}。` : ''}</div>
${shown.preamble.length ? html`<ul class="history">${shown.preamble.map((line) => html`<li>${line}</li>`)}</ul>` : ''}`
    : html`<div><strong>${chineseDate(detail.on)}没有施行中的版本。</strong>库中各版本的施行日期见下方版本历史。</div>`
}
<form method="get" action="/laws/${detail.id}" style="margin-top:10px;display:flex;gap:8px;align-items:center;flex-wrap:wrap">
<label for="on">查看某日施行的版本</label>
<input id="on" name="on" type="date" value="${detail.on}" required style="padding:4px 8px;font:inherit">
<button type="submit" style="padding:4px 14px;font:inherit">查看</button>
${options.on !== undefined || options.versionId !== undefined ? html`<a href="/laws/${detail.id}">回到现行版本</a>` : ''}
</form>
</section>
${
  shown
    ? detail.chapters.length
      ? html`<div class="law-grid">${renderToc(detail)}<article class="law-body">${renderBody(detail)}</article></div>`
      : html`<article class="law-body">${renderBody(detail)}</article>`
    : ''
}
${renderVersions(detail, today)}`;
  return layout({ title: detail.title, demo, body, description: `${detail.title}全文（${detail.kindLabel}）` });
};
