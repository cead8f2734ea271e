import { type Db, evidenceItem } from '@sanxiang/db';
import { asc, eq } from 'drizzle-orm';
import { ingestOrder } from './evidence-views.ts';

export { openVerifiedEvidence } from '../../storage/verified-read.ts';

/**
 * For the electronic case file (电子卷宗): every evidence file of a case with its hashes. Read the bytes with
 * `openVerifiedEvidence(storage, sm3, { sha256, size })`, which errors instead of ending when they do not match.
 */
export const listCaseEvidenceFiles = async (tx: Db, caseId: string) =>
  (await tx.select().from(evidenceItem).where(eq(evidenceItem.caseId, caseId)).orderBy(asc(evidenceItem.ingestedAt), ingestOrder)).map((r) => ({
    evidenceId: r.id,
    kind: r.kind,
    title: r.title,
    fileName: r.fileName,
    mediaType: r.mediaType,
    size: r.size,
    sm3: r.sm3,
    sha256: r.sha256,
  }));
