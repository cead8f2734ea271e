import { agency, agencyUnit, type Db, region } from '@sanxiang/db';
import { asc, eq } from 'drizzle-orm';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

const FIELD_LABELS: Record<string, string> = { market: '市场监管', ecology: '生态环境', comprehensive: '综合行政执法', justice: '司法行政（执法监督）' };
const collator = new Intl.Collator('zh-CN');

/** The portal home: every enforcement agency, grouped by region, with its units and contacts. */
export const renderHome = async (db: Db, demo: boolean): Promise<string> => {
  const agencies = await db
    .select({ a: agency, regionName: region.name, regionCode: region.code })
    .from(agency)
    .innerJoin(region, eq(region.id, agency.regionId))
    .orderBy(asc(region.code));
  const units = await db.select().from(agencyUnit);
  const byRegion = new Map<string, typeof agencies>();
  for (const row of agencies) byRegion.set(row.regionName, [...(byRegion.get(row.regionName) ?? []), row]);

  const body = html`<h1>行政执法主体</h1>
<p class="muted">共 ${agencies.length} 个执法主体和执法监督机关。</p>
${[...byRegion.entries()].map(
  ([regionName, rows]) => html`<section aria-labelledby="r-${rows[0].regionCode}">
<h2 id="r-${rows[0].regionCode}">${regionName}</h2>
${rows
  .sort((x, y) => collator.compare(x.a.name, y.a.name))
  .map(
    ({ a }) => html`<article class="card">
<h3 style="margin:0 0 6px;font-size:17px"><a href="/agencies/${a.id}">${a.name}</a> <span class="tag">${FIELD_LABELS[a.field] ?? a.field}</span>${a.isDemo ? html` <span class="tag" style="background:#fff4ce;color:#5c4400">演示</span>` : ''}</h3>
<div class="muted">统一社会信用代码 ${a.creditCode ?? '—'} · 地址 ${a.address ?? '—'} · 电话 ${a.phone ?? '—'}</div>
<div>内设执法机构：${units
      .filter((u) => u.agencyId === a.id)
      .map((u) => u.name)
      .join('、') || '—'}</div>
</article>`,
  )}
</section>`,
)}`;
  return layout({ title: '执法主体', demo, body });
};
