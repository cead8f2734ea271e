import type { OpenDecisionItem } from '@sanxiang/contracts';
import { csvCell, PENALTY_KIND_LABELS } from '@sanxiang/domain';
import { agency, type Db, disclosureRecord } from '@sanxiang/db';
import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';

/**
 * Open data (公开数据): published records only, their allowlisted fields only. A withdrawn, expired or removed
 * record is in none of these; the Atom feed announces a withdrawal without repeating the content.
 */

export type OpenFilter = { agencyId?: string; kind?: string; partyKind?: string; from?: string; to?: string };

const filterOf = (f: OpenFilter): SQL => {
  const parts: SQL[] = [eq(disclosureRecord.status, 'published')];
  if (f.agencyId) parts.push(eq(disclosureRecord.agencyId, f.agencyId));
  if (f.kind) parts.push(eq(disclosureRecord.kind, f.kind));
  if (f.partyKind) parts.push(eq(disclosureRecord.partyKind, f.partyKind));
  if (f.from) parts.push(gte(disclosureRecord.decisionDate, f.from));
  if (f.to) parts.push(lte(disclosureRecord.decisionDate, f.to));
  return and(...parts)!;
};

const columns = {
  record: disclosureRecord,
  agencyName: agency.name,
  agencyCreditCode: agency.creditCode,
};

type OpenRow = { record: typeof disclosureRecord.$inferSelect; agencyName: string; agencyCreditCode: string | null };

const itemOf = (baseUrl: string, { record: r, agencyName }: OpenRow): OpenDecisionItem => ({
  id: r.id,
  url: `${baseUrl}/decisions/${r.id}`,
  agencyId: r.agencyId,
  agencyName,
  kind: r.kind as OpenDecisionItem['kind'],
  documentNumber: r.documentNumber,
  decisionDate: r.decisionDate,
  partyName: r.partyName,
  partyKind: r.partyKind as OpenDecisionItem['partyKind'],
  creditCode: r.partyKind === 'organization' ? r.creditCode : null,
  category: r.category,
  violation: r.violation,
  basis: r.basis,
  content: r.content,
  fineFen: r.fineFen,
  confiscationFen: r.confiscationFen,
  summary: r.summary,
  publishedAt: r.publishedAt!.toISOString(),
  displayEndsOn: r.displayEndsOn,
});

