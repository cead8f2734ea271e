import { LAW_KIND_LABELS, type LawArticleItem, type LawDetail, type LawKind, type LawSummary } from '@sanxiang/contracts';
import { articleLabel, chinaDateOf, type LawParagraph, notFound, parsePlainDate } from '@sanxiang/domain';
import { type Db, law, lawArticle, lawVersion } from '@sanxiang/db';
import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';

export type VersionDates = { id: string; lawId: string; adoptedOn: string; effectiveOn: string; repealedOn: string | null };

/**
 * The version in force on a date: the latest to have taken effect by then and not repealed by then. Older
 * versions keep their dates (rows are history); a later version supersedes them by taking effect.
 */
export const versionInForce = <V extends Omit<VersionDates, 'id' | 'lawId'>>(versions: readonly V[], on: string): V | undefined =>
  versions
    .filter((v) => v.effectiveOn <= on && (v.repealedOn === null || v.repealedOn > on))
    .sort((a, b) => (a.effectiveOn === b.effectiveOn ? b.adoptedOn.localeCompare(a.adoptedOn) : b.effectiveOn.localeCompare(a.effectiveOn)))[0];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND_ORDER: readonly LawKind[] = ['law', 'regulation', 'rule', 'local-regulation', 'normative'];
const collator = new Intl.Collator('zh-CN');
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Dates of every version of the given laws (never their texts). */
export const versionDatesOf = async (db: Db, lawIds: string[]): Promise<VersionDates[]> =>
  lawIds.length === 0
    ? []
    : db
        .select({ id: lawVersion.id, lawId: lawVersion.lawId, adoptedOn: lawVersion.adoptedOn, effectiveOn: lawVersion.effectiveOn, repealedOn: lawVersion.repealedOn })
        .from(lawVersion)
        .where(inArray(lawVersion.lawId, lawIds));

const ref = (v: VersionDates | undefined) => (v ? { id: v.id, adoptedOn: v.adoptedOn, effectiveOn: v.effectiveOn } : null);

const summaryOf = (l: typeof law.$inferSelect, versions: VersionDates[], today: string): LawSummary => ({
  id: l.id,
  title: l.title,
  kind: l.kind as LawKind,
  kindLabel: LAW_KIND_LABELS[l.kind as LawKind] ?? l.kind,
  issuer: l.issuer,
  versionCount: versions.length,
  current: ref(versionInForce(versions, today)),
});

export type LawFilter = { q?: string; kind?: LawKind };

/** The law library, by kind (法律 before 行政法规 …) and then by title in pinyin order. */
export const listLaws = async (db: Db, filter: LawFilter, today: string) => {
  const where: SQL[] = [];
  if (filter.q) where.push(ilike(law.title, likePattern(filter.q)));
  if (filter.kind) where.push(eq(law.kind, filter.kind));
  const laws = await db.select().from(law).where(and(...where));
  const versions = await versionDatesOf(db, laws.map((l) => l.id));
  const items = laws
    .sort((a, b) => KIND_ORDER.indexOf(a.kind as LawKind) - KIND_ORDER.indexOf(b.kind as LawKind) || collator.compare(a.title, b.title))
    .map((l) => summaryOf(l, versions.filter((v) => v.lawId === l.id), today));
  return { items };
};

export const articleAnchor = (number: number, suffix?: number) => `a${number}${suffix ? `-${suffix}` : ''}`;

export const toArticleItem = (row: typeof lawArticle.$inferSelect): LawArticleItem => {
  const suffix = row.suffix === 0 ? undefined : row.suffix;
  return {
    number: row.number,
    ...(suffix === undefined ? {} : { suffix }),
    label: articleLabel(row.number, suffix),
    anchor: articleAnchor(row.number, suffix),
    ...(row.chapterNumber === null ? {} : { chapter: row.chapterNumber }),
    ...(row.sectionNumber === null ? {} : { section: row.sectionNumber }),
    text: row.text,
    paragraphs: row.paragraphs as LawParagraph[],
  };
};

