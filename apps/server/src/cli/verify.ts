import { parseArgs } from 'node:util';
import { openDatabase } from '@sanxiang/db';
import { readConfig } from '../config.ts';
import { verifyLedger } from '../modules/ledger/verify-ledger.ts';
import { verifyEvidenceFiles } from '../modules/evidence/verify-evidence.ts';
import { evidenceDepsFromEnv } from '../storage/evidence-deps.ts';
import { loadLedgerSigner } from '../security/ledger-key.ts';

/**
 * `npm run verify`: re-derives every ledger leaf from the stored rows, rebuilds the tree and checks every
 * checkpoint. Prints each mismatch with the record, node or checkpoint it concerns; exit code 0 only when
 * everything matches. `--public-key` checks against a published verifier key instead of the local key file.
 */
const { values } = parseArgs({ options: { 'public-key': { type: 'string' }, json: { type: 'boolean', default: false } } });

const config = readConfig();
const verifierKey = values['public-key'] ?? loadLedgerSigner({ ...config, securityProfile: 'production' }).verifierKey;
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }).catch((e: Error) => {
  console.error(e.message);
  process.exit(2);
});
try {
  const started = Date.now();
  const report = await verifyLedger(database.db, verifierKey);
  // Every stored evidence file is hashed again and compared with its item and its ingest record.
  const evidence = await verifyEvidenceFiles(database.db, evidenceDepsFromEnv(config.dataDir).storage);
  if (values.json) console.log(JSON.stringify({ ...report, evidence }, null, 2));
  else {
    for (const p of evidence.problems) console.log(`✗ ${p.message}`);
    console.log(
      evidence.problems.length === 0
        ? `✓ 证据文件完整：${evidence.files} 个文件重新计算 SM3 与 SHA-256 全部相符`
        : `✗ 证据文件：${evidence.problems.length} 处不符（共 ${evidence.files} 个文件）`,
    );
    for (const p of report.problems) console.log(`✗ ${p.message}`);
    const purged = report.purgedRecords ? `，${report.purgedRecords} 条审计记录已按保存期限清理` : '';
    console.log(
      report.ok
        ? `✓ 账本完整：${report.leaves} 个叶子、${report.checkpoints} 个检查点全部相符${purged}（${Date.now() - started} ms）`
        : `✗ 发现 ${report.problems.length} 处不符（共 ${report.leaves} 个叶子、${report.checkpoints} 个检查点）`,
    );
  }
  process.exitCode = report.ok && evidence.problems.length === 0 ? 0 : 1;
} catch (e) {
  console.error(`校验无法完成：${(e as Error).message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
