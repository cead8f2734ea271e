import { z } from 'zod';
import { body, plainDate, uuid } from '../common.ts';

/** 法律 / 行政法规 / 部门规章 / 地方性法规 / 规范性文件 */
export const lawKind = z.enum(['law', 'regulation', 'rule', 'local-regulation', 'normative']).describe('法律 law、行政法规 regulation、部门规章 rule、地方性法规 local-regulation、规范性文件 normative');
export type LawKind = z.infer<typeof lawKind>;

export const LAW_KIND_LABELS: Record<LawKind, string> = {
  law: '法律',
  regulation: '行政法规',
  rule: '部门规章',
  'local-regulation': '地方性法规',
  normative: '规范性文件',
};

export const lawVersionRef = z.object({ id: z.string(), adoptedOn: z.string(), effectiveOn: z.string() });

export const lawVersionItem = lawVersionRef.extend({
  repealedOn: z.string().nullable(),
  importedAt: z.string(),
  inForce: z.boolean().describe('今天（北京时间）是否施行中'),
  articleCount: z.number().int(),
});

export const lawSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: lawKind,
  kindLabel: z.string(),
  issuer: z.string().nullable(),
  versionCount: z.number().int(),
  current: lawVersionRef.nullable().describe('今天施行中的版本；没有则为 null'),
});
export type LawSummary = z.infer<typeof lawSummary>;

export const listLawsQuery = z.object({
  q: z.string().trim().max(64).optional().describe('标题关键词（可省略“中华人民共和国”）'),
  kind: lawKind.optional(),
});
export const lawsResponse = z.object({ items: z.array(lawSummary) });

export const lawIdParams = z.object({ id: uuid });
export const lawDetailQuery = z.object({
  on: plainDate.optional().describe('显示该日施行中的版本（默认今天）'),
  versionId: uuid.optional().describe('显示指定版本（优先于 on）'),
});

const lawSubItem = z.object({ number: z.number().int(), label: z.string(), text: z.string() });
const lawItem = lawSubItem.extend({ subItems: z.array(lawSubItem).optional() });
export const lawParagraph = z.object({ text: z.string(), items: z.array(lawItem) });

export const lawArticleItem = z.object({
  number: z.number().int(),
  suffix: z.number().int().optional().describe('第二十条之一 的 1'),
  label: z.string(),
  anchor: z.string().describe('页面锚点，如 a61、a20-1'),
  chapter: z.number().int().optional(),
  section: z.number().int().optional(),
  text: z.string(),
  paragraphs: z.array(lawParagraph),
});
export type LawArticleItem = z.infer<typeof lawArticleItem>;

const lawSectionItem = z.object({ number: z.number().int(), title: z.string(), anchor: z.string(), firstArticle: z.number().int(), lastArticle: z.number().int() });
export const lawChapterItem = lawSectionItem.extend({ sections: z.array(lawSectionItem) });

export const lawDetail = lawSummary.extend({
  versions: z.array(lawVersionItem).describe('按通过日期倒序'),
  on: z.string().describe('所查看的日期'),
  shown: lawVersionItem
    .extend({ preamble: z.array(z.string()) })
    .nullable()
    .describe('所显示的版本；该日没有施行中的版本时为 null'),
  chapters: z.array(lawChapterItem).describe('目录：章、节及其条文范围'),
  articles: z.array(lawArticleItem),
});
export type LawDetail = z.infer<typeof lawDetail>;

export const resolveCitationQuery = z.object({
  citation: z.string().trim().min(1, '请填写引用').max(200).describe('如《中华人民共和国行政处罚法》第六十一条、《行政处罚法》第三十六条第一款'),
  on: plainDate.optional().describe('按该日施行的版本解析（默认今天）'),
});
export const resolvedCitation = z.object({
  law: z.object({ id: z.string(), title: z.string() }),
  version: lawVersionRef,
  article: z.number().int(),
  suffix: z.number().int().optional(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  citation: z.string().describe('规范写法，如《中华人民共和国行政处罚法》第三十六条第一款'),
  text: z.string(),
});
export type ResolvedCitation = z.infer<typeof resolvedCitation>;

/** 导入法律法规文本：新法律，或已有法律（按标题匹配）的新版本。 */
export const importLawBody = body({
  text: z.string().min(1, '请提供法律法规全文').max(1_000_000, '文本过长'),
  kind: lawKind,
  adoptedOn: plainDate.describe('通过、修订或修正之日'),
  effectiveOn: plainDate.describe('施行之日'),
  issuer: z.string().trim().min(1).max(100).optional().describe('制定机关'),
});
export const importLawResponse = z.object({
  law: z.object({ id: z.string(), title: z.string(), kind: lawKind }),
  version: lawVersionRef,
  newLaw: z.boolean().describe('是否新登记的法律（否则为已有法律的新版本）'),
  articleCount: z.number().int(),
  chapterCount: z.number().int(),
});
