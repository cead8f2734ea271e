import { CHINESE_NUMERAL_CHARS, parseChineseNumber, parseNumeral, toChineseNumber } from './chinese-numerals.ts';
import { articleLabel } from './parse-law-text.ts';

/** A reference to 第N条, 第N条第M款 or 第N条第M款第K项 of a law (of the current law when lawTitle is absent). */
export type ProvisionRef = { article: number; suffix?: number; paragraph?: number; item?: number };
export type Citation = ProvisionRef & { lawTitle?: string };
export type CitationResult = ({ ok: true } & Citation) | { ok: false; reason: string };

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`;
const ARTICLE_RE = new RegExp(`^第(${NUMERAL})条(?:之([${CHINESE_NUMERAL_CHARS}]+))?`, 'u');
const PARAGRAPH_RE = new RegExp(`^第(${NUMERAL})款`, 'u');
const ITEM_RE = new RegExp(`^第(?:[（(](${NUMERAL})[）)]|(${NUMERAL}))项`, 'u');
// How a law refers to itself: 本法第五十七条, 本条例第三条, 本规定第五条.
const SELF_RE = /^本(?:法|条例|规定|办法|细则|决定)/u;

const failed = (reason: string): CitationResult => ({ ok: false, reason });

/**
 * Parses one citation: `《中华人民共和国行政处罚法》第六十一条`, `《行政处罚法》第三十六条第一款`,
 * `第六十四条第一款第（二）项`, `第六十四条第一款第二项`, `本法第九条第二项`, `第二十条之一`.
 * Spaces are ignored. Anything else, including ranges (第六十七条至第六十九条) and lists, gets a reason in Chinese.
 */
export const parseCitation = (text: string): CitationResult => {
  let rest = text.replace(/\s+/gu, '');
  if (rest === '') return failed('引用为空');

  let lawTitle: string | undefined;
  if (rest.startsWith('《')) {
    const close = rest.indexOf('》');
    if (close < 0) return failed(`书名号未闭合：“${text.trim()}”缺少“》”`);
    lawTitle = rest.slice(1, close);
    if (lawTitle === '') return failed('书名号《》中缺少法律法规名称');
    rest = rest.slice(close + 1);
    if (rest === '') return failed(`只有法律法规名称《${lawTitle}》，缺少条号（如“第六十一条”）`);
  } else {
    rest = rest.replace(SELF_RE, '');
  }

  const article = ARTICLE_RE.exec(rest);
  if (!article) {
    const before = rest.split('第')[0];
    return failed(
      before !== '' && rest.includes('第')
        ? `无法识别“${before}”：法律法规名称应放在书名号《》中`
        : `缺少条号：“${rest}”应以“第X条”开头（如“第六十一条”）`,
    );
  }
  const articleNumber = parseNumeral(article[1]);
  if (articleNumber === undefined) return failed(`“第${article[1]}条”的条号不是有效的数字`);
  const suffix = article[2] === undefined ? undefined : parseChineseNumber(article[2]);
  if (article[2] !== undefined && suffix === undefined) return failed(`“之${article[2]}”不是有效的数字`);
  rest = rest.slice(article[0].length);

  let paragraph: number | undefined;
  const paragraphMatch = PARAGRAPH_RE.exec(rest);
  if (paragraphMatch) {
    paragraph = parseNumeral(paragraphMatch[1]);
    if (paragraph === undefined) return failed(`“第${paragraphMatch[1]}款”的款号不是有效的数字`);
    rest = rest.slice(paragraphMatch[0].length);
  }

  let item: number | undefined;
  const itemMatch = ITEM_RE.exec(rest);
  if (itemMatch) {
    const numeral = itemMatch[1] ?? itemMatch[2];
    item = parseNumeral(numeral);
    if (item === undefined) return failed(`“第${numeral}项”的项号不是有效的数字`);
    rest = rest.slice(itemMatch[0].length);
  }

  if (rest !== '') {
    if (/^[至到、和及或与,，;；]/u.test(rest)) return failed(`只能解析单个条文的引用，不支持条文范围或列举：“${rest}”`);
    if (/^第/u.test(rest)) return failed(`“${rest}”的位置不对：引用应按 条、款、项 的顺序书写`);
    return failed(`无法识别条号之后的“${rest}”`);
  }
  return {
    ok: true,
    ...(lawTitle === undefined ? {} : { lawTitle }),
    article: articleNumber,
    ...(suffix === undefined ? {} : { suffix }),
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
  };
};

/** 第六十四条第一款第（二）项 (with 《title》 in front when the citation names a law). */
export const formatCitation = (citation: Citation): string =>
  (citation.lawTitle === undefined ? '' : `《${citation.lawTitle}》`) +
  articleLabel(citation.article, citation.suffix) +
  (citation.paragraph === undefined ? '' : `第${toChineseNumber(citation.paragraph)}款`) +
  (citation.item === undefined ? '' : `第（${toChineseNumber(citation.item)}）项`);

/** National laws are cited with or without their 中华人民共和国 prefix: 《行政处罚法》 is 《中华人民共和国行政处罚法》. */
export const isSameLawTitle = (a: string, b: string): boolean => {
  const short = (t: string) => t.replace(/\s+/gu, '').replace(/^《|》$/gu, '').replace(/^中华人民共和国/u, '');
  return short(a) === short(b);
};
