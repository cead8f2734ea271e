import { LAW_KIND_LABELS, type LawKind } from '@sanxiang/contracts';
import { conflict, invalid, isSameLawTitle, parseLawText, parsePlainDate, type WorkingCalendar } from '@sanxiang/domain';
import { type Db, law, lawArticle, lawVersion } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { flagItemsCitingLaw } from '../items/review-flags.ts';

export type ImportLawInput = { text: string; kind: LawKind; adoptedOn: string; effectiveOn: string; issuer?: string };
/** `calendar` (read before the transaction) dates the review flags of items citing a law that gets a new version. */
export type ImportContext = { by: string | null; now: Date; isSeed?: boolean; calendar?: WorkingCalendar };

const ARTICLE_BATCH = 200;

const isUniqueViolation = (e: unknown): boolean => {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
    if ((c as { code?: unknown }).code === '23505') return true;
  }
  return false;
};

/**
 * Imports a law's text as a new law or as a new version of the law with the same title (《行政处罚法》 matches
 * 中华人民共和国行政处罚法). Older versions are left as they are: which one is in force on a date follows
 * from the effective dates (see versionInForce), so versions must take effect in the order they were adopted.
 * Runs in the caller's transaction; a refused text leaves nothing behind.
 */
export const importLawText = async (tx: Db, input: ImportLawInput, ctx: ImportContext) => {
  const adoptedOn = parsePlainDate(input.adoptedOn);
  const effectiveOn = parsePlainDate(input.effectiveOn);
  if (effectiveOn < adoptedOn) throw invalid('LAW_DATES_INVALID', `施行日期（${effectiveOn}）不能早于通过日期（${adoptedOn}）`);
  const parsed = parseLawText(input.text); // LAW_TEXT_INVALID naming the line

  const existing = (await tx.select().from(law)).find((l) => isSameLawTitle(l.title, parsed.title));
  if (existing && existing.kind !== input.kind) {
    throw conflict('LAW_KIND_MISMATCH', `《${existing.title}》已登记为“${LAW_KIND_LABELS[existing.kind as LawKind]}”，与提交的类别“${LAW_KIND_LABELS[input.kind]}”不符`);
  }
  if (existing && input.issuer && existing.issuer && existing.issuer !== input.issuer) {
    throw conflict('LAW_ISSUER_MISMATCH', `《${existing.title}》的制定机关已登记为“${existing.issuer}”，与提交的“${input.issuer}”不符`);
  }
  let newest = true;
  if (existing) {
    const versions = await tx.select().from(lawVersion).where(eq(lawVersion.lawId, existing.id));
    newest = versions.every((v) => v.adoptedOn < adoptedOn);
    const same = versions.find((v) => v.adoptedOn === adoptedOn);
    if (same) throw conflict('LAW_VERSION_EXISTS', `《${existing.title}》${adoptedOn}通过的版本已在库中`);
    // A later text must take effect after an earlier one, or "the version in force" would be ambiguous.
    for (const v of versions) {
      const outOfOrder = v.adoptedOn < adoptedOn ? v.effectiveOn >= effectiveOn : v.effectiveOn <= effectiveOn;
      if (outOfOrder) {
        throw invalid(
          'LAW_VERSION_ORDER',
          `日期顺序不符：已有${v.adoptedOn}通过、${v.effectiveOn}施行的版本，新版本${adoptedOn}通过、${effectiveOn}施行；各版本的施行日期应与通过日期同序`,
        );
      }
    }
  }

  try {
    const [saved] = existing
      ? [existing]
      : await tx.insert(law).values({ title: parsed.title, kind: input.kind, issuer: input.issuer ?? null, isSeed: ctx.isSeed ?? false }).returning();
    const [version] = await tx
      .insert(lawVersion)
      .values({ lawId: saved.id, adoptedOn, effectiveOn, preamble: parsed.preamble, sourceText: input.text, importedAt: ctx.now, importedBy: ctx.by })
      .returning({ id: lawVersion.id });
    const chapters = new Map(parsed.chapters.map((c) => [c.number, c]));
    const rows = parsed.articles.map((a) => {
      const chapter = a.chapter === undefined ? undefined : chapters.get(a.chapter);
      const section = a.section === undefined ? undefined : chapter?.sections.find((s) => s.number === a.section);
      return {
        versionId: version.id,
        number: a.number,
        suffix: a.suffix ?? 0,
        chapterNumber: chapter?.number ?? null,
        chapterTitle: chapter?.title ?? null,
        sectionNumber: section?.number ?? null,
        sectionTitle: section?.title ?? null,
        text: a.text,
        paragraphs: a.paragraphs,
      };
    });
    for (let i = 0; i < rows.length; i += ARTICLE_BATCH) await tx.insert(lawArticle).values(rows.slice(i, i + ARTICLE_BATCH));
    // A new version of a law already in the library: the items citing it are due for review (更新期限).
    const flaggedItems = existing && newest ? await flagItemsCitingLaw(tx, { lawId: saved.id, versionId: version.id, adoptedOn }, ctx.calendar, ctx.now) : 0;
    return {
      law: { id: saved.id, title: saved.title, kind: saved.kind as LawKind },
      version: { id: version.id, adoptedOn, effectiveOn },
      newLaw: !existing,
      articleCount: rows.length,
      chapterCount: parsed.chapters.length,
      flaggedItems,
    };
  } catch (e) {
    // Two imports of the same text at once: the second meets the unique index.
    if (isUniqueViolation(e)) throw conflict('LAW_VERSION_EXISTS', `《${parsed.title}》${adoptedOn}通过的版本已在库中`);
    throw e;
  }
};