/** The table of contents, rebuilt from the articles' chapter and section columns. */
const chaptersOf = (rows: Array<typeof lawArticle.$inferSelect>): LawDetail['chapters'] => {
  const chapters: LawDetail['chapters'] = [];
  for (const r of rows) {
    if (r.chapterNumber === null) continue;
    let chapter = chapters.at(-1);
    if (!chapter || chapter.number !== r.chapterNumber) {
      chapter = { number: r.chapterNumber, title: r.chapterTitle ?? '', anchor: `c${r.chapterNumber}`, firstArticle: r.number, lastArticle: r.number, sections: [] };
      chapters.push(chapter);
    }
    chapter.lastArticle = r.number;
    if (r.sectionNumber === null) continue;
    let section = chapter.sections.at(-1);
    if (!section || section.number !== r.sectionNumber) {
      section = { number: r.sectionNumber, title: r.sectionTitle ?? '', anchor: `c${r.chapterNumber}s${r.sectionNumber}`, firstArticle: r.number, lastArticle: r.number };
      chapter.sections.push(section);
    }
    section.lastArticle = r.number;
  }
  return chapters;
};

export type LawDetailOptions = { on?: string; versionId?: string };

/**
 * A law with its versions and the articles of one version: the one named, or the one in force on `on`
 * (default today). A date on which no version was in force shows no articles; the versions say why.
 */
export const getLaw = async (db: Db, id: string, options: LawDetailOptions, today: string): Promise<LawDetail> => {
  const on = options.on === undefined ? today : parsePlainDate(options.on);
  const [l] = UUID.test(id) ? await db.select().from(law).where(eq(law.id, id)) : [];
  if (!l) throw notFound('LAW_NOT_FOUND', '法律法规库中没有这部法律法规');
  const versions = await db
    .select({
      id: lawVersion.id,
      lawId: lawVersion.lawId,
      adoptedOn: lawVersion.adoptedOn,
      effectiveOn: lawVersion.effectiveOn,
      repealedOn: lawVersion.repealedOn,
      importedAt: lawVersion.importedAt,
      articleCount: count(lawArticle.number),
    })
    .from(lawVersion)
    .leftJoin(lawArticle, eq(lawArticle.versionId, lawVersion.id))
    .where(eq(lawVersion.lawId, id))
    .groupBy(lawVersion.id);
  const current = versionInForce(versions, today);
  const items = versions
    .sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn))
    .map((v) => ({
      id: v.id,
      adoptedOn: v.adoptedOn,
      effectiveOn: v.effectiveOn,
      repealedOn: v.repealedOn,
      importedAt: v.importedAt.toISOString(),
      inForce: v.id === current?.id,
      articleCount: Number(v.articleCount),
    }));
  let shown: (typeof items)[number] | undefined;
  if (options.versionId !== undefined) {
    shown = items.find((v) => v.id === options.versionId);
    if (!shown) throw notFound('LAW_VERSION_NOT_FOUND', '这部法律法规没有该版本');
  } else {
    const inForce = versionInForce(versions, on);
    shown = items.find((v) => v.id === inForce?.id);
  }
  const summary = summaryOf(l, versions, today);
  if (!shown) return { ...summary, versions: items, on, shown: null, chapters: [], articles: [] };
  const [{ preamble }] = await db.select({ preamble: lawVersion.preamble }).from(lawVersion).where(eq(lawVersion.id, shown.id));
  const rows = await db.select().from(lawArticle).where(eq(lawArticle.versionId, shown.id)).orderBy(asc(lawArticle.number), asc(lawArticle.suffix));
  return { ...summary, versions: items, on, shown: { ...shown, preamble }, chapters: chaptersOf(rows), articles: rows.map(toArticleItem) };
};

/** Reads for the public portal, over the same use cases as the API. */
export const lawReaderFor = (db: Db, clock: () => Date) => ({
  today: () => chinaDateOf(clock()),
  list: (filter: LawFilter) => listLaws(db, filter, chinaDateOf(clock())),
  detail: (id: string, options: LawDetailOptions) => getLaw(db, id, options, chinaDateOf(clock())),
});
