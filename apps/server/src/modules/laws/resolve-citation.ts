import type { ResolvedCitation } from '@sanxiang/contracts';
import {
  articleLabel,
  findProvision,
  formatCitation,
  invalid,
  isSameLawTitle,
  type LawParagraph,
  notFound,
  parseCitation,
  parsePlainDate,
  toChineseNumber,
  unprocessable,
} from '@sanxiang/domain';
import { type Db, law, lawArticle, lawVersion } from '@sanxiang/db';
import { and, eq, max } from 'drizzle-orm';
import { versionInForce } from './law-queries.ts';

/** Why a 款 or 项 that the article lacks cannot be found, in words a reviewer can act on. */
const provisionMissing = (label: string, paragraphs: LawParagraph[], paragraph?: number, item?: number) => {
  if (paragraph !== undefined && paragraph > paragraphs.length) return `${label}共${paragraphs.length}款，没有第${toChineseNumber(paragraph)}款`;
  if (paragraph !== undefined) {
    const n = paragraphs[paragraph - 1].items.length;
    return n === 0 ? `${label}第${toChineseNumber(paragraph)}款没有分项` : `${label}第${toChineseNumber(paragraph)}款共${n}项，没有第（${toChineseNumber(item!)}）项`;
  }
  const withItems = paragraphs.filter((p) => p.items.length > 0);
  if (withItems.length === 0) return `${label}没有分项`;
  if (withItems.length > 1) return `${label}有${withItems.length}款列有分项，请写明第几款`;
  return `${label}共${withItems[0].items.length}项，没有第（${toChineseNumber(item!)}）项`;
};

/**
 * Resolves a citation such as 《中华人民共和国行政处罚法》第六十一条 or 《行政处罚法》第三十六条第一款 to its
 * text in the version in force on `on` (YYYY-MM-DD). The use case other modules call to check a legal basis
 * (法制审核 pre-checks, 执法文书). Errors: CITATION_INVALID (400, with the parser's reason), LAW_NOT_FOUND,
 * ARTICLE_NOT_FOUND, PROVISION_NOT_FOUND (404), LAW_NOT_IN_FORCE (422).
 */
export const resolveCitation = async (db: Db, citation: string, on: string): Promise<ResolvedCitation> => {
  const date = parsePlainDate(on);
  const parsed = parseCitation(citation);
  if (!parsed.ok) throw invalid('CITATION_INVALID', `无法解析引用：${parsed.reason}`);
  if (parsed.lawTitle === undefined) {
    throw invalid('CITATION_INVALID', `无法解析引用：缺少法律法规名称，应写作“《法律法规名称》${formatCitation(parsed)}”`);
  }
  const title = parsed.lawTitle;
  const found = (await db.select({ id: law.id, title: law.title }).from(law)).find((l) => isSameLawTitle(l.title, title));
  if (!found) throw notFound('LAW_NOT_FOUND', `法律法规库中没有《${title}》`);

  const versions = await db
    .select({ id: lawVersion.id, adoptedOn: lawVersion.adoptedOn, effectiveOn: lawVersion.effectiveOn, repealedOn: lawVersion.repealedOn })
    .from(lawVersion)
    .where(eq(lawVersion.lawId, found.id));
  const version = versionInForce(versions, date);
  if (!version) {
    const first = versions.map((v) => v.effectiveOn).sort()[0];
    const repealed = versions.find((v) => v.repealedOn !== null && v.repealedOn <= date && v.effectiveOn <= date);
    const why = repealed ? `已于${repealed.repealedOn}废止` : first && first > date ? `库中最早的版本自${first}起施行` : '库中没有该日施行的版本';
    throw unprocessable('LAW_NOT_IN_FORCE', `《${found.title}》在${date}没有施行中的版本：${why}`);
  }

  const suffix = parsed.suffix ?? 0;
  const [row] = await db
    .select()
    .from(lawArticle)
    .where(and(eq(lawArticle.versionId, version.id), eq(lawArticle.number, parsed.article), eq(lawArticle.suffix, suffix)));
  const label = articleLabel(parsed.article, parsed.suffix);
  if (!row) {
    const [{ last }] = await db.select({ last: max(lawArticle.number) }).from(lawArticle).where(eq(lawArticle.versionId, version.id));
    throw notFound('ARTICLE_NOT_FOUND', `《${found.title}》（${version.adoptedOn}通过的版本）共${last ?? 0}条，没有${label}`);
  }
  const paragraphs = row.paragraphs as LawParagraph[];
  const ref = { article: parsed.article, suffix: parsed.suffix, paragraph: parsed.paragraph, item: parsed.item };
  const text = findProvision({ title: found.title, preamble: [], chapters: [], articles: [{ number: row.number, suffix: parsed.suffix, label, paragraphs, text: row.text }] }, ref);
  if (text === undefined) throw notFound('PROVISION_NOT_FOUND', `《${found.title}》${provisionMissing(label, paragraphs, parsed.paragraph, parsed.item)}`);

  return {
    law: { id: found.id, title: found.title },
    version: { id: version.id, adoptedOn: version.adoptedOn, effectiveOn: version.effectiveOn },
    article: parsed.article,
    ...(parsed.suffix === undefined ? {} : { suffix: parsed.suffix }),
    ...(parsed.paragraph === undefined ? {} : { paragraph: parsed.paragraph }),
    ...(parsed.item === undefined ? {} : { item: parsed.item }),
    citation: formatCitation({ ...ref, lawTitle: found.title }),
    text,
  };
};
