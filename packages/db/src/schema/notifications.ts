import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { account } from './access.ts';
import { caseFile } from './cases.ts';

/**
 * Messages to one account (期限提醒 and the like), written by jobs. `subject` names what the message is about
 * (e.g. one deadline of one case with its due date); with `kind` it makes a message unique per account, so a job
 * run twice, or two runs at once, never sends the same reminder twice. Not a record of the case: reading one only
 * sets `read_at`.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    caseId: uuid('case_id').references(() => caseFile.id),
    dueOn: date('due_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_once_uq').on(t.accountId, t.kind, t.subject),
    index('notification_account_idx').on(t.accountId, t.createdAt),
    index('notification_unread_idx').on(t.accountId).where(sql`${t.readAt} is null`),
  ],
);
