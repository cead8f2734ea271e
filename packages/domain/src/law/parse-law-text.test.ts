import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { paragraphText } from './find-provision.ts';
import { type ParsedLaw, parseLawText } from './parse-law-text.ts';

// The law texts ship with the repository (laws are not subject to copyright, 著作权法 第五条).
const LAWS_DIR = process.env.SANXIANG_LAWS_DIR ?? fileURLToPath(new URL('../../../db/seeds/laws', import.meta.url));
const readLaw = (file: string) => readFileSync(join(LAWS_DIR, file), 'utf8');

/**
 * The ten texts in packages/db/seeds/laws. Article counts were counted from the texts themselves: the number
 * of lines starting with `第X条 `, which equals the number of the last article (本法自…起施行), with
 * numbering checked to run 1..N without gaps. `sections` is the number of 节 in each chapter.
 */
const LAWS = [
  { file: '行政处罚法(2021-01-22).md', title: '中华人民共和国行政处罚法', articles: 86, last: '第八十六条', sections: [0, 0, 0, 0, 4, 0, 0, 0] },
  { file: '行政强制法(2011-06-30).md', title: '中华人民共和国行政强制法', articles: 71, last: '第七十一条', sections: [0, 0, 3, 3, 0, 0, 0] },
  { file: '行政许可法(2019-04-23).md', title: '中华人民共和国行政许可法', articles: 83, last: '第八十三条', sections: [0, 0, 0, 6, 0, 0, 0, 0] },
  { file: '食品安全法(2021-04-29).md', title: '中华人民共和国食品安全法', articles: 154, last: '第一百五十四条', sections: [0, 0, 0, 4, 0, 0, 0, 0, 0, 0] },
  { file: '大气污染防治法(2018-10-26).md', title: '中华人民共和国大气污染防治法', articles: 129, last: '第一百二十九条', sections: [0, 0, 0, 5, 0, 0, 0, 0] },
  { file: '安全生产法(2021-06-10).md', title: '中华人民共和国安全生产法', articles: 119, last: '第一百一十九条', sections: [0, 0, 0, 0, 0, 0, 0] },
  { file: '广告法(2021-04-29).md', title: '中华人民共和国广告法', articles: 74, last: '第七十四条', sections: [0, 0, 0, 0, 0, 0] },
  { file: '环境保护法(2014-04-24).md', title: '中华人民共和国环境保护法', articles: 70, last: '第七十条', sections: [0, 0, 0, 0, 0, 0, 0] },
  { file: '产品质量法(2018-12-29).md', title: '中华人民共和国产品质量法', articles: 74, last: '第七十四条', sections: [0, 0, 2, 0, 0, 0] },
  // A State Council regulation: no chapters at all.
  { file: '行政执法机关移送涉嫌犯罪案件的规定(2020-08-07).md', title: '行政执法机关移送涉嫌犯罪案件的规定', articles: 20, last: '第二十条', sections: [] },
];

