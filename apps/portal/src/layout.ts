import { type Html, html, raw } from './html.ts';

const CSS = `
:root{--fg:#1f2329;--muted:#5c6370;--line:#dfe3e8;--brand:#b3261e;--bg:#f7f8fa}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--fg);background:var(--bg)}
a{color:#0b57d0}a:focus,button:focus,input:focus{outline:3px solid #f9ab00;outline-offset:2px}
header{background:var(--brand);color:#fff}header .in{max-width:1080px;margin:0 auto;padding:14px 20px;display:flex;gap:24px;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none}header .logo{font-size:20px;font-weight:700}nav a{margin-right:16px}
.demo{background:#fff4ce;color:#5c4400;text-align:center;padding:6px 12px;font-size:14px;border-bottom:1px solid #f0d98c}
main{max-width:1080px;margin:0 auto;padding:24px 20px}h1{font-size:24px;margin:0 0 16px}h2{font-size:19px;margin:28px 0 10px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin-bottom:14px}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#f0f2f5;font-weight:600}.muted{color:var(--muted)}.tag{display:inline-block;font-size:13px;padding:0 8px;border-radius:10px;background:#eef2ff;color:#2a3f8f}
footer{max-width:1080px;margin:0 auto;padding:24px 20px;color:var(--muted);font-size:14px}
`;

export type LayoutOptions = { title: string; demo: boolean; body: Html; description?: string };

export const layout = ({ title, demo, body, description }: LayoutOptions): string =>
  html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} - 行政执法信息公示平台</title>
<meta name="description" content="${description ?? '行政执法主体、人员、职责、程序、结果等信息公示'}">
<style>${raw(CSS)}</style>
</head>
<body>
${demo ? html`<div class="demo" role="note">演示环境：本站数据均为虚构的演示数据，不代表任何真实机关、人员或企业</div>` : ''}
<header><div class="in"><a class="logo" href="/">行政执法信息公示平台</a>
<nav aria-label="主导航"><a href="/">执法主体</a><a href="/officers">执法人员</a><a href="/powers">权责清单</a><a href="/inspections">随机抽查</a><a href="/decisions">执法决定</a><a href="/search">检索</a><a href="/statistics">年度数据</a><a href="/transparency">透明度</a><a href="/laws">法律法规</a></nav></div></header>
<main id="main">${body}</main>
<footer>依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》公开。
<a href="/console/">工作人员登录</a></footer>
</body>
</html>`.__html;
