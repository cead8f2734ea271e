import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enforcementItem } from './items.ts';
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
    itemId: uuid('item_id').references(() => enforcementItem.id), // 执法事项 the case is handled under
    /** The rest of the projection (draft, notice, hearing, measures, decision, payment...), rebuilt from the events. */
    state: jsonb('state').notNull().default({}),
    decisionNumber: text('decision_number').unique(), // 行政处罚决定书文号
    decidedOn: date('decided_on', { mode: 'string' }),
    fineFen: bigint('fine_fen', { mode: 'number' }).notNull().default(0),
    closedOn: date('closed_on', { mode: 'string' }),
  },
  (t) => [
    check('case_file_procedure_check', sql`${t.procedure} in ('general','simple')`),
    index('case_file_agency_status_idx').on(t.agencyId, t.status, t.registeredAt),
    index('case_file_unit_idx').on(t.unitId),
    index('case_file_agency_registered_idx').on(t.agencyId, t.registeredAt),
    index('case_file_item_idx').on(t.itemId),
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

/**
 * Every legal deadline running on a case (one row per deadline and subject, e.g. each seizure): a projection written
 * by the act that starts it and closed by the act that meets it. Officers' and agencies' deadline views and the
 * reminder jobs read it.
 */
export const caseDeadline = pgTable(
  'case_deadline',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    key: text('key').notNull(), // DEADLINE_RULES key
    ref: text('ref').notNull().default(''), // which measure, when several
    label: text('label').notNull(),
    basis: text('basis').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.key, t.ref] }), index('case_deadline_open_idx').on(t.agencyId, t.dueOn)],
);

/**
 * The documents of a case (执法文书) and their numbers. The content is in the producing event's payload (a ledger
 * leaf); this row indexes it so the file can be listed and checked for completeness.
 */
export const caseDocument = pgTable(
  'case_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => caseEvent.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    number: text('number').unique(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('case_document_case_idx').on(t.caseId)],
);

/** An agency's values of the configurable case rules (`domain/cases/case-rules.ts`); no row means the national defaults. */
export const caseRuleSetting = pgTable('case_rule_setting', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agency.id),
  rules: jsonb('rules').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => account.id),
});
