import type { EvidenceUploadMeta } from '@sanxiang/contracts';
import { type Actor, cleanFileName, EVIDENCE_KIND_LABELS, invalid, type RetentionClass } from '@sanxiang/domain';
import { account, type Db, evidenceItem, evidenceUpload } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { Digests } from '../../storage/hashing.ts';
import { appendCaseEvent } from '../cases/case-events.ts';
import type { CasePlace } from './case-place.ts';
import { appendCustody } from './custody.ts';

/** Until the agency sets another class, evidence keeps the case file's usual class (行政处罚案卷: 定期30年). */
export const DEFAULT_RETENTION: RetentionClass = '30y';

export type IngestInput = {
  /** The tus upload it came from (none for data loaded by the platform itself). */
  uploadId: string | null;
  meta: EvidenceUploadMeta;
  digests: Digests;
  size: number;
  mediaType: string;
  /** Whether the content was new to the store (false: the same bytes were stored before, kept once). */
  storedNew: boolean;
  mediaState: 'pending' | 'unavailable' | 'none';
};

/**
 * 入库: the file is already under its SM3 address; this records the item, its first custody event (with both
 * hashes, a ledger leaf) and an `evidence-added` event in the case's own record, in one transaction.
 */
export const ingestEvidence = async (tx: Db, actor: Actor, place: CasePlace, input: IngestInput, now: Date) => {
  const m = input.meta;
  const fileName = cleanFileName(m.filename);
  const [me] = await tx.select({ name: account.displayName }).from(account).where(eq(account.id, actor.accountId));
  // A redacted copy (遮蔽副本, e.g. faces or plates blurred for disclosure) is an item of its own; the original
  // records that a copy was made from it.
  const [original] = m.redactionOf ? await tx.select().from(evidenceItem).where(eq(evidenceItem.id, m.redactionOf)) : [];
  if (m.redactionOf && (!original || original.caseId !== place.caseId)) throw invalid('REDACTION_SOURCE_INVALID', '遮蔽副本的原证据须为本案证据');
  const [item] = await tx
    .insert(evidenceItem)
    .values({
      caseId: place.caseId,
      agencyId: place.agencyId,
      kind: m.kind,
      title: m.title,
      description: m.description ?? null,
      fileName,
      mediaType: input.mediaType,
      size: input.size,
      sm3: input.digests.sm3,
      sha256: input.digests.sha256,
      collectedAt: m.collectedAt ? new Date(m.collectedAt) : null,
      collectedByName: m.collectedByName ?? me?.name ?? null,
      collectedPlace: m.collectedPlace ?? null,
      latitude: m.latitude ?? null,
      longitude: m.longitude ?? null,
      method: m.method ?? null,
      deviceId: m.deviceId ?? null,
      restricted: m.restricted === 'true',
      ingestedAt: now,
      ingestedByAccountId: actor.accountId,
      retentionClass: DEFAULT_RETENTION,
      mediaState: input.mediaState,
    })
    .returning();
  const custody = await appendCustody(tx, {
    evidenceId: item.id,
    caseId: place.caseId,
    agencyId: place.agencyId,
    type: 'ingest',
    at: now,
    actorAccountId: actor.accountId,
    payload: {
      kind: item.kind,
      kindLabel: EVIDENCE_KIND_LABELS[m.kind],
      title: item.title,
      fileName,
      mediaType: item.mediaType,
      size: item.size,
      sm3: item.sm3,
      sha256: item.sha256,
      storedAs: input.storedNew ? 'new' : 'duplicate-content',
      collectedAt: m.collectedAt ?? null,
      collectedByName: item.collectedByName,
      collectedPlace: item.collectedPlace,
      latitude: item.latitude,
      longitude: item.longitude,
      method: item.method,
      deviceId: item.deviceId,
      restricted: item.restricted,
      uploadId: input.uploadId,
      redactionOf: m.redactionOf ?? null,
    },
  });
  if (original) {
    await appendCustody(tx, {
      evidenceId: original.id,
      caseId: original.caseId,
      agencyId: original.agencyId,
      type: 'redaction-copy',
      at: now,
      actorAccountId: actor.accountId,
      payload: { copyId: item.id, copyTitle: item.title, copySm3: item.sm3 },
    });
  }
  await appendCaseEvent(tx, {
    caseId: place.caseId,
    type: 'evidence-added',
    at: now,
    actorAccountId: actor.accountId,
    actorName: me?.name ?? null,
    place: item.collectedPlace,
    payload: { evidenceId: item.id, kind: item.kind, title: item.title, sm3: item.sm3, size: item.size },
  });
  if (input.uploadId) await tx.update(evidenceUpload).set({ status: 'complete', evidenceId: item.id, mediaType: item.mediaType, updatedAt: now }).where(eq(evidenceUpload.id, input.uploadId));
  return { item, custody };
};
