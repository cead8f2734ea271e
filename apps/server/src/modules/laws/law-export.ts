import type { LawKind } from '@sanxiang/contracts';
import { type Db, law, lawVersion } from '@sanxiang/db';
import { asc, eq } from 'drizzle-orm';

const collator = new Intl.Collator('zh-CN');

export type LawVersionText = { title: string; kind: LawKind; issuer: string | null; adoptedOn: string; effectiveOn: string; text: string };

/** Every version in the library with the text it was imported from: by title (pinyin), then oldest first. */
export const lawVersionTexts = async (db: Db): Promise<LawVersionText[]> => {
  const rows = await db
    .select({ title: law.title, kind: law.kind, issuer: law.issuer, adoptedOn: lawVersion.adoptedOn, effectiveOn: lawVersion.effectiveOn, text: lawVersion.sourceText })
    .from(lawVersion)
    .innerJoin(law, eq(law.id, lawVersion.lawId))
    .orderBy(asc(lawVersion.adoptedOn));
  return rows.map((r) => ({ ...r, kind: r.kind as LawKind })).sort((a, b) => collator.compare(a.title, b.title) || a.adoptedOn.localeCompare(b.adoptedOn));
};
