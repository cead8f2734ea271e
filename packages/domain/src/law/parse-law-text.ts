import { invalid } from '../errors/domain-error.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber, parseNumeral, toChineseNumber } from './chinese-numerals.ts';

/**
 * The structure of a statute as published: 章 > 节 > 条 > 款 > 项 (> 目). A 款 (paragraph) is one line of
 * the article; the 项 (items) printed under a paragraph belong to it, so the line after the last item is
 * the next 款 (处罚法 第四十六条: 第一款 lists eight kinds of evidence, 第二款 and 第三款 follow them).
 */
export type LawSubItem = { number: number; label: string; text: string };
export type LawItem = { number: number; label: string; text: string; subItems?: LawSubItem[] };
export type LawParagraph = { text: string; items: LawItem[] };
export type LawArticle = {
  /** 61 for 第六十一条; 20 for 第二十条之一 too, which has `suffix` 1. */
  number: number;
  suffix?: number;
  /** 第六十一条, 第二十条之一 */
  label: string;
  chapter?: number;
  section?: number;
  paragraphs: LawParagraph[];
  /** The article as published without its label: one line per paragraph, item and sub-item, joined with \n. */
  text: string;
};
export type LawSection = { number: number; title: string; firstArticle: number; lastArticle: number };
export type LawChapter = { number: number; title: string; sections: LawSection[]; firstArticle: number; lastArticle: number };
export type ParsedLaw = {
  title: string;
  /** Lines between the title and the first chapter or article: promulgation and revision notes, a 序言. */
  preamble: string[];
  chapters: LawChapter[];
  articles: LawArticle[];
};

export const LAW_TEXT_INVALID = 'LAW_TEXT_INVALID';

