import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea } from './people.ts';

/**
 * The tamper-evident log (RFC 6962 Merkle tree with SM3). Every record event is a leaf; `ledger_node` holds
 * perfect-subtree hashes (level 0 = leaf hashes), written once and never changed; `ledger_head` is the one
 * row appenders lock to serialise appends.
 */
export const ledgerHead = pgTable(
  'ledger_head',
  {
    id: integer('id').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    root: bytea('root').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('ledger_head_single_row', sql`${t.id} = 1`)],
);

export const ledgerNode = pgTable(
  'ledger_node',
  {
    level: integer('level').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.idx] })],
);

/** Which record each leaf is: the verifier re-derives the leaf from that record's stored row. */
export const ledgerLeaf = pgTable(
  'ledger_leaf',
  {
    idx: bigint('idx', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    recordId: text('record_id').notNull(),
    appendedAt: timestamp('appended_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('ledger_leaf_record_uq').on(t.kind, t.recordId)],
);

/** Signed checkpoints (C2SP signed notes), published on the portal's 透明度 page. */
export const ledgerCheckpoint = pgTable('ledger_checkpoint', {
  size: bigint('size', { mode: 'number' }).primaryKey(),
  root: bytea('root').notNull(),
  note: text('note').notNull(),
  signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
});
