import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Administrative divisions (行政区划): the jurisdictions agencies act in. */
export const region = pgTable(
  'region',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(), // 行政区划代码
    name: text('name').notNull(),
    level: text('level').notNull(), // province | city | county | township
    parentId: uuid('parent_id').references((): any => region.id),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [check('region_level_check', sql`${t.level} in ('province','city','county','township')`)],
);

/** 执法主体: every account, case and record belongs to one. */
export const agency = pgTable(
  'agency',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    shortName: text('short_name').notNull(), // used in document numbers: 某县市监罚〔2026〕12号
    kind: text('kind').notNull().default('statutory'), // 法定 statutory | 授权 authorized | 委托 entrusted
    entrustingAgencyId: uuid('entrusting_agency_id').references((): any => agency.id),
    creditCode: text('credit_code').unique(), // 统一社会信用代码
    level: text('level').notNull(),
    parentId: uuid('parent_id').references((): any => agency.id),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    field: text('field').notNull(), // 执法领域: market, ecology, comprehensive, justice ...
    isSupervisor: boolean('is_supervisor').notNull().default(false), // 司法行政部门: supervises its jurisdiction
    address: text('address'),
    phone: text('phone'),
    legalBasis: text('legal_basis'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('agency_level_check', sql`${t.level} in ('province','city','county','township')`),
    check('agency_kind_check', sql`${t.kind} in ('statutory','authorized','entrusted')`),
    check('agency_entrusted_check', sql`(${t.kind} = 'entrusted') = (${t.entrustingAgencyId} is not null)`),
    index('agency_region_idx').on(t.regionId),
  ],
);

/** 内设执法机构 */
export const agencyUnit = pgTable(
  'agency_unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('agency_unit_agency_idx').on(t.agencyId)],
);

/** Key-value settings editable by admins (policies, thresholds that are not per-field tables). */
export const setting = pgTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const dateColumn = (name: string) => date(name, { mode: 'string' });
