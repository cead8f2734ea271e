import { chinaDateOf, CUSTODY_EVENT_LABELS, type CustodyEventType, EVIDENCE_KIND_LABELS, type EvidenceKind, MEDIA_TYPE_LABELS, NATIONAL_RETENTION_TABLE, RETENTION_CLASS_LABELS, type RetentionClass, type RetentionTable, retentionOf } from '@sanxiang/domain';
import type { evidenceCustodyEvent } from '@sanxiang/db';
import { evidenceItem } from '@sanxiang/db';
import { sql } from 'drizzle-orm';

export type EvidenceRow = typeof evidenceItem.$inferSelect;
export type CustodyRow = typeof evidenceCustodyEvent.$inferSelect;

/** The retention facts of an item: every item here is linked to its case (nothing linked to a case is deleted). */
export const retentionFactsOf = (row: EvidenceRow) => ({
  assigned: row.retentionClass as RetentionClass,
  mediaType: row.mediaType,
  linkedToCase: true,
  ingestedOn: chinaDateOf(row.ingestedAt),
  legalHold: row.legalHold,
});

export const evidenceView = (row: EvidenceRow, table: RetentionTable = NATIONAL_RETENTION_TABLE) => {
  const retention = retentionOf(retentionFactsOf(row), table);
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind as EvidenceKind,
    kindLabel: EVIDENCE_KIND_LABELS[row.kind as EvidenceKind] ?? row.kind,
    title: row.title,
    description: row.description,
    fileName: row.fileName,
    mediaType: row.mediaType,
    mediaTypeLabel: MEDIA_TYPE_LABELS[row.mediaType] ?? row.mediaType,
    size: row.size,
    sm3: row.sm3,
    sha256: row.sha256,
    collectedAt: row.collectedAt?.toISOString() ?? null,
    collectedByName: row.collectedByName,
    collectedPlace: row.collectedPlace,
    latitude: row.latitude,
    longitude: row.longitude,
    method: row.method,
    deviceId: row.deviceId,
    restricted: row.restricted,
    ingestedAt: row.ingestedAt.toISOString(),
    retentionClass: retention.class,
    retentionLabel: RETENTION_CLASS_LABELS[retention.class],
    keepUntil: retention.keepUntil,
    legalHold: row.legalHold,
    mediaState: row.mediaState,
    durationMs: row.durationMs,
    hasPoster: Boolean(row.posterSm3),
  };
};

export const custodyView = (row: CustodyRow, leafIndex: number | null = null) => ({
  id: row.id,
  evidenceId: row.evidenceId,
  type: row.type,
  typeLabel: CUSTODY_EVENT_LABELS[row.type as CustodyEventType] ?? row.type,
  at: row.at.toISOString(),
  actorName: row.actorName,
  basis: row.basis,
  purpose: row.purpose,
  refEventId: row.refEventId,
  payload: row.payload as Record<string, unknown>,
  leafIndex,
});

/** Items in the order they were taken in: the id of their ingest custody event (the clock may not tell them apart). */
export const ingestOrder = sql`(select min(c.id) from evidence_custody_event c where c.evidence_id = ${evidenceItem.id} and c.type = 'ingest')`;
