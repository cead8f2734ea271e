import type { ProvisionRef } from './citation.ts';
import type { LawArticle, LawItem, LawParagraph, ParsedLaw } from './parse-law-text.ts';

const itemText = (item: LawItem) => [item.text, ...(item.subItems ?? []).map((s) => `${s.label}${s.text}`)].join('\n');

/** A 款 as published: its own line followed by its 项 (with their labels) and their 目. */
export const paragraphText = (paragraph: LawParagraph): string =>
  [
    ...(paragraph.text === '' ? [] : [paragraph.text]),
    ...paragraph.items.flatMap((item) => [`${item.label}${item.text}`, ...(item.subItems ?? []).map((s) => `${s.label}${s.text}`)]),
  ].join('\n');

export const findArticle = (law: ParsedLaw, article: number, suffix?: number): LawArticle | undefined =>
  law.articles.find((a) => a.number === article && a.suffix === suffix);

/**
 * The text of 第N条, 第N条第M款 or 第N条第M款第K项; undefined when the law has no such provision.
 * An item cited without its paragraph (本法第九条第二项, the usual form when only one 款 has items) is
 * looked up in the one paragraph that has items; when several have, the citation is ambiguous: undefined.
 * An item's text is returned without its label (（二）), followed by its 目 if any.
 */
export const findProvision = (law: ParsedLaw, ref: ProvisionRef): string | undefined => {
  const article = findArticle(law, ref.article, ref.suffix);
  if (!article) return undefined;
  if (ref.paragraph === undefined && ref.item === undefined) return article.text;

  let paragraph: LawParagraph | undefined;
  if (ref.paragraph !== undefined) {
    paragraph = article.paragraphs[ref.paragraph - 1];
  } else {
    const withItems = article.paragraphs.filter((p) => p.items.length > 0);
    paragraph = withItems.length === 1 ? withItems[0] : undefined;
  }
  if (!paragraph) return undefined;
  if (ref.item === undefined) return paragraphText(paragraph);
  const item = paragraph.items[ref.item - 1];
  return item ? itemText(item) : undefined;
};
