import { caseFile, type Db, evidenceCustodyEvent, evidenceItem } from '@sanxiang/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { EvidenceStorage } from '../../storage/evidence-storage.ts';
import { checkStored } from '../../storage/verified-read.ts';

export type EvidenceProblem = {
  type: 'evidence-file-missing' | 'evidence-file-altered' | 'evidence-record-altered';
  evidenceId: string;
  caseId: string;
  caseLabel: string;
  expected: { sm3: string; sha256: string; size: number };
  found: { sm3: string; sha256: string; size: number } | null;
  message: string;
};

export type EvidenceVerifyReport = { files: number; bytes: number; problems: EvidenceProblem[] };

/**
 * Re-hashes every stored evidence file and compares it with its item, and the item's hashes with those its
 * ingest custody event (a ledger leaf) recorded. Each problem names the item, its case and what was found.
 */
export const verifyEvidenceFiles = async (db: Db, storage: EvidenceStorage): Promise<EvidenceVerifyReport> => {
  const problems: EvidenceProblem[] = [];
  let files = 0;
  let bytes = 0;
  for (let after = ''; ; ) {
    const rows = await db
      .select({ e: evidenceItem, caseNumber: caseFile.caseNumber, clueNumber: caseFile.clueNumber, caseTitle: caseFile.title })
      .from(evidenceItem)
      .innerJoin(caseFile, eq(caseFile.id, evidenceItem.caseId))
      .where(after ? gt(evidenceItem.id, after) : undefined)
      .orderBy(asc(evidenceItem.id))
      .limit(500);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].e.id;
    for (const { e, caseNumber, clueNumber, caseTitle } of rows) {
      const caseLabel = `${caseNumber ?? clueNumber}（${caseTitle}）`;
      const expected = { sm3: e.sm3, sha256: e.sha256, size: e.size };
      const name = `证据 ${e.id}「${e.title}」（案件 ${caseLabel}）`;
      const [ingest] = await db.select().from(evidenceCustodyEvent).where(and(eq(evidenceCustodyEvent.evidenceId, e.id), eq(evidenceCustodyEvent.type, 'ingest')));
      const recorded = ingest?.payload as { sm3?: string; sha256?: string; size?: number | string } | undefined;
      if (!recorded || recorded.sm3 !== e.sm3 || recorded.sha256 !== e.sha256 || Number(recorded.size) !== e.size) {
        problems.push({ type: 'evidence-record-altered', evidenceId: e.id, caseId: e.caseId, caseLabel, expected, found: null, message: `${name}的哈希记录与入库保管事件不符（证据记录被改写）` });
      }
      files++;
      const result = await checkStored(storage, expected);
      if (result.ok) {
        bytes += e.size;
        continue;
      }
      if (result.found === 'missing') {
        problems.push({ type: 'evidence-file-missing', evidenceId: e.id, caseId: e.caseId, caseLabel, expected, found: null, message: `${name}的文件缺失：应有 SM3 ${e.sm3}` });
      } else {
        const f = result.found;
        problems.push({
          type: 'evidence-file-altered',
          evidenceId: e.id,
          caseId: e.caseId,
          caseLabel,
          expected,
          found: f,
          message: `${name}的文件与入库哈希不符：SM3 应为 ${e.sm3}，实为 ${f.sm3}；SHA-256 应为 ${e.sha256}，实为 ${f.sha256}；大小应为 ${e.size}，实为 ${f.size}`,
        });
      }
    }
  }
  return { files, bytes, problems };
};
