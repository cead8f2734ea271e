import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** PGlite is a single process database: a second server on the same data directory would corrupt it. */
export const acquireDataDirLock = (dataDir: string, fail: (message: string) => never) => {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'sanxiang.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && alive(pid)) fail(`数据目录 ${dataDir} 正被进程 ${pid} 使用`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
};
