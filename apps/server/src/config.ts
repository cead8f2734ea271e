import path from 'node:path';

export type SecurityProfile = 'demo' | 'production';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  securityProfile: SecurityProfile;
  logLevel: string;
};

export class ConfigError extends Error {}

export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT 无效：${env.PORT}`);
  const profile = env.SECURITY_PROFILE ?? 'demo';
  if (profile !== 'demo' && profile !== 'production') {
    throw new ConfigError(`SECURITY_PROFILE 只能是 demo 或 production，收到 ${profile}`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    securityProfile: profile,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
};
