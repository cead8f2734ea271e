import { notificationIdParams, notificationReadResponse, notificationsQuery, notificationsResponse } from '@sanxiang/contracts';
import { z } from 'zod';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './notification-inbox.ts';

const tags = ['提醒'];

export const notificationRoutes = async (app: AppInstance) => {
  const { deps } = app;

  app.get(
    '/notifications',
    { schema: { tags, summary: '我的提醒（期限临近、逾期等）与未读数', querystring: notificationsQuery, response: { 200: notificationsResponse } }, config: { authenticated: true } },
    async (req) => listNotifications(deps.database.db, req.actor!.accountId, { unread: req.query.unread === 'true', limit: req.query.limit }),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: '标记一条提醒为已读', params: notificationIdParams, response: { 200: notificationReadResponse } }, config: { authenticated: true } },
    async (req) =>
      withAudit(app, req, { action: 'notification.read', objectType: 'notification', objectId: req.params.id }, (tx) => markNotificationRead(tx, req.actor!.accountId, req.params.id, deps.clock())),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: '全部标记为已读', response: { 200: z.object({ unread: z.number().int() }) } }, config: { authenticated: true } },
    async (req) => withAudit(app, req, { action: 'notification.read-all', objectType: 'notification' }, (tx) => markAllNotificationsRead(tx, req.actor!.accountId, deps.clock())),
  );
};
