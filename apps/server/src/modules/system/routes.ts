import { healthResponse, systemInfoResponse } from '@sanxiang/contracts';
import type { AppInstance } from '../../app.ts';

export const systemRoutes = async (app: AppInstance) => {
  app.get('/health', { schema: { tags: ['系统'], summary: '健康检查', response: { 200: healthResponse } } }, async () => {
    await app.deps.ping();
    return { status: 'ok' as const, database: app.deps.database.kind };
  });

  app.get('/system/info', { schema: { tags: ['系统'], summary: '部署信息', response: { 200: systemInfoResponse } } }, async () => ({
    name: 'Sanxiang 三项',
    version: app.deps.version,
    securityProfile: app.deps.config.securityProfile,
    demo: app.deps.config.securityProfile === 'demo',
  }));
};
