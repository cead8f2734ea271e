import { z } from 'zod';
import { uuid } from '../common.ts';

export const notificationItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  caseId: z.string().nullable(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationsQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const notificationsResponse = z.object({ items: z.array(notificationItem), unread: z.number().int() });
export const notificationIdParams = z.object({ id: uuid });
export const notificationReadResponse = z.object({ item: notificationItem, unread: z.number().int() });
