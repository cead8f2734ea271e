import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './access.ts';

/**
 * History of disclosed registry information (执法主体, 内设机构, 执法人员, 执法事项, 随机抽查事项): every change with the date it takes
 * effect, who recorded it and the entity before and after. Written in the change's transaction; append-only
 * (triggers refuse UPDATE, DELETE and TRUNCATE), so the public record of who was an officer when stays checkable.
 */
export const registryChange = pgTable(
  'registry_change',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entityType: text('entity_type').notNull(), // agency | agency_unit | officer | enforcement_item | inspection_item
    entityId: uuid('entity_id').notNull(),
    kind: text('kind').notNull(), // create | update | suspend | reinstate | revoke | withdraw
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    changedBy: uuid('changed_by').references(() => account.id),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after').notNull(),
  },
  (t) => [
    check('registry_change_entity_check', sql`${t.entityType} in ('agency','agency_unit','officer','enforcement_item','inspection_item')`),
    check('registry_change_kind_check', sql`${t.kind} in ('create','update','suspend','reinstate','revoke','withdraw')`),
    index('registry_change_entity_idx').on(t.entityType, t.entityId, t.changedAt),
  ],
);
