import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';
import { agency, agencyUnit } from './org.ts';
import { party } from './people.ts';

/**
 * The case file (案卷) as it stands now: a projection of its events, updated in the transaction that appends
 * each event. Never the source of truth; `case_event` is.
 */
export const caseFile = pgTable(
  'case_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    unitId: uuid('unit_id').references(() => agencyUnit.id),
    clueNumber: text('clue_number').notNull().unique(), // 案源登记编号
    caseNumber: text('case_number').unique(), // 立案编号, once filed
    title: text('title').notNull(),
    status: text('status').notNull(),
    procedure: text('procedure').notNull().default('general'), // general | simple
    source: text('source').notNull(),
    partyId: uuid('party_id').references(() => party.id),
    occurredOn: date('occurred_on', { mode: 'string' }), // when the act happened, for the limitation period
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    filedOn: date('filed_on', { mode: 'string' }), // 立案日期, once filed (处罚法 第六十条 counts from it)
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    eventCount: integer('event_count').notNull().default(0),
  },
  (t) => [
    check('case_file_procedure_check', sql`${t.procedure} in ('general','simple')`),
    index('case_file_agency_status_idx').on(t.agencyId, t.status, t.registeredAt),
    index('case_file_unit_idx').on(t.unitId),
  ],
);

/** Officers handling a case (承办人): the first is the lead. Scope `own` in the permission table reads this. */
export const caseHandler = pgTable(
  'case_handler',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    role: text('role').notNull(), // lead | assistant
  },
  (t) => [primaryKey({ columns: [t.caseId, t.accountId] }), index('case_handler_account_idx').on(t.accountId)],
);

/** 全过程记录: every act on a case, append-only, each one a ledger leaf. */
export const caseEvent = pgTable(
  'case_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id').references(() => account.id),
    actorName: text('actor_name'),
    place: text('place'),
    payload: jsonb('payload').notNull(),
    correctsEventId: bigint('corrects_event_id', { mode: 'number' }),
  },
  (t) => [uniqueIndex('case_event_case_seq_uq').on(t.caseId, t.seq)],
);

/** Gap-free numbers per agency, kind and year (e.g. 某县市监罚〔2026〕12号). */
export const documentSequence = pgTable(
  'document_sequence',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.kind, t.year] })],
);