const refusal = (text: string) => {
  try {
    parseLawText(text);
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected the text to be refused');
};

/** A small law to build bad inputs from: `body` lines go after the title and history note. */
const lawText = (...body: string[]) => ['# 中华人民共和国示例法', '', '2024年1月1日 示例会议通过', '', ...body].join('\n');

describe.each(LAWS)('$file', (expected) => {
  const text = readLaw(expected.file);
  const law = parseLawText(text);

  it('has the title, article count and chapters counted from the text', () => {
    expect(law.title).toBe(expected.title);
    expect(law.articles).toHaveLength(expected.articles);
    expect(law.articles.at(-1)?.label).toBe(expected.last);
    // Cross-check against a plain count of article lines in the file.
    expect(text.split('\n').filter((l) => /^第[一二三四五六七八九十百零]+条 /u.test(l))).toHaveLength(expected.articles);
    expect(law.chapters).toHaveLength(expected.sections.length);
    expect(law.chapters.map((c) => c.sections.length)).toEqual(expected.sections);
  });

  it('numbers articles 1..N and chapters and sections without gaps', () => {
    expect(law.articles.map((a) => a.number)).toEqual(Array.from({ length: expected.articles }, (_, i) => i + 1));
    expect(law.chapters.map((c) => c.number)).toEqual(law.chapters.map((_, i) => i + 1));
    let next = 1;
    for (const chapter of law.chapters) {
      expect(chapter.firstArticle).toBe(next);
      expect(chapter.title).not.toBe('');
      expect(chapter.sections.map((s) => s.number)).toEqual(chapter.sections.map((_, i) => i + 1));
      next = chapter.lastArticle + 1;
    }
    if (law.chapters.length > 0) expect(next).toBe(expected.articles + 1);
    for (const article of law.articles) {
      const chapter = law.chapters.find((c) => article.number >= c.firstArticle && article.number <= c.lastArticle);
      expect(article.chapter).toBe(chapter?.number);
    }
  });

  it('accounts for every line of the body as a heading, 款 or 项', () => {
    const bodyLines = text.split('\n').slice(text.split('\n').indexOf('<!-- INFO END -->') + 1).filter((l) => l.trim() !== '');
    const headings = law.chapters.length + law.chapters.reduce((n, c) => n + c.sections.length, 0);
    const paragraphLines = law.articles.reduce((n, a) => n + a.text.split('\n').length, 0);
    expect(headings + paragraphLines).toBe(bodyLines.length);
    for (const article of law.articles) {
      expect(article.text).toBe(article.paragraphs.map(paragraphText).join('\n'));
      expect(article.paragraphs.every((p) => p.text !== '')).toBe(true);
    }
  });

  it('keeps the history notes as the preamble', () => {
    expect(law.preamble.length).toBeGreaterThan(0);
    expect(law.preamble.every((l) => /^\d{4}年/u.test(l))).toBe(true);
  });
});

const article = (law: ParsedLaw, n: number) => {
  const found = law.articles.find((a) => a.number === n);
  if (!found) throw new Error(`no article ${n}`);
  return found;
};

describe('行政处罚法 (2021), spot checks', () => {
  const law = parseLawText(readLaw('行政处罚法(2021-01-22).md'));

  it('splits articles into 款 and 项', () => {
    const a61 = article(law, 61);
    expect(a61.label).toBe('第六十一条');
    expect(a61.paragraphs[0].text.startsWith('行政处罚决定书应当在宣告后当场交付当事人')).toBe(true);
    expect(a61.paragraphs).toHaveLength(2);

    expect(article(law, 36).paragraphs).toHaveLength(2);
    expect(article(law, 36).paragraphs[1].text).toBe('前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。');

    const a63 = article(law, 63);
    expect(a63.paragraphs[0].items).toHaveLength(6);
    expect(a63.paragraphs[0].items[0]).toEqual({ number: 1, label: '（一）', text: '较大数额罚款；' });
    expect(a63.paragraphs[1]).toEqual({ text: '当事人不承担行政机关组织听证的费用。', items: [] });

    // 第四十六条: the two paragraphs after the eight kinds of evidence are 第二款 and 第三款.
    const a46 = article(law, 46);
    expect(a46.paragraphs.map((p) => p.items.length)).toEqual([8, 0, 0]);
    expect(a46.text.split('\n')).toHaveLength(11);
  });

  it('places articles in chapters and sections', () => {
    expect(law.chapters[4]).toMatchObject({ number: 5, title: '行政处罚的决定', firstArticle: 39, lastArticle: 65 });
    expect(law.chapters[4].sections).toEqual([
      { number: 1, title: '一般规定', firstArticle: 39, lastArticle: 50 },
      { number: 2, title: '简易程序', firstArticle: 51, lastArticle: 53 },
      { number: 3, title: '普通程序', firstArticle: 54, lastArticle: 62 },
      { number: 4, title: '听证程序', firstArticle: 63, lastArticle: 65 },
    ]);
    expect(article(law, 63)).toMatchObject({ chapter: 5, section: 4 });
    expect(article(law, 20)).toMatchObject({ chapter: 3 });
    expect(article(law, 20).section).toBeUndefined();
    expect(law.preamble[0]).toBe('1996年3月17日 第八届全国人民代表大会第四次会议通过');
    expect(law.preamble).toHaveLength(4);
  });
});

describe('irregularities of the published texts', () => {
  it('drops the spaces inside headings such as “总 则” and “期 限”', () => {
    const law = parseLawText(readLaw('行政许可法(2019-04-23).md'));
    expect(law.chapters[0].title).toBe('总则');
    expect(law.chapters[7].title).toBe('附则');
    expect(law.chapters[3].sections.map((s) => s.title)).toEqual(['申请与受理', '审查与决定', '期限', '听证', '变更与延续', '特别规定']);
  });

  it('keeps the article text as published, ASCII colons included', () => {
    const law = parseLawText(readLaw('行政强制法(2011-06-30).md'));
    expect(article(law, 24).paragraphs[1].text).toBe('查封、扣押决定书应当载明下列事项:');
    expect(article(law, 24).paragraphs[1].items).toHaveLength(5);
  });

  it('parses the regulation without chapters', () => {
    const law = parseLawText(readLaw('行政执法机关移送涉嫌犯罪案件的规定(2020-08-07).md'));
    expect(law.chapters).toEqual([]);
    expect(law.articles.every((a) => a.chapter === undefined && a.section === undefined)).toBe(true);
    expect(law.preamble).toEqual(['2001年7月9日 中华人民共和国国务院令第310号公布', '2020年8月7日 《国务院关于修改〈行政执法机关移送涉嫌犯罪案件的规定〉的决定》修订）']);
  });

  it('parses the largest text, 食品安全法', () => {
    const law = parseLawText(readLaw('食品安全法(2021-04-29).md'));
    expect(law.chapters.map((c) => c.title)).toEqual([
      '总则',
      '食品安全风险监测和评估',
      '食品安全标准',
      '食品生产经营',
      '食品检验',
      '食品进出口',
      '食品安全事故处置',
      '监督管理',
      '法律责任',
      '附则',
    ]);
    expect(law.chapters[8]).toMatchObject({ firstArticle: 122, lastArticle: 149 });
    expect(law.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.items.length, 0), 0)).toBe(124);
  });
});

