import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCitation, isSameLawTitle, parseCitation } from './citation.ts';
import { findProvision } from './find-provision.ts';
import { parseLawText } from './parse-law-text.ts';

// The law texts ship with the repository (laws are not subject to copyright, 著作权法 第五条).
const LAWS_DIR = process.env.SANXIANG_LAWS_DIR ?? fileURLToPath(new URL('../../../db/seeds/laws', import.meta.url));

describe('parseCitation', () => {
  it('parses a law title and article', () => {
    expect(parseCitation('《中华人民共和国行政处罚法》第六十一条')).toEqual({ ok: true, lawTitle: '中华人民共和国行政处罚法', article: 61 });
    expect(parseCitation('《行政处罚法》第三十六条第一款')).toEqual({ ok: true, lawTitle: '行政处罚法', article: 36, paragraph: 1 });
  });

  it('parses paragraphs and items, with or without brackets around the item number', () => {
    expect(parseCitation('第六十四条第一款第（二）项')).toEqual({ ok: true, article: 64, paragraph: 1, item: 2 });
    expect(parseCitation('第六十四条第一款第二项')).toEqual({ ok: true, article: 64, paragraph: 1, item: 2 });
    expect(parseCitation('第六十四条第一款第(二)项')).toEqual({ ok: true, article: 64, paragraph: 1, item: 2 });
    expect(parseCitation('本法第九条第二项')).toEqual({ ok: true, article: 9, item: 2 });
    expect(parseCitation('本条例第一百零一条')).toEqual({ ok: true, article: 101 });
  });

  it('parses 之一 articles, Arabic numerals and spaced-out text', () => {
    expect(parseCitation('《中华人民共和国刑法》第一百三十三条之一')).toEqual({ ok: true, lawTitle: '中华人民共和国刑法', article: 133, suffix: 1 });
    expect(parseCitation('《行政处罚法》第61条第2款')).toEqual({ ok: true, lawTitle: '行政处罚法', article: 61, paragraph: 2 });
    expect(parseCitation(' 《行政处罚法》　第六十一条 第二款 ')).toEqual({ ok: true, lawTitle: '行政处罚法', article: 61, paragraph: 2 });
  });

  it('explains in Chinese what it could not understand', () => {
    const reason = (text: string) => {
      const result = parseCitation(text);
      if (result.ok) throw new Error(`expected ${text} to be refused`);
      return result.reason;
    };
    expect(reason('')).toBe('引用为空');
    expect(reason('《行政处罚法第六十一条')).toContain('书名号未闭合');
    expect(reason('《》第六十一条')).toContain('缺少法律法规名称');
    expect(reason('《行政处罚法》')).toContain('缺少条号');
    expect(reason('《行政处罚法》六十一条')).toContain('缺少条号');
    expect(reason('行政处罚法第六十一条')).toContain('书名号');
    expect(reason('第一百一条')).toContain('不是有效的数字');
    expect(reason('第六十七条至第六十九条')).toContain('不支持条文范围或列举');
    expect(reason('第四十四条、第四十五条')).toContain('不支持条文范围或列举');
    expect(reason('第六十四条第（二）项第一款')).toContain('条、款、项 的顺序');
    expect(reason('第六十一条的规定')).toBe('无法识别条号之后的“的规定”');
  });

  it('formats what it parses back to the canonical form', () => {
    expect(formatCitation({ lawTitle: '行政处罚法', article: 64, paragraph: 1, item: 2 })).toBe('《行政处罚法》第六十四条第一款第（二）项');
    expect(formatCitation({ article: 20, suffix: 1 })).toBe('第二十条之一');
    for (const text of ['《行政处罚法》第六十四条第一款第（二）项', '第一百三十三条之一', '第九条第（二）项', '第八十六条']) {
      const parsed = parseCitation(text);
      expect(parsed.ok && formatCitation(parsed)).toBe(text);
    }
  });

  it('matches a short title with the full one', () => {
    expect(isSameLawTitle('行政处罚法', '中华人民共和国行政处罚法')).toBe(true);
    expect(isSameLawTitle('《行政处罚法》', '中华人民共和国行政处罚法')).toBe(true);
    expect(isSameLawTitle('行政强制法', '中华人民共和国行政处罚法')).toBe(false);
  });
});

describe('findProvision in 行政处罚法 (2021)', () => {
  const law = parseLawText(readFileSync(join(LAWS_DIR, '行政处罚法(2021-01-22).md'), 'utf8'));
  const cite = (text: string) => {
    const parsed = parseCitation(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return findProvision(law, parsed);
  };

  it('finds an article, a paragraph and an item', () => {
    expect(cite('第八十六条')).toBe('本法自2021年7月15日起施行。');
    expect(cite('第三十六条第二款')).toBe('前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。');
    expect(cite('第六十四条第一款第（二）项')).toBe('行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点；');
    expect(cite('《中华人民共和国行政处罚法》第六十一条')?.split('\n')).toHaveLength(2);
  });

  it('returns a paragraph with its items, as published', () => {
    const paragraph = cite('第六十八条第一款');
    expect(paragraph?.split('\n')).toEqual([
      '依照本法第五十一条的规定当场作出行政处罚决定，有下列情形之一，执法人员可以当场收缴罚款：',
      '（一）依法给予一百元以下罚款的；',
      '（二）不当场收缴事后难以执行的。',
    ]);
  });

  it('reads an item cited without its paragraph from the one paragraph that has items', () => {
    // 行政强制法 第五十三条 cites “本法第九条第二项” this way; here 处罚法 第九条 has a single paragraph.
    expect(cite('本法第九条第二项')).toBe('罚款、没收违法所得、没收非法财物；');
    expect(cite('第四十六条第八项')).toBe('勘验笔录、现场笔录。');
  });

  it('returns undefined for provisions that do not exist', () => {
    expect(cite('第八十七条')).toBeUndefined();
    expect(cite('第三十六条第三款')).toBeUndefined();
    expect(cite('第六十三条第一款第七项')).toBeUndefined();
    expect(cite('第六十三条第二款第一项')).toBeUndefined();
    expect(cite('第八条第一项')).toBeUndefined();
    expect(cite('第二十条之一')).toBeUndefined();
  });
});
