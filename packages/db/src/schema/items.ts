import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';
import { law, lawVersion } from './laws.ts';
import { agency } from './org.ts';

/** Shapes of the JSON columns; the domain (`@sanxiang/domain` items) validates them before they are written. */
export type PenaltyJson = { kind: string; appliesTo: string; minFen?: number; maxFen?: number | null; note?: string };
export type TimeLimitJson = { statutoryDays: number; dayKind: 'working' | 'calendar'; promisedDays?: number | null };
export type RemediesJson = { reconsideration: { organ: string; days: number }; litigation: { court: string; months: number } };
export type GuideMaterialJson = { name: string; copies?: number; note?: string };
export type GuideJson = {
  acceptingBody?: string; // 受理机构
  approvingBody?: string; // 审批机构 / 决定机构
  conditions?: string; // 受理条件
  materials?: GuideMaterialJson[]; // 申请材料
  location?: string;
  phone?: string;
  fee?: string;
};

/** Who made and changed a published list row, and when it was withdrawn (rows are never deleted). */
const publishedListColumns = () => ({
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => account.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => account.id),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawnBy: uuid('withdrawn_by').references(() => account.id),
});

/**
 * 执法事项: one row of an agency's 权责清单 — what the agency may do, on what legal basis, by which procedure,
 * with the penalties (money in 分), time limit, remedy channels and service guide disclosed with it. Withdrawn
 * items (取消) keep their row and code.
 */
export const enforcementItem = pgTable(
  'enforcement_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    code: text('code').notNull(), // 事项编码, unique within the agency
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    procedure: text('procedure').notNull().default('general'),
    targetTypes: jsonb('target_types').notNull().$type<string[]>(),
    penalties: jsonb('penalties').notNull().default([]).$type<PenaltyJson[]>(),
    legalReview: text('legal_review').notNull().default('major-only'),
    timeLimit: jsonb('time_limit').$type<TimeLimitJson>(),
    remedies: jsonb('remedies').notNull().$type<RemediesJson>(),
    guide: jsonb('guide').notNull().default({}).$type<GuideJson>(),
    ...publishedListColumns(),
  },
  (t) => [
    uniqueIndex('enforcement_item_agency_code_uq').on(t.agencyId, t.code),
    index('enforcement_item_agency_idx').on(t.agencyId, t.kind),
    check('enforcement_item_kind_check', sql`${t.kind} in ('licensing','penalty','coercion','expropriation','inspection','other')`),
    check('enforcement_item_procedure_check', sql`${t.procedure} = 'general' or (${t.procedure} = 'simple' and ${t.kind} = 'penalty')`),
    check('enforcement_item_review_check', sql`${t.legalReview} in ('always','major-only')`),
  ],
);

/** 随机抽查事项清单: what is checked at random, on what basis, among whom, how often and how much. */
export const inspectionItem = pgTable(
  'inspection_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    code: text('code').notNull(),
    name: text('name').notNull(), // 抽查事项
    targetType: text('target_type').notNull(), // 抽查对象
    population: text('population').notNull(), // 抽查对象基数 / 范围
    ratioBp: integer('ratio_bp').notNull(), // 抽查比例, basis points (500 = 5%)
    period: text('period').notNull(), // 抽查周期
    methods: jsonb('methods').notNull().$type<string[]>(), // 抽查方式
    inspectingBody: text('inspecting_body').notNull(), // 抽查主体
    note: text('note'),
    ...publishedListColumns(),
  },
  (t) => [
    uniqueIndex('inspection_item_agency_code_uq').on(t.agencyId, t.code),
    check('inspection_item_ratio_check', sql`${t.ratioBp} > 0 and ${t.ratioBp} <= 10000`),
    check('inspection_item_period_check', sql`${t.period} in ('yearly','half-yearly','quarterly','monthly')`),
  ],
);

/**
 * A legal basis of an item, as a link to the article of the law version that was in force when it was checked
 * (resolveCitation at creation). Belongs to exactly one enforcement item or inspection item.
 */
export const itemLegalBasis = pgTable(
  'item_legal_basis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enforcementItemId: uuid('enforcement_item_id').references(() => enforcementItem.id, { onDelete: 'cascade' }),
    inspectionItemId: uuid('inspection_item_id').references(() => inspectionItem.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    citation: text('citation').notNull(), // canonical: 《中华人民共和国食品安全法》第一百二十四条第一款第（五）项
    lawId: uuid('law_id')
      .notNull()
      .references(() => law.id),
    lawVersionId: uuid('law_version_id')
      .notNull()
      .references(() => lawVersion.id),
    article: integer('article').notNull(),
    suffix: integer('suffix').notNull().default(0),
    paragraph: integer('paragraph'),
    item: integer('item'),
  },
  (t) => [
    check('item_legal_basis_subject_check', sql`(${t.enforcementItemId} is null) <> (${t.inspectionItemId} is null)`),
    uniqueIndex('item_legal_basis_enforcement_uq').on(t.enforcementItemId, t.position),
    uniqueIndex('item_legal_basis_inspection_uq').on(t.inspectionItemId, t.position),
    index('item_legal_basis_law_idx').on(t.lawId),
  ],
);

/** A declared change of an agency's functions and powers (机构职能、执法职权调整), with the date it takes effect. */
export const dutiesChange = pgTable(
  'duties_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    declaredBy: uuid('declared_by').references(() => account.id),
  },
  (t) => [index('duties_change_agency_idx').on(t.agencyId, t.effectiveOn)],
);

/**
 * A review the agency owes on its published lists (更新期限): raised when a cited law gets a new version or the
 * agency's duties change, due N working days later, closed when the agency confirms the review.
 */
export const reviewFlag = pgTable(
  'review_flag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    subjectType: text('subject_type').notNull(), // enforcement-item | inspection-item | power-list | inspection-list
    enforcementItemId: uuid('enforcement_item_id').references(() => enforcementItem.id),
    inspectionItemId: uuid('inspection_item_id').references(() => inspectionItem.id),
    reason: text('reason').notNull(), // law-changed | duties-changed
    lawId: uuid('law_id').references(() => law.id),
    lawVersionId: uuid('law_version_id').references(() => lawVersion.id),
    dutiesChangeId: uuid('duties_change_id').references(() => dutiesChange.id),
    triggerOn: date('trigger_on', { mode: 'string' }).notNull(),
    workingDays: integer('working_days').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    resolvedBy: uuid('resolved_by').references(() => account.id),
    resolutionNote: text('resolution_note'),
  },
  (t) => [
    index('review_flag_agency_idx').on(t.agencyId, t.dueOn),
    check('review_flag_subject_check', sql`${t.subjectType} in ('enforcement-item','inspection-item','power-list','inspection-list')`),
    check('review_flag_reason_check', sql`${t.reason} in ('law-changed','duties-changed')`),
    check('review_flag_due_check', sql`${t.dueOn} >= ${t.triggerOn}`),
    check('review_flag_resolved_check', sql`(${t.resolvedAt} is null) = (${t.resolvedOn} is null)`),
  ],
);
