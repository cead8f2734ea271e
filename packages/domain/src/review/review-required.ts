import { DEADLINE_RULES } from '../deadlines/deadline-rules.ts';
import { invalid } from '../errors/domain-error.ts';
import { PENALTY_KIND_LABELS, PENALTY_KINDS, type PenaltyKind } from '../items/catalog.ts';
import { MAX_FEN } from '../items/money.ts';

/**
 * 重大执法决定法制审核 (处罚法 第五十八条): whether a draft penalty decision must pass legal review before it is
 * made, and why. The numbers are data (`ReviewThresholds`): provinces and fields set their own catalogue
 * (法制审核目录清单); the national defaults below are what the platform seeds.
 */
export type ReviewThresholds = {
  /** A fine at or above this many 分 needs review: for a natural person, and for an organisation. */
  fineFen: { person: number; organization: number };
  /** Confiscation (违法所得 or 非法财物) worth at least this many 分. */
  confiscationFen: number;
  /** Penalty kinds that need review whatever the amount. */
  kinds: readonly PenaltyKind[];
};

export const NATIONAL_REVIEW_THRESHOLDS: ReviewThresholds = {
  fineFen: { person: 1_000_000, organization: 10_000_000 }, // 10,000 元 / 100,000 元
  confiscationFen: 10_000_000,
  kinds: ['revoke-licence', 'lower-qualification', 'order-suspension', 'order-closure', 'restrict-practice', 'restrict-business', 'detention'],
};

/**
 * One more row of an agency's 法制审核目录清单 beyond the thresholds: a named enforcement item (by its 事项编码), a
 * field (执法领域 of the agency) and/or penalty kinds. A row applies when every condition it names holds.
 */
export type CatalogueEntry = {
  code: string;
  label: string;
  itemCodes?: readonly string[];
  fields?: readonly string[];
  penaltyKinds?: readonly PenaltyKind[];
};

/**
 * An agency's whole 法制审核目录清单 as data: the thresholds, the extra rows, and the review period (审核时限, set by
 * each agency's 法制审核办法 under 国办发〔2018〕118号; default 7 working days, extendable once by 3).
 */
export type ReviewCatalogue = ReviewThresholds & {
  entries: readonly CatalogueEntry[];
  reviewWorkingDays: number;
  extensionWorkingDays: number;
};

export const NATIONAL_REVIEW_CATALOGUE: ReviewCatalogue = {
  ...NATIONAL_REVIEW_THRESHOLDS,
  entries: [],
  reviewWorkingDays: DEADLINE_RULES.legalReview.days,
  extensionWorkingDays: DEADLINE_RULES.legalReviewExtension.days,
};

/** The national catalogue overlaid with an agency's stored one (a stored row replaces the national one whole). */
export const effectiveReviewCatalogue = (stored: Partial<ReviewCatalogue> | null | undefined): ReviewCatalogue => ({ ...NATIONAL_REVIEW_CATALOGUE, ...(stored ?? {}) });

const isFen = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_FEN;

/** Checks a catalogue an admin saves; throws REVIEW_CATALOGUE_INVALID naming the field at fault. */
export const validateReviewCatalogue = (c: ReviewCatalogue): void => {
  const bad = (field: string, message: string) => invalid('REVIEW_CATALOGUE_INVALID', message, { field });
  if (!isFen(c.fineFen?.person) || c.fineFen.person === 0) throw bad('fineFen.person', '对公民的罚款审核标准须为大于0的整数（单位：分）');
  if (!isFen(c.fineFen?.organization) || c.fineFen.organization === 0) throw bad('fineFen.organization', '对法人或者其他组织的罚款审核标准须为大于0的整数（单位：分）');
  if (!isFen(c.confiscationFen) || c.confiscationFen === 0) throw bad('confiscationFen', '没收金额审核标准须为大于0的整数（单位：分）');
  c.kinds.forEach((k, i) => {
    if (!(PENALTY_KINDS as readonly string[]).includes(k)) throw bad(`kinds.${i}`, `未知的处罚种类“${k}”`);
  });
  if (!Number.isInteger(c.reviewWorkingDays) || c.reviewWorkingDays < 1 || c.reviewWorkingDays > 30) throw bad('reviewWorkingDays', '审核期限须为1至30个工作日');
  if (!Number.isInteger(c.extensionWorkingDays) || c.extensionWorkingDays < 0 || c.extensionWorkingDays > 30) throw bad('extensionWorkingDays', '延长期限须为0至30个工作日');
  const codes = new Set<string>();
  c.entries.forEach((e, i) => {
    if (!e.code?.trim()) throw bad(`entries.${i}.code`, `目录第${i + 1}项须填写编号`);
    if (codes.has(e.code)) throw bad(`entries.${i}.code`, `目录编号“${e.code}”重复`);
    codes.add(e.code);
    if (!e.label?.trim()) throw bad(`entries.${i}.label`, `目录第${i + 1}项须写明审核事项名称`);
    if (!e.itemCodes?.length && !e.fields?.length && !e.penaltyKinds?.length) throw bad(`entries.${i}`, `目录第${i + 1}项须至少指定执法事项编码、执法领域或处罚种类之一`);
    e.penaltyKinds?.forEach((k, j) => {
      if (!(PENALTY_KINDS as readonly string[]).includes(k)) throw bad(`entries.${i}.penaltyKinds.${j}`, `未知的处罚种类“${k}”`);
    });
  });
};

