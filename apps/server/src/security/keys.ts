import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

export class KeyError extends Error {}

const HEX_KEY = /^[0-9a-f]{64}$/i;

/**
 * The master key for sensitive fields (SM4) comes from SANXIANG_FIELD_KEY (64 hex digits) or the key file
 * `<data dir>/keys/field.key`. The demo profile creates the file on first start; production refuses to invent
 * a key, because data encrypted under a lost key is lost.
 */
export const loadFieldKey = (config: Config, env: NodeJS.ProcessEnv = process.env): Buffer => {
  if (env.SANXIANG_FIELD_KEY) {
    if (!HEX_KEY.test(env.SANXIANG_FIELD_KEY)) throw new KeyError('SANXIANG_FIELD_KEY 应为 64 位十六进制数');
    return Buffer.from(env.SANXIANG_FIELD_KEY, 'hex');
  }
  const file = env.SANXIANG_FIELD_KEY_FILE ?? path.join(config.dataDir, 'keys', 'field.key');
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (!HEX_KEY.test(text)) throw new KeyError(`密钥文件 ${file} 内容无效（应为 64 位十六进制数）`);
    return Buffer.from(text, 'hex');
  }
  if (config.securityProfile === 'production') {
    throw new KeyError(`生产模式需要字段加密密钥：设置 SANXIANG_FIELD_KEY 或提供密钥文件 ${file}`);
  }
  const key = randomBytes(32);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
};