const N = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`;
const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const ARTICLE_LABEL = `第(${N})条(?:之(${CN}))?`;
// The label is set off by a space (ASCII or 　) or by bold markers; a line that merely begins with
// "第五十七条规定的…" is prose, not a new article.
const ARTICLE_RE = new RegExp(`^(?:\\*\\*${ARTICLE_LABEL}\\*\\*\\s*(.*)|${ARTICLE_LABEL}(?:\\s+(.*))?)$`, 'u');
const CHAPTER_HEADING_RE = new RegExp(`^#{1,6}\\s*第(${CN})章\\s*(.*)$`, 'u');
const CHAPTER_PLAIN_RE = new RegExp(`^第(${CN})章(?:\\s+(.*))?$`, 'u');
const SECTION_HEADING_RE = new RegExp(`^#{1,6}\\s*第(${CN})节\\s*(.*)$`, 'u');
const SECTION_PLAIN_RE = new RegExp(`^第(${CN})节(?:\\s+(.*))?$`, 'u');
const PART_RE = new RegExp(`^(?:#{1,6}\\s*)?第${CN}(?:分)?编(?:\\s|$)`, 'u');
const TOC_RE = /^(?:#{1,6}\s*)?目\s*录$/u;
const HEADING_RE = /^#{1,6}\s+(.*)$/u;
const ITEM_RE = new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*(.*)$`, 'u');
const SUB_ITEM_RE = /^([0-9０-９]{1,2})\s*[.．、]\s*(.*)$/u;
// A heading printed without '#' is short and has no sentence punctuation.
const looksLikeHeadingTitle = (title: string) => title.length <= 40 && !/[，。；：,;:]/u.test(title);

type Line =
  | { kind: 'blank' }
  | { kind: 'toc' }
  | { kind: 'part' }
  | { kind: 'heading'; text: string }
  | { kind: 'chapter'; number: number; title: string }
  | { kind: 'section'; number: number; title: string }
  | { kind: 'article'; number: number; suffix?: number; rest: string }
  | { kind: 'item'; number: number; rest: string }
  | { kind: 'sub-item'; number: number; rest: string }
  | { kind: 'text' };

type Numbered = { kind: 'chapter' | 'section'; number: number; title: string };

const lawTextError = (line: number, message: string) => invalid(LAW_TEXT_INVALID, `法律文本第${line}行：${message}`, { line });

/** Spaces between the characters of a heading are layout (“总　　则”), not part of the title. */
const headingTitle = (raw: string | undefined) => (raw ?? '').replace(/\s+/gu, '');

const numberedHeading = (kind: Numbered['kind'], numeral: string, rawTitle: string | undefined): Numbered | undefined => {
  const number = parseChineseNumber(numeral);
  return number === undefined ? undefined : { kind, number, title: headingTitle(rawTitle) };
};

const classify = (text: string): Line => {
  if (text === '') return { kind: 'blank' };
  if (TOC_RE.test(text)) return { kind: 'toc' };
  if (PART_RE.test(text)) return { kind: 'part' };

  let m = CHAPTER_HEADING_RE.exec(text);
  const chapter = m
    ? numberedHeading('chapter', m[1], m[2])
    : (m = CHAPTER_PLAIN_RE.exec(text)) && looksLikeHeadingTitle(m[2] ?? '')
      ? numberedHeading('chapter', m[1], m[2])
      : undefined;
  if (chapter) return chapter;
  m = SECTION_HEADING_RE.exec(text);
  const section = m
    ? numberedHeading('section', m[1], m[2])
    : (m = SECTION_PLAIN_RE.exec(text)) && looksLikeHeadingTitle(m[2] ?? '')
      ? numberedHeading('section', m[1], m[2])
      : undefined;
  if (section) return section;

  m = HEADING_RE.exec(text);
  if (m) return { kind: 'heading', text: m[1].trim() };

  m = ARTICLE_RE.exec(text);
  if (m) {
    const [numeral, suffixNumeral, rest] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const number = parseNumeral(numeral);
    const suffix = suffixNumeral === undefined ? undefined : parseChineseNumber(suffixNumeral);
    if (number !== undefined && (suffixNumeral === undefined || suffix !== undefined)) {
      return { kind: 'article', number, ...(suffix === undefined ? {} : { suffix }), rest: (rest ?? '').trim() };
    }
  }
  m = ITEM_RE.exec(text);
  if (m) {
    const number = parseChineseNumber(m[1]);
    if (number !== undefined) return { kind: 'item', number, rest: m[2].trim() };
  }
  m = SUB_ITEM_RE.exec(text);
  if (m) {
    const number = parseNumeral(m[1]);
    if (number !== undefined) return { kind: 'sub-item', number, rest: m[2].trim() };
  }
  return { kind: 'text' };
};

/** Splits into trimmed lines (CRLF, CR or LF; 　 counts as a space) with HTML comments removed. */
const toLines = (text: string): string[] => {
  const raw = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const out: string[] = [];
  let inComment = false;
  for (const line of raw) {
    let rest = line;
    let kept = '';
    while (rest.length > 0) {
      if (inComment) {
        const end = rest.indexOf('-->');
        if (end < 0) {
          rest = '';
        } else {
          rest = rest.slice(end + 3);
          inComment = false;
        }
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) {
          kept += rest;
          rest = '';
        } else {
          kept += rest.slice(0, start);
          rest = rest.slice(start + 4);
          inComment = true;
        }
      }
    }
    out.push(kept.trim());
  }
  return out;
};

export const articleLabel = (number: number, suffix?: number) =>
  `第${toChineseNumber(number)}条${suffix === undefined ? '' : `之${toChineseNumber(suffix)}`}`;
export const itemLabel = (number: number) => `（${toChineseNumber(number)}）`;

type ArticleDraft = LawArticle & { line: number; lines: string[] };

/**
 * Parses a statute in the usual layout (see /work/shared/laws): a title line, promulgation and revision
 * notes, an optional 目录, then `## 第X章` / `### 第X节` headings and articles `第X条 …`, one 款 per line and
 * 项 as `（一）…` lines. Refuses, naming the line, anything whose numbering does not run 1, 2, 3 … without
 * gaps or repeats (articles, chapters, sections in a chapter, items in a paragraph): a misnumbered text
 * would make every later citation point at the wrong provision.
 */
export const parseLawText = (text: string): ParsedLaw => {
  const lines = toLines(text);
  const kinds = lines.map(classify);
  const lineNo = (index: number) => index + 1;

  const partIndex = kinds.findIndex((k) => k.kind === 'part');
  if (partIndex >= 0) throw lawTextError(lineNo(partIndex), `“${lines[partIndex]}”：暂不支持分编的法律（如民法典），各编的章序号重新起算`);

  const titleIndex = kinds.findIndex((k) => k.kind !== 'blank');
  if (titleIndex < 0) throw invalid(LAW_TEXT_INVALID, '法律文本为空', { line: 1 });
  const titleKind = kinds[titleIndex];
  const title =
    titleKind.kind === 'heading'
      ? titleKind.text
      : titleKind.kind === 'text' && looksLikeHeadingTitle(lines[titleIndex]) && !/^[0-9０-９（(]/u.test(lines[titleIndex])
        ? lines[titleIndex]
        : '';
  if (title === '') {
    throw lawTextError(lineNo(titleIndex), `缺少标题：首行应为法律法规名称（如“# 中华人民共和国行政处罚法”），实为“${lines[titleIndex].slice(0, 30)}”`);
  }

  const firstArticle = kinds.findIndex((k) => k.kind === 'article');
  if (firstArticle < 0) {
    throw invalid(LAW_TEXT_INVALID, `法律文本（共${lines.length}行）中没有找到任何条文：条文应以“第一条 ”开头（条号后有空格）`, {
      line: lines.length,
    });
  }

  // A 目录 repeats the chapter and section headings before the body. The body begins at the last
  // 第一章 before the first article; any heading before that one, and everything after a 目录 line,
  // belongs to the table of contents.
  let bodyStart = firstArticle;
  for (let i = firstArticle - 1; i > titleIndex; i--) {
    const k = kinds[i];
    if (k.kind === 'chapter' && k.number === 1) {
      bodyStart = i;
      break;
    }
  }
  const tocMarker = kinds.findIndex((k, i) => i > titleIndex && i < bodyStart && k.kind === 'toc');
  const firstHeading = kinds.findIndex((k, i) => i > titleIndex && i < bodyStart && (k.kind === 'chapter' || k.kind === 'section'));
  if (bodyStart === firstArticle && firstHeading >= 0 && tocMarker < 0) {
    // No 第一章 at all, and no 目录: the heading starts the body, where its number is refused.
    bodyStart = firstHeading;
  }
  const tocStart = tocMarker >= 0 ? tocMarker : bodyStart < firstArticle ? firstHeading : -1;

  const preamble: string[] = [];
  for (let i = titleIndex + 1; i < bodyStart; i++) {
    if (tocStart >= 0 && i >= tocStart) break;
    const k = kinds[i];
    if (k.kind !== 'blank') preamble.push(k.kind === 'heading' ? k.text : lines[i]);
  }

  const chapters: LawChapter[] = [];
  const articles: LawArticle[] = [];
  const seen = new Map<string, number>();
  let chapterLine = 0;
  let sectionLine = 0;
  let article: ArticleDraft | undefined;

  const currentChapter = () => chapters.at(-1);
  const currentSection = () => currentChapter()?.sections.at(-1);

  const finishArticle = () => {
    if (!article) return;
    if (article.paragraphs.length === 0) throw lawTextError(article.line, `${article.label}没有内容`);
    const { line: _line, lines: body, ...done } = article;
    articles.push({ ...done, text: body.join('\n') });
    article = undefined;
  };
  const requireArticles = (what: string, line: number, has: { firstArticle: number }) => {
    if (has.firstArticle === 0) throw lawTextError(line, `${what}之下没有条文`);
  };
  const closeSection = () => {
    const section = currentSection();
    if (section) requireArticles(`第${toChineseNumber(section.number)}节“${section.title}”`, sectionLine, section);
  };
  const closeChapter = () => {
    const chapter = currentChapter();
    if (!chapter) return;
    closeSection();
    requireArticles(`第${toChineseNumber(chapter.number)}章“${chapter.title}”`, chapterLine, chapter);
  };

  let previousKind: Line['kind'] = 'blank';
  for (let i = bodyStart; i < lines.length; i++) {
    const k = kinds[i];
    const line = lineNo(i);
    const before = previousKind;
    if (k.kind !== 'blank') previousKind = k.kind;
    switch (k.kind) {
      case 'blank':
        break;
      case 'toc':
        throw lawTextError(line, '正文中出现“目录”：目录应位于第一章之前');
        break;
      case 'part':
        break; // refused above
      case 'heading':
        throw lawTextError(line, `无法识别的标题“${lines[i]}”：正文中只能有“第X章”“第X节”标题`);
        break;
      case 'chapter': {
        finishArticle();
        if (chapters.length === 0 && articles.length > 0) throw lawTextError(line, '第一章之前已有条文：有章的法律，每一条都应在某一章之内');
        closeChapter();
        const expected = chapters.length + 1;
        if (k.number !== expected) {
          throw lawTextError(line, `章的序号不连续：此处应为第${toChineseNumber(expected)}章，实为第${toChineseNumber(k.number)}章`);
        }
        chapters.push({ number: k.number, title: k.title, sections: [], firstArticle: 0, lastArticle: 0 });
        chapterLine = line;
        break;
      }
      case 'section': {
        finishArticle();
        const chapter = currentChapter();
        if (!chapter) throw lawTextError(line, `“${lines[i]}”不在任何一章之内`);
        closeSection();
        const expected = chapter.sections.length + 1;
        if (k.number !== expected) {
          throw lawTextError(
            line,
            `第${toChineseNumber(chapter.number)}章中节的序号不连续：此处应为第${toChineseNumber(expected)}节，实为第${toChineseNumber(k.number)}节`,
          );
        }
        chapter.sections.push({ number: k.number, title: k.title, firstArticle: 0, lastArticle: 0 });
        sectionLine = line;
        break;
      }
      case 'article': {
        finishArticle();
        const previous = articles.at(-1);
        const label = articleLabel(k.number, k.suffix);
        const seenAt = seen.get(label);
        if (seenAt !== undefined) throw lawTextError(line, `条文序号重复：${label}已在第${seenAt}行出现`);
        if (k.suffix !== undefined) {
          const base = previous && previous.number === k.number ? (previous.suffix ?? 0) : undefined;
          if (base !== k.suffix - 1) {
            const expected = k.suffix === 1 ? articleLabel(k.number) : articleLabel(k.number, k.suffix - 1);
            throw lawTextError(line, `${label}应紧接在${expected}之后${previous ? `，实际前一条为${previous.label}` : ''}`);
          }
        } else {
          const expected = (previous?.number ?? 0) + 1;
          if (k.number < expected) {
            throw lawTextError(line, `条文序号倒退：${label}出现在${previous?.label ?? ''}之后`);
          }
          if (k.number > expected) {
            const missing = articleLabel(expected);
            const hidden = lines.findIndex((l, j) => j < i && kinds[j].kind === 'text' && l.startsWith(missing));
            const hint = hidden >= 0 ? `（第${lineNo(hidden)}行以“${missing}”开头，但条号后缺少空格，未被识别为条文）` : '';
            throw lawTextError(line, `条文序号不连续：缺少${missing}${previous ? `（前一条为${previous.label}）` : ''}，此处为${label}${hint}`);
          }
        }
        seen.set(label, line);
        const chapter = currentChapter();
        const section = currentSection();
        article = {
          number: k.number,
          ...(k.suffix === undefined ? {} : { suffix: k.suffix }),
          label,
          ...(chapter ? { chapter: chapter.number } : {}),
          ...(section ? { section: section.number } : {}),
          paragraphs: k.rest === '' ? [] : [{ text: k.rest, items: [] }],
          text: '',
          line,
          lines: k.rest === '' ? [] : [k.rest],
        };
        for (const range of [chapter, section]) {
          if (!range) continue;
          if (range.firstArticle === 0) range.firstArticle = k.number;
          range.lastArticle = k.number;
        }
        break;
      }
      case 'item': {
        if (!article) throw lawTextError(line, `项“${lines[i].slice(0, 20)}”不在任何条文之内`);
        // The items printed after a 款 belong to it; items straight after the label open an unnumbered first 款.
        let paragraph = article.paragraphs.at(-1);
        if (!paragraph) {
          paragraph = { text: '', items: [] };
          article.paragraphs.push(paragraph);
        }
        const expected = paragraph.items.length + 1;
        if (k.number !== expected) {
          throw lawTextError(line, `${article.label}中项的序号不连续：此处应为${itemLabel(expected)}，实为${itemLabel(k.number)}`);
        }
        paragraph.items.push({ number: k.number, label: itemLabel(k.number), text: k.rest });
        article.lines.push(lines[i]);
        break;
      }
      case 'sub-item': {
        // 目 (1. 2. …) only exist under a 项; elsewhere a line starting with a number is an ordinary 款.
        const item = article?.paragraphs.at(-1)?.items.at(-1);
        if (article && item && (before === 'item' || before === 'sub-item')) {
          const subItems = item.subItems ?? [];
          const expected = subItems.length + 1;
          if (k.number !== expected) throw lawTextError(line, `${article.label}${item.label}中目的序号不连续：此处应为${expected}，实为${k.number}`);
          const digits = /^[0-9０-９]+\s*[.．、]/u.exec(lines[i])?.[0] ?? `${k.number}.`;
          item.subItems = [...subItems, { number: k.number, label: digits.replace(/\s+/gu, ''), text: k.rest }];
          article.lines.push(lines[i]);
          break;
        }
        if (!article) throw lawTextError(line, `“${lines[i].slice(0, 20)}”不在任何条文之内`);
        article.paragraphs.push({ text: lines[i], items: [] });
        article.lines.push(lines[i]);
        break;
      }
      case 'text': {
        if (!article) throw lawTextError(line, `“${lines[i].slice(0, 20)}”不在任何条文之内（章节标题与条文之间不应有其他文字）`);
        article.paragraphs.push({ text: lines[i], items: [] });
        article.lines.push(lines[i]);
        break;
      }
    }
  }
  finishArticle();
  closeChapter();

  return { title, preamble, chapters, articles };
};
