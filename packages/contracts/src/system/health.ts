import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export const systemInfoResponse = z.object({
  name: z.string(),
  version: z.string(),
  securityProfile: z.enum(['demo', 'production']),
  demo: z.boolean().describe('true 时界面显示“演示环境”横幅'),
});
export type SystemInfo = z.infer<typeof systemInfoResponse>;