export type DraftPenalty = { kind: PenaltyKind; amountFen?: number };

export type DraftDecision = {
  partyKind: 'person' | 'organization';
  penalties: readonly DraftPenalty[];
  /** Circumstances the handling unit states (第五十八条第一款第一至四项). */
  majorPublicInterest?: boolean;
  majorSocialImpact?: boolean;
  majorRightsOfParties?: boolean;
  hearingHeld?: boolean;
  complexOrSeveralRelations?: boolean;
  /** The enforcement item the case is handled under: its code for catalogue rows, its own 法制审核 flag. */
  item?: { code: string; name: string; legalReview?: 'always' | 'major-only' } | null;
  /** 执法领域 of the deciding agency (market, ecology …), for catalogue rows by field. */
  field?: string | null;
};

export type ReviewReason = { code: string; text: string; basis: string };

const ART58 = '《中华人民共和国行政处罚法》第五十八条第一款';
const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN')}元`;

/** Every reason the draft needs review; none means it does not. The officer sees the reasons as written. */
export const reviewReasons = (draft: DraftDecision, thresholds: ReviewThresholds & { entries?: readonly CatalogueEntry[] } = NATIONAL_REVIEW_THRESHOLDS): ReviewReason[] => {
  const reasons: ReviewReason[] = [];
  if (draft.majorPublicInterest) reasons.push({ code: 'MAJOR_PUBLIC_INTEREST', text: '涉及重大公共利益', basis: `${ART58}第一项` });
  if (draft.majorSocialImpact) reasons.push({ code: 'MAJOR_SOCIAL_IMPACT', text: '可能造成重大社会影响或者引发社会风险', basis: `${ART58}第一项` });
  if (draft.majorRightsOfParties) reasons.push({ code: 'MAJOR_RIGHTS', text: '直接关系当事人或者第三人重大权益', basis: `${ART58}第二项` });
  if (draft.hearingHeld) reasons.push({ code: 'HEARING_HELD', text: '经过听证程序', basis: `${ART58}第二项` });
  if (draft.complexOrSeveralRelations) reasons.push({ code: 'COMPLEX', text: '案件情况疑难复杂、涉及多个法律关系', basis: `${ART58}第三项` });

  const fineLimit = thresholds.fineFen[draft.partyKind];
  for (const p of draft.penalties) {
    if (p.kind === 'fine' && (p.amountFen ?? 0) >= fineLimit) {
      reasons.push({ code: 'FINE_THRESHOLD', text: `罚款${yuan(p.amountFen!)}，达到${draft.partyKind === 'person' ? '对公民' : '对法人或者其他组织'}${yuan(fineLimit)}的审核标准`, basis: `${ART58}第四项（法制审核目录清单）` });
    }
    if ((p.kind === 'confiscate-illegal-gains' || p.kind === 'confiscate-illegal-property') && (p.amountFen ?? 0) >= thresholds.confiscationFen) {
      reasons.push({ code: 'CONFISCATION_THRESHOLD', text: `没收金额或价值${yuan(p.amountFen!)}，达到${yuan(thresholds.confiscationFen)}的审核标准`, basis: `${ART58}第四项（法制审核目录清单）` });
    }
    if (thresholds.kinds.includes(p.kind)) {
      reasons.push({ code: 'PENALTY_KIND', text: `处罚种类为“${KIND_TEXT[p.kind] ?? PENALTY_KIND_LABELS[p.kind]}”`, basis: `${ART58}第四项（法制审核目录清单）` });
    }
  }
  if (draft.item?.legalReview === 'always') {
    reasons.push({ code: 'ITEM_ALWAYS', text: `执法事项“${draft.item.name}”在权责清单中列为须经法制审核`, basis: `${ART58}第四项（法制审核目录清单）` });
  }
  for (const e of thresholds.entries ?? []) {
    if (catalogueEntryApplies(e, draft)) reasons.push({ code: 'CATALOGUE_ENTRY', text: `属于法制审核目录清单“${e.label}”（${e.code}）`, basis: `${ART58}第四项（法制审核目录清单）` });
  }
  return reasons;
};

/** A catalogue row applies when every condition it names holds (and it names at least one). */
export const catalogueEntryApplies = (e: CatalogueEntry, draft: DraftDecision): boolean => {
  const conditions: boolean[] = [];
  if (e.itemCodes?.length) conditions.push(Boolean(draft.item && e.itemCodes.includes(draft.item.code)));
  if (e.fields?.length) conditions.push(Boolean(draft.field && e.fields.includes(draft.field)));
  if (e.penaltyKinds?.length) conditions.push(draft.penalties.some((p) => e.penaltyKinds!.includes(p.kind)));
  return conditions.length > 0 && conditions.every(Boolean);
};

const KIND_TEXT: Partial<Record<PenaltyKind, string>> = {
  'revoke-licence': '吊销许可证件',
  'lower-qualification': '降低资质等级',
  'order-suspension': '责令停产停业',
  'order-closure': '责令关闭',
  'restrict-practice': '限制从业',
  'restrict-business': '限制开展生产经营活动',
  detention: '行政拘留',
};

export const reviewRequired = (draft: DraftDecision, thresholds?: ReviewThresholds & { entries?: readonly CatalogueEntry[] }) => {
  const reasons = reviewReasons(draft, thresholds);
  return { required: reasons.length > 0, reasons };
};
