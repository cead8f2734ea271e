import { type Actor, conflict } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import type { EvidenceStorage } from '../../../storage/evidence-storage.ts';
import { StoredFileMissing } from '../../../storage/evidence-storage.ts';
import { isIntegrityError } from '../../../storage/verified-read.ts';
import { listCaseEvidenceFiles, openVerifiedEvidence } from '../../evidence/archive-export.ts';
import { appendCustody } from '../../evidence/custody.ts';
import { itemInScope, readGrantFor } from '../../evidence/read-access.ts';
import type { EvidenceFile, EvidenceReader } from './render-case-file.ts';

export const caseEvidenceFiles = (tx: Db, caseId: string): Promise<EvidenceFile[]> => listCaseEvidenceFiles(tx, caseId);

/**
 * For the archive's 四性检测: the stored bytes as they are. A changed file is packed as found and the check compares
 * it with the SM3 taken at ingest; a missing one packs empty, which the integrity check reports.
 */
export const rawEvidenceReader =
  (storage: () => EvidenceStorage): EvidenceReader =>
  async (file) => {
    try {
      return await storage().read(file.sm3);
    } catch (e) {
      if (e instanceof StoredFileMissing) return (async function* () {})();
      throw e;
    }
  };

/** For a download: the bytes only if they are the ingested ones (the stream errors otherwise). */
export const verifiedEvidenceReader =
  (storage: () => EvidenceStorage): EvidenceReader =>
  (file) =>
    openVerifiedEvidence(storage(), file.sm3, { sha256: file.sha256, size: file.size });

/** A download that met a changed or missing evidence file: refused, never served. */
export const integrityRefusal = (e: unknown) =>
  isIntegrityError(e) ? conflict('EVIDENCE_INTEGRITY_FAILED', `证据文件与入库时不一致或已缺失，不能导出：${e.message}`) : e;

/**
 * Exporting the file with evidence content is a download of each item (证据保管链): the evidence module's 调阅
 * rule decides whether the actor may read it (a non-handler states a purpose first), and each read is a custody
 * event, in the export's transaction.
 */
export const recordEvidenceExport = async (tx: Db, actor: Actor, files: EvidenceFile[], now: Date) => {
  for (const f of files) {
    const { item, place } = await itemInScope(tx, actor, f.evidenceId);
    const grant = await readGrantFor(tx, actor, place, item, now);
    await appendCustody(tx, {
      evidenceId: item.id,
      caseId: item.caseId,
      agencyId: item.agencyId,
      type: 'download',
      at: now,
      actorAccountId: actor.accountId,
      basis: grant.basis,
      purpose: grant.purpose,
      refEventId: grant.refEventId,
      payload: { disposition: 'attachment', via: 'case-file-zip' },
    });
  }
};
