import { type Db } from '@sanxiang/db';
import { unprocessable } from '@sanxiang/domain';
import type { ActContext } from '../perform-act.ts';
import { loadCaseFileSnapshot } from './case-file-snapshot.ts';
import { buildCasePackage, checkCasePackage, checkSummary, type EvidenceFile, type EvidenceReader } from './render-case-file.ts';

export type ArchiveEvidence = { list: (tx: Db, caseId: string) => Promise<EvidenceFile[]>; read: EvidenceReader };

/**
 * 归档 (issue 7 point 8): packs the 电子卷宗 (documents rendered from the record, evidence files as stored,
 * manifest.json with SM3 per file), runs the 四性检测 on the package, and refuses the archive while any check
 * fails. Runs inside the archive act's transaction, so it reads through `ctx.tx` only; the package itself is not
 * kept: the same record packs again to the same listing SM3, which the archived event (a ledger leaf) holds.
 */
export const caseArchiveBuilder =
  (evidence: ArchiveEvidence) =>
  async (ctx: ActContext): Promise<{ manifestSm3: string; checks: ReturnType<typeof checkSummary> }> => {
    const snap = await loadCaseFileSnapshot(ctx.tx, ctx.row.id);
    if (!snap) throw unprocessable('ARCHIVE_CHECK_FAILED', '案件记录无法读取');
    const files = await evidence.list(ctx.tx, ctx.row.id);
    const pkg = await buildCasePackage(snap, files, evidence.read, { createdOn: ctx.today });
    const result = checkCasePackage(pkg, files);
    const checks = checkSummary(result);
    if (!result.passed) {
      const failing = checks.checks.filter((c) => !c.passed);
      const first = failing.flatMap((c) => c.findings.filter((f) => f.severity === 'error').map((f) => `${c.label}：${f.message}`)).slice(0, 5);
      throw unprocessable('ARCHIVE_CHECK_FAILED', `归档四性检测未通过（${failing.map((c) => c.label).join('、')}）：${first.join('；')}`, { checks });
    }
    return { manifestSm3: pkg.manifest.listingSm3, checks };
  };
