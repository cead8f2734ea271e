import { sql } from 'drizzle-orm';
import { bigint, check, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';
import { caseFile } from './cases.ts';
import { agency } from './org.ts';

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });

/**
 * 行政执法公示: one decision as the public sees it (国办发〔2018〕118号 事后公开; 处罚法 第四十八条).
 * Holds only the allowlisted, already-masked fields: the party's display form, never the full name of a person.
 * The row is a projection; every step (prepared, approved, published, withdrawn, expired, removed) is a
 * `disclosure_event` row that is a ledger leaf.
 */
export const disclosureRecord = pgTable(
  'disclosure_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    caseId: uuid('case_id').references(() => caseFile.id),
    kind: text('kind').notNull(), // penalty | licence | coercion | inspection | other
    documentNumber: text('document_number').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    partyName: text('party_name').notNull(), // display form, masked per the party display rule
    partyKind: text('party_kind').notNull(), // person | organization
    creditCode: text('credit_code'), // 统一社会信用代码, organisations only
    category: text('category').notNull(), // 执法类别 / 事项名称
    violation: text('violation').notNull(), // 违法行为 (redacted)
    basis: text('basis').notNull(), // 处罚依据
    content: text('content').notNull(), // 处罚内容 / 许可内容
    fineFen: bigint('fine_fen', { mode: 'number' }),
    confiscationFen: bigint('confiscation_fen', { mode: 'number' }),
    summary: text('summary').notNull().default(''), // redacted free text
    severity: text('severity').notNull().default('general'), // minor | general | serious
    status: text('status').notNull().default('draft'),
    dueOn: date('due_on', { mode: 'string' }).notNull(), // publication deadline
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => account.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
    withdrawalDueOn: date('withdrawal_due_on', { mode: 'string' }),
    displayEndsOn: date('display_ends_on', { mode: 'string' }),
    displayMinEndsOn: date('display_min_ends_on', { mode: 'string' }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removalReason: text('removal_reason'),
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector'),
    eventCount: integer('event_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('disclosure_record_kind_check', sql`${t.kind} in ('penalty','licence','coercion','inspection','other')`),
    check('disclosure_record_party_kind_check', sql`${t.partyKind} in ('person','organization')`),
    check('disclosure_record_severity_check', sql`${t.severity} in ('minor','general','serious')`),
    check(
      'disclosure_record_status_check',
      sql`${t.status} in ('draft','approved','published','withdrawn','expired','removed')`,
    ),
    check('disclosure_record_money_check', sql`coalesce(${t.fineFen}, 0) >= 0 and coalesce(${t.confiscationFen}, 0) >= 0`),
    index('disclosure_record_status_idx').on(t.status, t.publishedAt),
    index('disclosure_record_agency_idx').on(t.agencyId, t.status, t.dueOn),
    index('disclosure_record_case_idx').on(t.caseId),
  ],
);

/** Every step of a disclosure, append-only; each row is a ledger leaf (kind `disclosure_event`). */
export const disclosureEvent = pgTable(
  'disclosure_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => disclosureRecord.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(), // prepared | approved | published | withdrawn | expired | removed
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id').references(() => account.id),
    payload: jsonb('payload').notNull(),
  },
  (t) => [uniqueIndex('disclosure_event_record_seq_uq').on(t.recordId, t.seq)],
);

/** 年度统计 (每年1月31日前公开): a published snapshot per year; the newest row for a year is the one shown. */
export const disclosureStatistics = pgTable(
  'disclosure_statistics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    figures: jsonb('figures').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by').references(() => account.id),
  },
  (t) => [index('disclosure_statistics_year_idx').on(t.year, t.publishedAt)],
);
