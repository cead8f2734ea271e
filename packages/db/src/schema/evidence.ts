import { bigint, boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';
import { caseFile } from './cases.ts';
import { agency } from './org.ts';

/**
 * An evidence item (证据) of a case: a file stored by content (its SM3 digest) with who collected it, when,
 * where, how and with which device. The facts of the item never change (a trigger refuses it); only the
 * retention projection (class, legal hold, deletion queue) and the media facts extracted later (poster frame,
 * duration) move on, each change being a custody event.
 */
export const evidenceItem = pgTable(
  'evidence_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    fileName: text('file_name').notNull(), // as the uploader named it; shown, never used as a path
    mediaType: text('media_type').notNull(), // from the bytes (magic numbers)
    size: bigint('size', { mode: 'number' }).notNull(),
    sm3: text('sm3').notNull(), // hex; the storage address
    sha256: text('sha256').notNull(),
    collectedAt: timestamp('collected_at', { withTimezone: true }),
    collectedByName: text('collected_by_name'),
    collectedPlace: text('collected_place'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    method: text('method'), // how: 拍摄、录音录像、复制、提取、调取 ...
    deviceId: text('device_id'), // e.g. the body camera's number
    restricted: boolean('restricted').notNull().default(false),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
    ingestedByAccountId: uuid('ingested_by_account_id').references(() => account.id),
    // Projection (changed only together with a custody event):
    retentionClass: text('retention_class').notNull(),
    legalHold: boolean('legal_hold').notNull().default(false),
    deletionQueuedOn: date('deletion_queued_on', { mode: 'string' }),
    // Extracted in the background when ffmpeg is available:
    mediaState: text('media_state').notNull().default('none'), // none | pending | done | unavailable | failed
    durationMs: integer('duration_ms'),
    posterSm3: text('poster_sm3'),
  },
  (t) => [index('evidence_item_case_idx').on(t.caseId, t.ingestedAt), index('evidence_item_sm3_idx').on(t.sm3)],
);

/**
 * 证据保管链: every ingest, view, play, download, share, redaction copy, retention change, deletion request,
 * retrieval (调阅) and integrity alarm, append-only and each a ledger leaf. Case-level events (a stated purpose)
 * have no evidence id.
 */
export const evidenceCustodyEvent = pgTable(
  'evidence_custody_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    evidenceId: uuid('evidence_id').references(() => evidenceItem.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id').references(() => account.id),
    actorName: text('actor_name'),
    /** For a read: handler | purpose | approval (null for everything else). Supervisors watch the last two. */
    basis: text('basis'),
    purpose: text('purpose'),
    /** The request a decision answers, or the grant a read used. */
    refEventId: bigint('ref_event_id', { mode: 'number' }),
    /** Whose access an approval opens. */
    subjectAccountId: uuid('subject_account_id').references(() => account.id),
    payload: jsonb('payload').notNull(),
  },
  (t) => [
    index('evidence_custody_item_idx').on(t.evidenceId, t.id),
    index('evidence_custody_case_idx').on(t.caseId, t.actorAccountId, t.type),
    index('evidence_custody_agency_type_idx').on(t.agencyId, t.type, t.at),
  ],
);

/**
 * A resumable upload (tus 1.0): the bytes received so far live in a staging file named by this id; its size
 * is the offset. Once complete the file moves into content-addressed storage and becomes an evidence item.
 */
export const evidenceUpload = pgTable(
  'evidence_upload',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    length: bigint('length', { mode: 'number' }).notNull(),
    meta: jsonb('meta').notNull(),
    status: text('status').notNull(), // open | complete | refused
    mediaType: text('media_type'),
    evidenceId: uuid('evidence_id').references(() => evidenceItem.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('evidence_upload_account_idx').on(t.accountId, t.status)],
);
