import type { OfficerVerification } from '@sanxiang/contracts';
import { html, raw } from '../html.ts';
import { layout } from '../layout.ts';
import { chineseDate, type RegistryReader } from './registry-reader.ts';

const TONE: Record<OfficerVerification['standing'], { fg: string; bg: string }> = {
  valid: { fg: '#0d652d', bg: '#e6f4ea' },
  expiring: { fg: '#0d652d', bg: '#e6f4ea' },
  expired: { fg: '#a50e0e', bg: '#fce8e6' },
  revoked: { fg: '#a50e0e', bg: '#fce8e6' },
  suspended: { fg: '#8a4b00', bg: '#fef3e0' },
  'not-yet-valid': { fg: '#3c4043', bg: '#f1f3f4' },
};

const explanation = (v: OfficerVerification) => {
  switch (v.standing) {
    case 'valid':
    case 'expiring':
      return `该执法证今日有效（有效期至${chineseDate(v.validTo)}），持证人可以在其执法领域内依法执行公务。`;
    case 'expired':
      return `该执法证已于${chineseDate(v.validTo)}到期，持证人不得从事行政执法活动。`;
    case 'revoked':
      return '该执法证已被吊销，持证人不得从事行政执法活动。';
    case 'suspended':
      return '该执法证已被暂扣，暂扣期间持证人不得从事行政执法活动。';
    case 'not-yet-valid':
      return `该执法证自${chineseDate(v.validFrom)}起生效，今日尚不能用于执法。`;
  }
};

// A head-and-shoulders outline where a photo would be: the register keeps no photos yet.
const PHOTO = raw(
  '<svg role="img" aria-label="照片（暂无）" viewBox="0 0 90 120" width="90" height="120" style="flex:none;border:1px solid var(--line);border-radius:6px;background:#f0f2f5"><circle cx="45" cy="45" r="20" fill="#c4c9d0"/><path d="M12 120c0-24 15-38 33-38s33 14 33 38z" fill="#c4c9d0"/><text x="45" y="114" font-size="11" text-anchor="middle" fill="#5c6370">照片</text></svg>',
);

/** 亮证核验: what a party sees after scanning an officer's QR code. One big answer first, then the details. */
export const renderVerifyOfficer = async (reader: RegistryReader, demo: boolean, token: string): Promise<{ status: number; html: string }> => {
  const v = await reader.verify(token);
  if (!v) {
    const body = html`<h1>执法证核验</h1>
<section class="card" data-testid="verify-not-found" style="border-color:#f4c7c3">
<p style="font-size:28px;font-weight:700;color:#a50e0e;margin:0 0 8px" data-standing="unknown">未查到该执法证</p>
<p>此二维码不是本平台签发的执法证核验码，或内容已被改动。请谨慎对待出示此二维码的人员，可在<a href="/officers">执法人员名单</a>中按姓名或证号查询，或向当地司法行政部门反映。</p>
</section>`;
    return { status: 404, html: layout({ title: '执法证核验', demo, body }) };
  }
  const agency = await reader.agency(v.agencyId);
  const tone = TONE[v.standing];
  const body = html`<h1>执法证核验</h1>
<section class="card" style="background:${tone.bg};border-color:${tone.fg};text-align:center" aria-live="polite">
<p data-testid="verify-status" data-standing="${v.standing}" style="font-size:44px;line-height:1.2;font-weight:800;color:${tone.fg};margin:4px 0">${v.standingLabel}</p>
<p style="margin:4px 0;color:${tone.fg}">${explanation(v)}</p>
<p class="muted" style="margin:4px 0;font-size:14px">核验日期：${chineseDate(v.today)}（北京时间）</p>
</section>
<section class="card" style="display:flex;gap:20px;align-items:flex-start;flex-wrap:wrap">
${PHOTO}
<table style="flex:1;min-width:240px">
<tr><th scope="row" style="width:7em">姓名</th><td style="font-size:20px;font-weight:700" data-testid="verify-name">${v.name}</td></tr>
<tr><th scope="row">性别</th><td>${v.genderLabel}</td></tr>
<tr><th scope="row">执法主体</th><td><a href="/agencies/${v.agencyId}">${v.agencyName}</a>${v.unitName ? html`<br><span class="muted">${v.unitName}</span>` : ''}</td></tr>
<tr><th scope="row">职务</th><td>${v.post ?? '—'}</td></tr>
<tr><th scope="row">执法证号</th><td><code style="font-size:18px">${v.certificateNo}</code></td></tr>
<tr><th scope="row">发证机关</th><td>${v.certificateIssuer}</td></tr>
<tr><th scope="row">执法领域</th><td>${v.fieldLabels.join('、') || '—'}</td></tr>
<tr><th scope="row">有效期</th><td>${chineseDate(v.validFrom)} 至 ${chineseDate(v.validTo)}</td></tr>
</table>
</section>
<p class="muted" style="font-size:14px">请核对出示证件人员的相貌、姓名和证号与本页一致。${agency?.phone ? html`如有疑问，可致电${agency.name}（${agency.phone}）核实。` : ''}</p>`;
  return { status: 200, html: layout({ title: `执法证核验：${v.standingLabel}`, demo, body }) };
};
