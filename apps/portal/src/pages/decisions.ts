import { DISCLOSURE_KIND_LABELS, publicFieldsOf } from '@sanxiang/domain';
import QRCode from 'qrcode';
import { html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import type { DisclosureReader, PortalDecision } from './disclosure-reader.ts';
import { chineseDate, UUID } from './registry-reader.ts';

const fmt = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

const CSS = `.fields th{width:30%}.fields td{white-space:pre-wrap;word-break:break-word}
.verify{display:flex;gap:20px;flex-wrap:wrap;align-items:flex-start}.verify .qr{width:148px;height:148px;flex:none}.verify .qr svg{width:148px;height:148px}
.btn{font:inherit;padding:6px 18px;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}
.vr ol{margin:8px 0 0;padding-left:20px}.ok{color:#0a6b2d}.bad{color:#a50e0e}.notice{border-left:4px solid #b3261e;background:#fff}`;

/** 执法决定公示: every decision on display, newest first. */
export const renderDecisions = async (reader: DisclosureReader, demo: boolean, page: number): Promise<string> => {
  const pageSize = 20;
  const list = await reader.decisions({ page, pageSize });
  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  const body = html`<h1>行政执法决定公示</h1>
<p class="muted">行政处罚、行政许可决定自作出之日起 7 个工作日内公开，其他行政执法决定 20 个工作日内公开。被变更、撤销或确认违法的决定已撤回，公示期满的决定已下线，均不在此列。共 ${list.total} 条。</p>
${
  list.items.length === 0
    ? html`<p class="card">目前没有公示中的执法决定。</p>`
    : html`<table>
<caption class="muted" style="text-align:left;padding:6px 0">按公开时间倒序，第 ${page} / ${pages} 页</caption>
<thead><tr><th scope="col">决定书文号</th><th scope="col">当事人</th><th scope="col">类别</th><th scope="col">决定内容</th><th scope="col">执法机关</th><th scope="col">决定日期</th></tr></thead>
<tbody>${list.items.map(
        (d) => html`<tr><td><a href="/decisions/${d.id}">${d.documentNumber}</a></td><td>${d.partyName}</td><td>${DISCLOSURE_KIND_LABELS[d.kind]}<br><span class="muted">${d.category}</span></td><td>${d.content}</td><td>${d.agencyName}</td><td>${chineseDate(d.decisionDate)}</td></tr>`,
      )}</tbody></table>
<nav aria-label="分页" style="margin-top:12px">${page > 1 ? html`<a href="?page=${page - 1}">上一页</a> ` : ''}${page < pages ? html`<a href="?page=${page + 1}">下一页</a>` : ''}</nav>`
}`;
  return layout({ title: '执法决定公示', demo, body, description: '行政处罚、行政许可等行政执法决定信息公示' });
};

export type VerifyInfo = { origin: string; verifierKey: string };

const verifyPanel = (leafId: string | null, expect: 'published' | 'withdrawn' | 'expired' | 'removed', recordId: string, key: VerifyInfo) =>
  leafId
    ? html`<div class="vr" id="verify" data-leaf="${leafId}" data-record="${recordId}" data-expect="${expect}" data-origin="${key.origin}" data-key="${key.verifierKey}">
<button type="button" class="btn" id="verify-button">验证</button>
<span class="muted">在您的浏览器中用平台公布的公钥（见<a href="/transparency">透明度</a>页）核对：检查点签名、本记录在账本中的包含证明，以及本页内容与账本记录是否一致。</span>
<noscript><p>验证需要启用 JavaScript；也可按<a href="/transparency">透明度</a>页的方法自行核验（记录类型 disclosure-public，记录号 ${leafId}）。</p></noscript>
<div id="verify-result" role="status" aria-live="polite"></div>
</div>
<script src="/static/verify-decision.js" defer></script>`
    : '';

const notFoundPage = (demo: boolean): { status: number; html: string; noindex: boolean } => ({
  status: 404,
  noindex: true,
  html: layout({
    title: '没有这条公示信息',
    demo,
    body: html`<h1>没有这条公示信息</h1><section class="card"><p>地址有误，或该决定尚未公开。</p><p><a href="/decisions">查看全部公示中的执法决定</a></p></section>`,
  }),
});

/**
 * One decision: the allowlisted fields, its document number, a QR code to this very page (so a printed decision
 * leads to the live record) and the ledger 验证 button. A withdrawn decision keeps its address and says when and
 * why it was withdrawn (HTTP 200, not indexed); an expired or removed one says its display has ended.
 */
export const renderDecision = async (reader: DisclosureReader, demo: boolean, id: string, origin: string, key: VerifyInfo) => {
  if (!UUID.test(id)) return notFoundPage(demo);
  const d = await reader.decision(id);
  if (!d) return notFoundPage(demo);
  const url = `${reader.publicBaseUrl ?? origin}/decisions/${d.id}`;
  const qr = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const title = `${d.documentNumber}`;
  if (d.status !== 'published') return { status: 200, html: endedPage(d, demo, key), noindex: true };
  const fields = publicFieldsOf(d);
  const body = html`<style>${raw(CSS)}</style>
<h1>${DISCLOSURE_KIND_LABELS[d.kind]}决定信息公示</h1>
<p class="muted">公开时间 ${d.publishedAt ? fmt(d.publishedAt) : '—'}${d.displayEndsOn ? html` · 公示至 ${chineseDate(d.displayEndsOn)}` : ''}</p>
<table class="fields" aria-label="决定信息">
<tbody>${fields.map((f) => html`<tr data-field="${f.key}"><th scope="row">${f.label}</th><td>${f.value}</td></tr>`)}</tbody>
</table>
<h2>核验</h2>
<section class="card verify">
<figure class="qr" style="margin:0" aria-label="本页地址二维码">${raw(qr)}</figure>
<div style="flex:1;min-width:240px">
<p style="margin-top:0">扫描二维码可打开本页：<br><a href="${url}" style="word-break:break-all">${url}</a></p>
${verifyPanel(d.publicationLeafId, 'published', d.id, key)}
</div>
</section>`;
  return { status: 200, html: layout({ title, demo, body, description: `${d.agencyName} ${d.documentNumber}` }), noindex: false };
};

const endedPage = (d: PortalDecision, demo: boolean, key: VerifyInfo) => {
  const notice =
    d.status === 'withdrawn'
      ? html`<h1>该决定信息已撤回</h1>
<section class="card notice" role="alert"><p><strong>${d.agencyName}</strong>作出的 <strong>${d.documentNumber}</strong> 决定信息已于 <strong>${d.withdrawnAt ? fmt(d.withdrawnAt) : '—'}</strong> 撤回。</p>
<p>撤回理由：<span data-verify="reason">${d.withdrawalReason ?? "—"}</span></p>
<p class="muted">依据《中华人民共和国行政处罚法》第四十八条第二款，公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。</p></section>`
      : d.status === 'expired'
        ? html`<h1>该决定信息公示期已满</h1>
<section class="card notice" role="alert"><p><strong>${d.documentNumber}</strong> 的公示期已于 <strong>${d.displayEndsOn ? chineseDate(d.displayEndsOn) : '—'}</strong> 届满，信息已停止公示。</p></section>`
        : html`<h1>该决定信息已停止公示</h1>
<section class="card notice" role="alert"><p><strong>${d.documentNumber}</strong> 的当事人已完成信用修复，最短公示期届满后于 <strong>${d.removedAt ? fmt(d.removedAt) : '—'}</strong> 提前停止公示。</p></section>`;
  const body = html`<style>${raw(CSS)}</style>${notice}
<section class="card verify"><div style="flex:1">${verifyPanel(d.endLeafId, d.status, d.id, key)}</div></section>
<p><a href="/decisions">查看公示中的执法决定</a></p>`;
  return layout({ title: d.status === 'withdrawn' ? '决定信息已撤回' : '决定信息已停止公示', demo, body });
};
