import { type Db, ledgerCheckpoint } from '@sanxiang/db';
import { count, desc } from 'drizzle-orm';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

export type LedgerPublicInfo = { origin: string; verifierKey: string };

const fmt = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * 透明度: the signed checkpoints of the record ledger and how anyone can check them. Publishing every
 * checkpoint lets outsiders notice if the log they were shown is later rewritten.
 */
export const renderTransparency = async (db: Db, demo: boolean, ledger: LedgerPublicInfo, page: number): Promise<string> => {
  const pageSize = 50;
  const [{ n }] = await db.select({ n: count() }).from(ledgerCheckpoint);
  const rows = await db
    .select()
    .from(ledgerCheckpoint)
    .orderBy(desc(ledgerCheckpoint.size))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const pages = Math.max(1, Math.ceil(Number(n) / pageSize));
  const body = html`<h1>透明度：执法记录账本</h1>
<section class="card">
<p>本平台把每一条执法全过程记录、证据入库、审核意见、公示发布与撤回以及审计记录，都作为一个“叶子”写入一本只能追加的账本（采用 RFC 6962 默克尔树结构，哈希算法为 SM3）。
平台定期用 SM2 私钥对账本的当前状态（叶子数与根哈希）签名，形成“检查点”，并在本页公开。</p>
<p>任何一条记录事后被修改或删除，账本的根哈希都会改变，与已公开的检查点不符，因而可以被任何人发现。</p>
</section>
<h2>验证公钥</h2>
<section class="card">
<p>来源（origin）：<code>${ledger.origin}</code></p>
<p>验证公钥（C2SP 签名笔记格式，算法 SM2-SM3）：</p>
<pre style="white-space:pre-wrap;word-break:break-all;background:#f0f2f5;padding:10px;border-radius:6px"><code>${ledger.verifierKey}</code></pre>
</section>
<h2>如何验证</h2>
<section class="card">
<ol>
<li>在公示的决定页面点击“验证”，浏览器会下载该记录的包含证明和最新检查点，用上面的公钥在本地完成校验，无需信任本平台服务器。</li>
<li>也可以自行校验：<code>GET /api/v1/ledger/checkpoint</code> 取得最新检查点；<code>GET /api/v1/ledger/proofs/inclusion?kind=…&amp;recordId=…</code> 取得记录的包含证明；
<code>GET /api/v1/ledger/proofs/consistency?from=旧大小&amp;to=新大小</code> 证明新检查点是旧检查点的延续（历史未被改写）。</li>
<li>保存您见过的检查点；日后比对一致性证明，即可确认账本只增不改。</li>
<li>平台运维方可运行 <code>npm run verify</code>，从数据库中的原始记录重新推导全部叶子并核对所有检查点，任何不符都会精确指出是哪条记录、哪个文件或哪个检查点。</li>
</ol>
</section>
<h2>检查点（共 ${Number(n)} 个）</h2>
${
  rows.length === 0
    ? html`<p class="muted">尚无检查点。</p>`
    : html`<table>
<caption class="muted" style="text-align:left;padding:6px 0">按树大小倒序，第 ${page} / ${pages} 页</caption>
<thead><tr><th scope="col">叶子数</th><th scope="col">签名时间</th><th scope="col">签名笔记</th></tr></thead>
<tbody>${rows.map(
        (r) => html`<tr><td>${r.size}</td><td>${fmt(r.signedAt)}</td><td><pre style="margin:0;white-space:pre-wrap;word-break:break-all;font-size:12px">${r.note}</pre></td></tr>`,
      )}</tbody></table>
<nav aria-label="分页" style="margin-top:12px">${page > 1 ? html`<a href="?page=${page - 1}">上一页</a> ` : ''}${page < pages ? html`<a href="?page=${page + 1}">下一页</a>` : ''}</nav>`
}`;
  return layout({ title: '透明度', demo, body, description: '执法记录账本的签名检查点与验证方法' });
};
