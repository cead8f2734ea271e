import { readFileSync } from 'node:fs';
import type { Config } from './config.ts';

/**
 * The server's clock. In the demo profile only, `SANXIANG_CLOCK_FILE` names a file holding an offset in milliseconds
 * added to the real time, so browser tests can let statutory periods (5 working days, 15 days) pass without waiting.
 * A production deployment refuses it.
 */
export const serverClock = (config: Config, env: NodeJS.ProcessEnv = process.env): (() => Date) => {
  const file = env.SANXIANG_CLOCK_FILE;
  if (!file) return () => new Date();
  if (config.securityProfile === 'production') throw new Error('SANXIANG_CLOCK_FILE 只能用于演示和测试环境');
  let offset = 0;
  let readAt = 0;
  return () => {
    const now = Date.now();
    if (now - readAt > 100) {
      readAt = now;
      try {
        offset = Number(readFileSync(file, 'utf8').trim()) || 0;
      } catch {
        offset = 0;
      }
    }
    return new Date(now + offset);
  };
};
