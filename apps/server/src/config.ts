import path from 'node:path';

export type SecurityProfile = 'demo' | 'production';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  securityProfile: SecurityProfile;
  logLevel: string;
  /** Where the public reaches the portal (https://…): the origin printed in 亮证 QR codes. Unset: the request's own origin. */
  publicBaseUrl?: string;
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
    publicBaseUrl: publicBaseUrlOf(env.PUBLIC_BASE_URL),
  };
};

const publicBaseUrlOf = (value: string | undefined) => {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL 无效：${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`PUBLIC_BASE_URL 应以 https:// 开头：${value}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
};
