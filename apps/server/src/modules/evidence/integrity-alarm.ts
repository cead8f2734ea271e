import type { Db } from '@sanxiang/db';
import type { Found } from '../../storage/verified-read.ts';
import { appendCustody } from './custody.ts';
import type { EvidenceRow } from './evidence-views.ts';

/**
 * 完整性告警: the stored bytes of an item are not what was ingested (or are gone). Recorded as a custody event
 * (a ledger leaf) that supervisors see; the read that found it is refused or cut off, never served silently.
 */
export const recordIntegrityAlarm = async (tx: Db, item: EvidenceRow, found: Found, detectedBy: 'read' | 'range-read' | 'verify', actorAccountId: string | null, now: Date) =>
  appendCustody(tx, {
    evidenceId: item.id,
    caseId: item.caseId,
    agencyId: item.agencyId,
    type: 'integrity-alarm',
    at: now,
    actorAccountId,
    payload: {
      detectedBy,
      expected: { sm3: item.sm3, sha256: item.sha256, size: item.size },
      found: found === 'missing' ? null : found,
      missing: found === 'missing',
    },
  });
