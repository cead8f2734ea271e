import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency, agencyUnit } from './org.ts';
import { bytea, officer } from './people.ts';

/** A staff account. `username` is stored normalised (NFKC, case-folded) so look-alikes cannot coexist. */
export const account = pgTable(
  'account',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    unitId: uuid('unit_id').references(() => agencyUnit.id),
    officerId: uuid('officer_id')
      .unique()
      .references(() => officer.id),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    totpSecretCipher: bytea('totp_secret_cipher'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }), // a code is accepted once: replay refused
    status: text('status').notNull().default('active'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('account_status_check', sql`${t.status} in ('active','disabled')`), index('account_agency_idx').on(t.agencyId)],
);

/**
 * Roles held by an account. 三权分立: the partial unique index lets an account hold at most one admin role,
 * whatever the application does.
 */
export const accountRole = pgTable(
  'account_role',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    role: text('role').notNull(),
    isAdminRole: boolean('is_admin_role').generatedAlwaysAs(
      sql`role in ('system_admin','security_admin','audit_admin')`,
    ),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.role] }),
    check(
      'account_role_role_check',
      sql`${t.role} in ('officer','unit_head','legal_reviewer','agency_head','supervisor','system_admin','security_admin','audit_admin')`,
    ),
    uniqueIndex('account_role_one_admin_uq').on(t.accountId).where(sql`is_admin_role`),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table only its SM3 digest. */
export const session = pgTable(
  'session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenDigest: text('token_digest').notNull().unique(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    stage: text('stage').notNull(), // 'second-factor' until TOTP is verified, then 'full'
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [check('session_stage_check', sql`${t.stage} in ('second-factor','full')`), index('session_account_idx').on(t.accountId)],
);

/** 审计日志: append-only; triggers refuse UPDATE, TRUNCATE and any DELETE of rows younger than 180 days. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    requestId: text('request_id'),
    accountId: uuid('account_id'),
    username: text('username'),
    agencyId: uuid('agency_id'),
    roles: text('roles'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull(), // success | denied | failure | not-found
    ip: text('ip'),
    userAgent: text('user_agent'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_account_idx').on(t.accountId), index('audit_log_agency_idx').on(t.agencyId)],
);
