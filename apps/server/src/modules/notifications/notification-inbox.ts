import { notFound } from '@sanxiang/domain';
import { type Db, notification } from '@sanxiang/db';
import { and, count, desc, eq, isNull } from 'drizzle-orm';

const itemOf = (n: typeof notification.$inferSelect) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  caseId: n.caseId,
  dueOn: n.dueOn,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

const unreadOf = async (db: Db, accountId: string) =>
  Number((await db.select({ n: count() }).from(notification).where(and(eq(notification.accountId, accountId), isNull(notification.readAt))))[0].n);

/** One's own messages, newest first; nobody reads another account's. */
export const listNotifications = async (db: Db, accountId: string, query: { unread?: boolean; limit: number }) => {
  const rows = await db
    .select()
    .from(notification)
    .where(and(eq(notification.accountId, accountId), query.unread ? isNull(notification.readAt) : undefined))
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(query.limit);
  return { items: rows.map(itemOf), unread: await unreadOf(db, accountId) };
};

/** Marks one's own message read (again is harmless); another account's message does not exist for the caller. */
export const markNotificationRead = async (tx: Db, accountId: string, id: string, now: Date) => {
  const [row] = await tx.select().from(notification).where(and(eq(notification.id, id), eq(notification.accountId, accountId)));
  if (!row) throw notFound('NOTIFICATION_NOT_FOUND', '没有这条提醒');
  const [updated] = row.readAt ? [row] : await tx.update(notification).set({ readAt: now }).where(eq(notification.id, id)).returning();
  return { item: itemOf(updated), unread: await unreadOf(tx, accountId) };
};

export const markAllNotificationsRead = async (tx: Db, accountId: string, now: Date) => {
  await tx.update(notification).set({ readAt: now }).where(and(eq(notification.accountId, accountId), isNull(notification.readAt)));
  return { unread: 0 };
};
