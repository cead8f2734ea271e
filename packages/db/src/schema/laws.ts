import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';

/** 法律 law, 行政法规 regulation, 部门规章 rule, 地方性法规 local-regulation, 规范性文件 normative. */
export const LAW_KINDS = ['law', 'regulation', 'rule', 'local-regulation', 'normative'] as const;
export type LawKindValue = (typeof LAW_KINDS)[number];

/** A law or regulation as a whole, across its versions (法律法规库). */
export const law = pgTable(
  'law',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull().unique(), // the full title as published: 中华人民共和国行政处罚法
    kind: text('kind').notNull(),
    issuer: text('issuer'), // 制定机关
    isSeed: boolean('is_seed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('law_kind_check', sql`${t.kind} in ('law','regulation','rule','local-regulation','normative')`)],
);

/**
 * One text of a law as adopted or revised. Rows are history: a new version never rewrites an older one's
 * dates. The version in force on D is the latest with effective_on <= D and (repealed_on null or > D).
 */
export const lawVersion = pgTable(
  'law_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lawId: uuid('law_id')
      .notNull()
      .references(() => law.id),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(), // 通过、修订或修正之日
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(), // 施行之日
    repealedOn: date('repealed_on', { mode: 'string' }), // 废止之日 (the whole law), when known
    preamble: jsonb('preamble').notNull().$type<string[]>(), // promulgation and revision notes, as printed
    sourceText: text('source_text').notNull(), // the whole text as imported
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    importedBy: uuid('imported_by').references(() => account.id), // null for the national seed
  },
  (t) => [
    uniqueIndex('law_version_law_adopted_uq').on(t.lawId, t.adoptedOn),
    check('law_version_effective_check', sql`${t.effectiveOn} >= ${t.adoptedOn}`),
    check('law_version_repealed_check', sql`${t.repealedOn} is null or ${t.repealedOn} > ${t.effectiveOn}`),
  ],
);

/** An article (条) of a version, with its 款 and 项 as parsed. `suffix` 1 is 第二十条之一; 0 is none. */
export const lawArticle = pgTable(
  'law_article',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => lawVersion.id),
    number: integer('number').notNull(),
    suffix: integer('suffix').notNull().default(0),
    chapterNumber: integer('chapter_number'),
    chapterTitle: text('chapter_title'),
    sectionNumber: integer('section_number'),
    sectionTitle: text('section_title'),
    text: text('text').notNull(),
    paragraphs: jsonb('paragraphs').notNull(), // LawParagraph[] of @sanxiang/domain
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.number, t.suffix] }),
    check('law_article_number_check', sql`${t.number} >= 1 and ${t.suffix} >= 0`),
  ],
);
