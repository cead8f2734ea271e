import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatVerifierKey, generateSigningKey, type KeyPair } from '@sanxiang/ledger/node';
import type { Config } from '../config.ts';
import { KeyError } from './keys.ts';

export type LedgerSigner = { origin: string; keyName: string; key: KeyPair; verifierKey: string };

/**
 * The SM2 key that signs ledger checkpoints: SANXIANG_LEDGER_KEY_FILE or `<data dir>/keys/ledger-sm2.json`
 * ({"privateKey","publicKey"} in hex). The demo creates one; production must be given one, since a new key
 * would make every published checkpoint unverifiable against it.
 */
export const loadLedgerSigner = (config: Config, env: NodeJS.ProcessEnv = process.env): LedgerSigner => {
  const origin = env.LEDGER_ORIGIN ?? 'sanxiang/ledger';
  const file = env.SANXIANG_LEDGER_KEY_FILE ?? path.join(config.dataDir, 'keys', 'ledger-sm2.json');
  let key: KeyPair;
  if (existsSync(file)) {
    try {
      key = JSON.parse(readFileSync(file, 'utf8')) as KeyPair;
    } catch {
      throw new KeyError(`账本签名密钥文件 ${file} 不是有效的 JSON`);
    }
    if (!/^[0-9a-f]{64}$/i.test(key.privateKey ?? '') || !/^04[0-9a-f]{128}$/i.test(key.publicKey ?? '')) {
      throw new KeyError(`账本签名密钥文件 ${file} 内容无效`);
    }
  } else if (config.securityProfile === 'production') {
    throw new KeyError(`生产模式需要账本签名密钥：提供 SANXIANG_LEDGER_KEY_FILE 或 ${file}`);
  } else {
    key = generateSigningKey();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(key)}\n`, { mode: 0o600 });
  }
  return { origin, keyName: origin, key, verifierKey: formatVerifierKey(origin, key.publicKey) };
};