describe('layouts other than the sample files', () => {
  const original = readLaw('行政处罚法(2021-01-22).md');

  it('reads CRLF line endings, full-width spaces and indented paragraphs the same way', () => {
    const official = original
      .split('\n')
      .map((l) => l.replace(/^(第[一二三四五六七八九十百零]+条) /u, '$1\u3000').replace(/^(?![#<\d])(?=\S)/u, '\u3000\u3000'))
      .map((l) => l.replace(/^(##+ 第[一二三四五六七八九十]+[章节]) /u, '$1\u3000'))
      .join('\r\n');
    expect(official).toContain('\u3000\u3000第六十一条\u3000行政处罚决定书');
    expect(official).toContain('\r\n');
    expect(parseLawText(official)).toEqual(parseLawText(original));
    expect(parseLawText(`\uFEFF${original.replace(/\n/gu, '\r')}`)).toEqual(parseLawText(original));
  });

  it('skips a 目录 and does not take its entries for chapters', () => {
    const withToc = lawText(
      '目　　录',
      '',
      '第一章　总　　则',
      '第二章　处罚',
      '　第一节　一般规定',
      '第三章　附　　则',
      '',
      '## 第一章 总则',
      '第一条 为了示例，制定本法。',
      '## 第二章 处罚',
      '### 第一节 一般规定',
      '第二条 违反本法的，处罚。',
      '## 第三章 附则',
      '第三条 本法自公布之日起施行。',
    );
    const law = parseLawText(withToc);
    expect(law.preamble).toEqual(['2024年1月1日 示例会议通过']);
    expect(law.chapters.map((c) => [c.number, c.title, c.firstArticle, c.lastArticle])).toEqual([
      [1, '总则', 1, 1],
      [2, '处罚', 2, 2],
      [3, '附则', 3, 3],
    ]);
    expect(law.chapters[1].sections).toEqual([{ number: 1, title: '一般规定', firstArticle: 2, lastArticle: 2 }]);
  });

  it('skips a table of contents written as markdown headings, with or without a 目录 line', () => {
    const toc = ['## 第一章 总则', '## 第二章 附则', ''];
    const body = ['## 第一章 总则', '第一条 为了示例，制定本法。', '## 第二章 附则', '第二条 本法自公布之日起施行。'];
    for (const text of [lawText('## 目录', ...toc, ...body), lawText(...toc, ...body)]) {
      const law = parseLawText(text);
      expect(law.chapters.map((c) => c.title)).toEqual(['总则', '附则']);
      expect(law.articles.map((a) => a.chapter)).toEqual([1, 2]);
    }
  });

  it('reads a plain-text layout: title without #, chapters without #, bold labels', () => {
    const law = parseLawText(
      ['中华人民共和国示例法', '第一章　总　　则', '**第一条**为了示例，制定本法。', '第二章　附　　则', '**第二条** 本法自公布之日起施行。'].join('\n'),
    );
    expect(law.title).toBe('中华人民共和国示例法');
    expect(law.chapters.map((c) => c.title)).toEqual(['总则', '附则']);
    expect(law.articles.map((a) => a.paragraphs[0].text)).toEqual(['为了示例，制定本法。', '本法自公布之日起施行。']);
  });

  it('handles 第X条之一 articles', () => {
    const law = parseLawText(
      lawText('第一条 甲。', '第一条之一 乙。', '第一条之二 丙。', '第二条 丁。'),
    );
    expect(law.articles.map((a) => [a.label, a.number, a.suffix])).toEqual([
      ['第一条', 1, undefined],
      ['第一条之一', 1, 1],
      ['第一条之二', 1, 2],
      ['第二条', 2, undefined],
    ]);
    expect(refusal(lawText('第一条 甲。', '第一条之二 丙。')).message).toContain('第一条之二应紧接在第一条之一之后');
    expect(refusal(lawText('第一条 甲。', '第二条 乙。', '第一条之一 丙。')).message).toContain('第7行');
  });

  it('keeps 目 (1. 2.) under their 项 and an article whose items follow its label directly', () => {
    const law = parseLawText(
      lawText('第一条 下列行为应当处罚：', '（一）甲；', '1．甲一；', '2．甲二；', '（二）乙。', '前款规定以外的，不处罚。', '第二条', '（一）丙；', '（二）丁。'),
    );
    const [first, second] = law.articles;
    expect(first.paragraphs).toHaveLength(2);
    expect(first.paragraphs[0].items[0].subItems).toEqual([
      { number: 1, label: '1．', text: '甲一；' },
      { number: 2, label: '2．', text: '甲二；' },
    ]);
    expect(first.text.split('\n')).toHaveLength(6);
    expect(second.paragraphs).toEqual([{ text: '', items: [{ number: 1, label: '（一）', text: '丙；' }, { number: 2, label: '（二）', text: '丁。' }] }]);
  });
});

describe('refusing texts that cannot be addressed reliably', () => {
  const expectRefusal = (text: string, ...fragments: string[]) => {
    const error = refusal(text);
    expect(error.code).toBe('LAW_TEXT_INVALID');
    expect(error.category).toBe('invalid');
    for (const fragment of fragments) expect(error.message).toContain(fragment);
    return error;
  };

  it('refuses a gap in the article numbers, naming the line', () => {
    const error = expectRefusal(lawText('第一条 甲。', '', '第三条 丙。'), '第7行', '缺少第二条', '第三条');
    expect(error.details).toEqual({ line: 7 });
  });

  it('points at an article whose label lacks the space after it', () => {
    expectRefusal(lawText('第一条 甲。', '第二条乙。', '第三条 丙。'), '第7行', '缺少第二条', '第6行以“第二条”开头');
  });

  it('refuses duplicate and backward article numbers', () => {
    expectRefusal(lawText('第一条 甲。', '第二条 乙。', '第二条 乙。'), '第7行', '条文序号重复：第二条已在第6行出现');
    expectRefusal(lawText('第二条 乙。'), '第5行', '缺少第一条');
  });

  it('refuses a text without a title or without articles', () => {
    expectRefusal('第一条 甲。\n第二条 乙。', '第1行', '缺少标题');
    expectRefusal('\n\n2024年1月1日 通过\n第一条 甲。', '第3行', '缺少标题');
    expect(refusal('').code).toBe('LAW_TEXT_INVALID');
    expectRefusal('# 中华人民共和国示例法\n\n本法没有条文。', '没有找到任何条文');
    expectRefusal('# 中华人民共和国示例法\n\n第一条为了示例，制定本法。', '没有找到任何条文');
  });

  it('refuses chapters out of order, repeated or empty', () => {
    expectRefusal(lawText('## 第一章 总则', '第一条 甲。', '## 第三章 附则', '第二条 乙。'), '第7行', '应为第二章，实为第三章');
    expectRefusal(lawText('## 第一章 总则', '第一条 甲。', '## 第一章 总则', '第二条 乙。'), '第7行', '应为第二章，实为第一章');
    expectRefusal(lawText('## 第一章 总则', '## 第二章 附则', '第一条 甲。'), '第5行', '第一章“总则”之下没有条文');
    expectRefusal(lawText('第一条 甲。', '## 第一章 总则', '第二条 乙。'), '第6行', '第一章之前已有条文');
  });

  it('refuses sections out of order or outside a chapter', () => {
    expectRefusal(lawText('## 第一章 总则', '### 第二节 其他', '第一条 甲。'), '第6行', '应为第一节，实为第二节');
    expectRefusal(lawText('### 第一节 一般规定', '第一条 甲。'), '第5行', '不在任何一章之内');
  });

  it('refuses items out of order and stray text', () => {
    expectRefusal(lawText('第一条 下列：', '（一）甲；', '（三）丙。'), '第7行', '应为（二），实为（三）');
    expectRefusal(lawText('## 第一章 总则', '本章规定一般事项。', '第一条 甲。'), '第6行', '不在任何条文之内');
    expectRefusal(lawText('第一条 甲。', '## 附件', '附表一'), '第6行', '无法识别的标题');
  });

  it('refuses laws divided into 编, whose chapter numbers restart', () => {
    expectRefusal(lawText('## 第一编 总则', '### 第一章 基本规定', '第一条 甲。'), '第5行', '分编');
  });
});
