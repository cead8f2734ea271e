import type * as C from '@sanxiang/contracts';
import { api } from '../../app/api/client.ts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;

export type NotificationItem = Output<typeof C.notificationItem>;
export type NotificationsPage = Output<typeof C.notificationsResponse>;

export const notificationKeys = { all: ['notifications'] as const };

export const fetchNotifications = () => api.get<NotificationsPage>('/notifications', { limit: 30 });
export const markRead = (id: string) => api.post<{ unread: number }>(`/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api.post<{ unread: number }>('/notifications/read-all');
