import type { ResolvedCitation } from '@sanxiang/contracts';
import { invalid, isDomainError, unprocessable } from '@sanxiang/domain';
import { type Db, itemLegalBasis } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { resolveCitation } from '../laws/resolve-citation.ts';

export type ResolvedBasis = ResolvedCitation;

/**
 * Checks every legal basis against the law library (the version in force on `on`) through the laws module's
 * resolveCitation. The first that fails is refused with its position and text and the library's reason:
 * a malformed citation is 400 LEGAL_BASIS_INVALID, a law, article or provision that is not there (or not in
 * force) is 422 LEGAL_BASIS_NOT_FOUND. Nothing is written here.
 */
export const resolveLegalBases = async (tx: Db, citations: readonly string[], on: string): Promise<ResolvedBasis[]> => {
  const resolved: ResolvedBasis[] = [];
  for (const [i, citation] of citations.entries()) {
    const field = `legalBasis.${i}`;
    try {
      resolved.push(await resolveCitation(tx, citation, on));
    } catch (e) {
      if (!isDomainError(e)) throw e;
      const details = { field, citation, cause: e.code };
      if (e.category === 'invalid') throw invalid('LEGAL_BASIS_INVALID', `法律依据第${i + 1}项“${citation}”无法识别：${e.message.replace(/^无法解析引用：/u, '')}`, details);
      throw unprocessable('LEGAL_BASIS_NOT_FOUND', `法律依据第${i + 1}项“${citation}”在法律法规库中找不到：${e.message}`, details);
    }
  }
  const seen = new Map<string, number>();
  resolved.forEach((r, i) => {
    const first = seen.get(r.citation);
    if (first !== undefined) throw invalid('LEGAL_BASIS_DUPLICATE', `法律依据第${i + 1}项与第${first + 1}项相同：${r.citation}`, { field: `legalBasis.${i}` });
    seen.set(r.citation, i);
  });
  return resolved;
};

/** Replaces the stored bases of an item with the resolved ones, in the order given. */
export const storeLegalBases = async (tx: Db, owner: { enforcementItemId: string } | { inspectionItemId: string }, bases: readonly ResolvedBasis[]) => {
  const match = 'enforcementItemId' in owner ? eq(itemLegalBasis.enforcementItemId, owner.enforcementItemId) : eq(itemLegalBasis.inspectionItemId, owner.inspectionItemId);
  await tx.delete(itemLegalBasis).where(match);
  if (bases.length === 0) return;
  await tx.insert(itemLegalBasis).values(
    bases.map((b, position) => ({
      ...('enforcementItemId' in owner ? { enforcementItemId: owner.enforcementItemId } : { inspectionItemId: owner.inspectionItemId }),
      position,
      citation: b.citation,
      lawId: b.law.id,
      lawVersionId: b.version.id,
      article: b.article,
      suffix: b.suffix ?? 0,
      paragraph: b.paragraph ?? null,
      item: b.item ?? null,
    })),
  );
};
