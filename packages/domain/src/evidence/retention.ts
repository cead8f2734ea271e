import { addDays, addMonths, type PlainDate } from '../calendar/plain-date.ts';
import { isAudioVideo } from './kinds.ts';

/**
 * Retention classes of records (机关文书档案保管期限规定, 国家档案局令第8号: 永久、定期30年、定期10年) and the minimum for
 * audio-video records of enforcement (执法全过程记录: 音像记录一般保存不少于六个月; recordings used as evidence
 * are kept with the case file, permanently). The numbers are a table with the national default, so a
 * province's own rule is data, not code.
 */
export const RETENTION_CLASSES = ['permanent', '30y', '10y', '6m'] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

export const RETENTION_CLASS_LABELS: Record<RetentionClass, string> = {
  permanent: '永久',
  '30y': '定期30年',
  '10y': '定期10年',
  '6m': '6个月',
};

/** Months each class keeps a record; null is for ever. */
export type RetentionTable = {
  months: Record<RetentionClass, number | null>;
  /** The class every audio-video record gets at least (执法全过程记录: 不少于六个月). */
  audioVideoMinimum: RetentionClass;
  /** The class audio-video used as evidence in a case gets (kept with the case file). */
  audioVideoAsEvidence: RetentionClass;
  /** Days an item waits in the deletion queue, recoverable, before its content is removed. */
  recoveryDays: number;
};

export const NATIONAL_RETENTION_TABLE: RetentionTable = {
  months: { permanent: null, '30y': 360, '10y': 120, '6m': 6 },
  audioVideoMinimum: '6m',
  audioVideoAsEvidence: 'permanent',
  recoveryDays: 30,
};

export const isRetentionClass = (v: string): v is RetentionClass => (RETENTION_CLASSES as readonly string[]).includes(v);

const rank = (table: RetentionTable, c: RetentionClass) => table.months[c] ?? Number.POSITIVE_INFINITY;

export type RetentionFacts = {
  /** The class set on the item (by default the case file's class). */
  assigned: RetentionClass;
  mediaType: string;
  /** Linked to a case as evidence: nothing linked to a case is ever deleted. */
  linkedToCase: boolean;
  /** The case file's own class, when the item is linked to one. */
  caseClass?: RetentionClass;
  ingestedOn: PlainDate;
  legalHold: boolean;
};

export type RetentionReason = { class: RetentionClass; why: string };

export type Retention = {
  class: RetentionClass;
  /** Last day the item must be kept; null: for ever. */
  keepUntil: PlainDate | null;
  /** Every rule that applies; the longest wins. */
  reasons: RetentionReason[];
};

/** The retention of an item: every applicable rule is listed and the longest one wins. */
export const retentionOf = (f: RetentionFacts, table: RetentionTable = NATIONAL_RETENTION_TABLE): Retention => {
  const reasons: RetentionReason[] = [{ class: f.assigned, why: '登记的保管期限' }];
  if (f.caseClass) reasons.push({ class: f.caseClass, why: '随案卷保管期限' });
  if (isAudioVideo(f.mediaType)) {
    reasons.push({ class: table.audioVideoMinimum, why: '音像记录最短保存期限' });
    if (f.linkedToCase) reasons.push({ class: table.audioVideoAsEvidence, why: '作为证据使用的音像记录随案永久保存' });
  }
  const winner = reasons.reduce((best, r) => (rank(table, r.class) > rank(table, best.class) ? r : best));
  const months = table.months[winner.class];
  return { class: winner.class, keepUntil: months === null ? null : addMonths(f.ingestedOn, months), reasons };
};

export type DeletionCheck =
  | { ok: true }
  | { ok: false; code: 'EVIDENCE_LEGAL_HOLD' | 'EVIDENCE_LINKED_TO_CASE' | 'EVIDENCE_RETENTION_RUNNING'; message: string };

/** May the item's content be queued for deletion today? A legal hold or a case link forbids it for now. */
export const deletionCheck = (f: RetentionFacts, today: PlainDate, table: RetentionTable = NATIONAL_RETENTION_TABLE): DeletionCheck => {
  if (f.legalHold) return { ok: false, code: 'EVIDENCE_LEGAL_HOLD', message: '该证据处于诉讼保全（法律冻结）状态，不能删除' };
  if (f.linkedToCase) return { ok: false, code: 'EVIDENCE_LINKED_TO_CASE', message: '与案件关联的证据随案卷保存，不能删除' };
  const { keepUntil, class: c } = retentionOf(f, table);
  if (keepUntil === null || today <= keepUntil) {
    return { ok: false, code: 'EVIDENCE_RETENTION_RUNNING', message: `保管期限（${RETENTION_CLASS_LABELS[c]}）${keepUntil ? `至 ${keepUntil}` : ''}尚未届满` };
  }
  return { ok: true };
};

/** Items in the deletion queue can be recovered until this day; the content is removed after it. */
export const recoverableUntil = (queuedOn: PlainDate, table: RetentionTable = NATIONAL_RETENTION_TABLE): PlainDate => addDays(queuedOn, table.recoveryDays);

export const mayPurge = (queuedOn: PlainDate, today: PlainDate, f: RetentionFacts, table: RetentionTable = NATIONAL_RETENTION_TABLE) =>
  today > recoverableUntil(queuedOn, table) && deletionCheck(f, today, table).ok;