/** One page of published decisions, newest publication first. */
export const openDecisions = async (db: Db, filter: OpenFilter, page: number, pageSize: number, baseUrl: string) => {
  const where = filterOf(filter);
  const [{ n }] = await db.select({ n: count() }).from(disclosureRecord).where(where);
  const rows = await db
    .select(columns)
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(where)
    .orderBy(desc(disclosureRecord.publishedAt), desc(disclosureRecord.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map((r) => itemOf(baseUrl, r)), total: Number(n), page, pageSize };
};

/** 分 to 万元 exactly (1 万元 = 1,000,000 分), without float rounding: 500000 -> "0.5". */
export const fenToWanYuan = (fen: number | null): string => {
  if (fen === null) return '';
  const whole = Math.floor(fen / 1_000_000);
  const frac = String(fen % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
};

const PENALTY_LABELS = Object.values(PENALTY_KIND_LABELS);
/** 处罚类别: the kinds (处罚法 第九条) the content names, in the statute's order. */
const penaltyCategoriesOf = (content: string) => {
  const found = PENALTY_LABELS.filter((l) => content.includes(l) || (l === '吊销许可证件' && /吊销/.test(content)) || (l === '暂扣许可证件' && /暂扣/.test(content)));
  return found.length ? found.join(';') : '其他';
};

const LICENCE_NAME = /《([^》]{2,40}(?:证|照|许可证|执照))》/;
/** 暂扣或吊销证照名称及编号: named by the content when a licence is suspended or revoked. */
const licenceOf = (content: string) => (/暂扣|吊销/.test(content) ? (LICENCE_NAME.exec(content)?.[1] ?? '') : '');

/**
 * The 双公示 layouts (行政处罚 / 行政许可 信息公示 data standard, as the credit platforms take them). A natural
 * person never has a 法定代表人, 证件类型 or 证件号码 here: those columns stay empty for persons, and the platform
 * holds no person's ID number in public records at all.
 */
const PENALTY_HEADER = [
  '行政相对人名称', '行政相对人类别', '统一社会信用代码', '法定代表人', '证件类型', '证件号码', '行政处罚决定书文号', '违法行为类型', '违法事实',
  '处罚依据', '处罚类别', '处罚内容', '罚款金额（万元）', '没收违法所得、没收非法财物的金额（万元）', '暂扣或吊销证照名称及编号', '处罚决定日期',
  '处罚有效期', '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];
const LICENCE_HEADER = [
  '行政相对人名称', '行政相对人类别', '统一社会信用代码', '法定代表人', '证件类型', '证件号码', '行政许可决定文书名称', '行政许可决定文书号', '许可类别',
  '许可证书名称', '许可编号', '许可内容', '许可决定日期', '有效期自', '有效期至', '许可机关', '许可机关统一社会信用代码', '当前状态', '数据来源单位',
  '数据来源单位统一社会信用代码', '备注',
];
const partyKindLabel = (kind: string) => (kind === 'organization' ? '法人及非法人组织' : '自然人');

const penaltyRow = ({ record: r, agencyName, agencyCreditCode }: OpenRow, url: string) => [
  r.partyName, partyKindLabel(r.partyKind), r.partyKind === 'organization' ? (r.creditCode ?? '') : '', '', '', '', r.documentNumber, r.category,
  [r.violation, r.summary].filter(Boolean).join('；'), r.basis, penaltyCategoriesOf(r.content), r.content, fenToWanYuan(r.fineFen),
  fenToWanYuan(r.confiscationFen), licenceOf(r.content), r.decisionDate, '', r.displayEndsOn ?? '', agencyName, agencyCreditCode ?? '', agencyName,
  agencyCreditCode ?? '', url,
];
const licenceRow = ({ record: r, agencyName, agencyCreditCode }: OpenRow, url: string) => [
  r.partyName, partyKindLabel(r.partyKind), r.partyKind === 'organization' ? (r.creditCode ?? '') : '', '', '', '', '行政许可决定书', r.documentNumber, '普通',
  '', '', r.content, r.decisionDate, r.decisionDate, '', agencyName, agencyCreditCode ?? '', '有效', agencyName, agencyCreditCode ?? '',
  [r.category, url].filter(Boolean).join(' '),
];

export const CSV_MAX_ROWS = 100_000;

/** The 双公示 CSV (UTF-8 with BOM for spreadsheet programs); every cell neutralised against formula injection. */
export const openDecisionsCsv = async (db: Db, kind: 'penalty' | 'licence', filter: Omit<OpenFilter, 'kind'>, baseUrl: string) => {
  const where = filterOf({ ...filter, kind });
  const lines = [(kind === 'penalty' ? PENALTY_HEADER : LICENCE_HEADER).map(csvCell).join(',')];
  const batch = 2_000;
  for (let offset = 0; offset < CSV_MAX_ROWS; offset += batch) {
    const rows = await db
      .select(columns)
      .from(disclosureRecord)
      .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
      .where(where)
      .orderBy(desc(disclosureRecord.publishedAt), desc(disclosureRecord.id))
      .limit(batch)
      .offset(offset);
    for (const r of rows) lines.push((kind === 'penalty' ? penaltyRow : licenceRow)(r, `${baseUrl}/decisions/${r.record.id}`).map(csvCell).join(','));
    if (rows.length < batch) break;
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
};

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export const FEED_SIZE = 50;

/**
 * Atom feed (RFC 4287) of new publications and withdrawals, newest first. A withdrawn record appears only as the
 * notice that it was withdrawn (and when), never with its content; expired and removed records do not appear.
 */
export const decisionsFeed = async (db: Db, baseUrl: string, now: Date) => {
  const published = await db
    .select(columns)
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(eq(disclosureRecord.status, 'published'))
    .orderBy(desc(disclosureRecord.publishedAt), desc(disclosureRecord.id))
    .limit(FEED_SIZE);
  const withdrawn = await db
    .select({ id: disclosureRecord.id, documentNumber: disclosureRecord.documentNumber, agencyName: agency.name, withdrawnAt: disclosureRecord.withdrawnAt })
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(eq(disclosureRecord.status, 'withdrawn'))
    .orderBy(desc(disclosureRecord.withdrawnAt), desc(disclosureRecord.id))
    .limit(FEED_SIZE);
  const entries = [
    ...published.map(({ record: r, agencyName }) => ({
      at: r.publishedAt!,
      xml: `<entry><id>${xml(`${baseUrl}/decisions/${r.id}`)}</id><title>${xml(`${agencyName} ${r.documentNumber}`)}</title><updated>${r.publishedAt!.toISOString()}</updated><link rel="alternate" type="text/html" href="${xml(`${baseUrl}/decisions/${r.id}`)}"/><category term="published" label="公示"/><summary>${xml(`${r.partyName}：${r.category}。${r.content}`)}</summary></entry>`,
    })),
    ...withdrawn
      .filter((w) => w.withdrawnAt)
      .map((w) => ({
        at: w.withdrawnAt!,
        xml: `<entry><id>${xml(`${baseUrl}/decisions/${w.id}#withdrawn`)}</id><title>${xml(`已撤回：${w.agencyName} ${w.documentNumber}`)}</title><updated>${w.withdrawnAt!.toISOString()}</updated><link rel="alternate" type="text/html" href="${xml(`${baseUrl}/decisions/${w.id}`)}"/><category term="withdrawn" label="撤回"/><summary>该执法决定的公示信息已撤回，撤回说明见链接页面。</summary></entry>`,
      })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, FEED_SIZE);
  const updated = (entries[0]?.at ?? now).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><id>${xml(`${baseUrl}/feeds/decisions.atom`)}</id><title>行政执法决定公示</title><subtitle>新发布与撤回的行政执法决定</subtitle><updated>${updated}</updated><link rel="self" type="application/atom+xml" href="${xml(`${baseUrl}/feeds/decisions.atom`)}"/><link rel="alternate" type="text/html" href="${xml(`${baseUrl}/decisions`)}"/><author><name>行政执法信息公示平台</name></author>
${entries.map((e) => e.xml).join('\n')}
</feed>
`;
};
