import { agencyUnit, caseFile, type Db, enforcementItem } from '@sanxiang/db';
import { eq } from 'drizzle-orm';

// What legal review reads of a case: the read the case module publishes for other modules.
export { caseReviewView, type CaseReviewView } from '../cases/case-review-view.ts';

/** The enforcement item and handling unit of a case: the catalogue and the opinion read them. */
export const caseItemOf = async (tx: Db, caseId: string) => {
  const [row] = await tx
    .select({ item: enforcementItem, unitName: agencyUnit.name })
    .from(caseFile)
    .leftJoin(enforcementItem, eq(enforcementItem.id, caseFile.itemId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, caseFile.unitId))
    .where(eq(caseFile.id, caseId));
  return { item: row?.item ?? null, unitName: row?.unitName ?? null };
};
