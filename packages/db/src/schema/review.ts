import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';
import { caseFile } from './cases.ts';
import { agency, agencyUnit } from './org.ts';

/**
 * 法制审核目录清单 per agency (处罚法 第五十八条第一款第四项): thresholds by party type, confiscation value, penalty kinds,
 * extra rows by enforcement item / field, and the review period. The row with no agency is the national default
 * (seeded by the migration); an agency's row replaces it whole. Edited by the system admin; every save is audited.
 */
export const reviewCatalogue = pgTable(
  'review_catalogue',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').references(() => agency.id),
    catalogue: jsonb('catalogue').notNull(), // domain ReviewCatalogue
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => account.id),
  },
  (t) => [uniqueIndex('review_catalogue_agency_uq').on(t.agencyId)],
);

/**
 * One case's legal review as it stands now: a projection of its rounds, steps and opinions (all append-only),
 * updated in the transaction that appends each of them. The queue, the deadlines and the gate read it.
 */
export const review = pgTable(
  'review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => caseFile.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    unitId: uuid('unit_id').references(() => agencyUnit.id),
    status: text('status').notNull(), // submitted | assigned | returned | passed
    roundNo: integer('round_no').notNull(),
    roundId: uuid('round_id').notNull(),
    draftVersion: integer('draft_version').notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    extended: boolean('extended').notNull().default(false),
    assigneeKind: text('assignee_kind'), // reviewer | legal-adviser | public-lawyer
    assigneeAccountId: uuid('assignee_account_id').references(() => account.id),
    assigneeName: text('assignee_name'),
    result: text('result'), // agree | problems, of the current round once written
    opinionId: uuid('opinion_id'),
    completedOn: date('completed_on', { mode: 'string' }),
    escalation: text('escalation'), // open | resolved
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('review_status_check', sql`${t.status} in ('submitted','assigned','returned','passed')`),
    check('review_result_check', sql`${t.result} is null or ${t.result} in ('agree','problems')`),
    index('review_agency_status_idx').on(t.agencyId, t.status, t.dueOn),
    index('review_assignee_idx').on(t.assigneeAccountId),
  ],
);

/**
 * One submission (送审) as the reviewer saw it: the frozen snapshot of the draft decision, the case's facts, documents
 * and evidence list, the machine pre-check findings, and the handling unit's written answers to the previous round's
 * problems. Never changed (trigger); a ledger leaf.
 */
export const reviewRound = pgTable(
  'review_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => review.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseFile.id),
    roundNo: integer('round_no').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').references(() => account.id),
    submittedByName: text('submitted_by_name'),
    draftVersion: integer('draft_version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    snapshotSm3: text('snapshot_sm3').notNull(),
    prechecks: jsonb('prechecks').notNull(),
    answers: jsonb('answers').notNull().default([]),
    /** Set when the round was opened by the agency head's 协调 (review again) instead of a resubmission. */
    coordination: jsonb('coordination'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('review_round_review_no_uq').on(t.reviewId, t.roundNo), index('review_round_case_idx').on(t.caseId)],
);

/** Assignment, extension, escalation and 协调 of a review: append-only, each a ledger leaf. */
export const reviewStep = pgTable(
  'review_step',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => review.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => reviewRound.id),
    type: text('type').notNull(), // assigned | extended | escalated | coordinated
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id').references(() => account.id),
    actorName: text('actor_name'),
    payload: jsonb('payload').notNull(),
  },
  (t) => [
    check('review_step_type_check', sql`${t.type} in ('assigned','extended','escalated','coordinated')`),
    index('review_step_review_idx').on(t.reviewId, t.at),
  ],
);

/**
 * 法制审核意见: the written opinion on each of the ten points and the overall 同意 / 存在问题 with reasons, by an own
 * reviewer or an outside 法律顾问 / 公职律师 (recorded as such). One per round; never changed; a ledger leaf.
 */
export const reviewOpinion = pgTable(
  'review_opinion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => review.id),
    roundId: uuid('round_id')
      .notNull()
      .unique()
      .references(() => reviewRound.id),
    number: text('number').notNull().unique(), // 文号 of the 法制审核意见书
    result: text('result').notNull(),
    reasons: text('reasons').notNull(),
    points: jsonb('points').notNull(),
    reviewerKind: text('reviewer_kind').notNull(),
    reviewerAccountId: uuid('reviewer_account_id').references(() => account.id),
    reviewerName: text('reviewer_name').notNull(),
    writtenBy: uuid('written_by').references(() => account.id),
    writtenByName: text('written_by_name'),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    writtenOn: date('written_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    check('review_opinion_result_check', sql`${t.result} in ('agree','problems')`),
    check('review_opinion_reviewer_kind_check', sql`${t.reviewerKind} in ('reviewer','legal-adviser','public-lawyer')`),
    index('review_opinion_reviewer_idx').on(t.reviewerAccountId),
  ],
);
