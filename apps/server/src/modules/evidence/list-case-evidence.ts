import { type Actor, checkAccess } from '@sanxiang/domain';
import { type Db, evidenceItem } from '@sanxiang/db';
import { asc, eq } from 'drizzle-orm';
import { caseInScope } from './case-place.ts';
import { evidenceView, ingestOrder } from './evidence-views.ts';
import { grantsOf } from './read-access.ts';
import { type EvidenceRules, NATIONAL_EVIDENCE_RULES } from './evidence-rules.ts';

/**
 * The evidence list of a case (titles, kinds, hashes; no content): readable across the `evidence.read` scope.
 * It says whether the reader handles the case or must state a purpose before opening anything.
 */
export const listCaseEvidence = async (db: Db, actor: Actor, caseId: string, now: Date, rules: EvidenceRules = NATIONAL_EVIDENCE_RULES) => {
  const place = await caseInScope(db, actor, caseId, 'evidence.read');
  const handles = place.handlerAccountIds.includes(actor.accountId);
  const grants = handles ? undefined : await grantsOf(db, actor, caseId, now, rules.retrieval);
  const rows = await db.select().from(evidenceItem).where(eq(evidenceItem.caseId, caseId)).orderBy(asc(evidenceItem.ingestedAt), ingestOrder);
  return {
    caseId,
    caseTitle: place.title,
    caseNumber: place.caseNumber,
    clueNumber: place.clueNumber,
    access: handles ? ('handler' as const) : grants?.purpose ? ('purpose' as const) : ('needs-purpose' as const),
    purposeExpiresAt: grants?.purpose?.expiresAt.toISOString() ?? null,
    mayUpload: checkAccess(actor, 'evidence.create', place) === 'allow',
    items: rows.map((r) => ({
      ...evidenceView(r, rules.retention),
      readAccess: handles
        ? ('open' as const)
        : r.restricted
          ? grants?.approvals.some((a) => a.evidenceIds.includes(r.id))
            ? ('open' as const)
            : ('needs-approval' as const)
          : grants?.purpose
            ? ('open' as const)
            : ('needs-purpose' as const),
    })),
  };
};
