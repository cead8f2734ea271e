import type { PenaltyKind } from '../items/catalog.ts';

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
};

export type ReviewReason = { code: string; text: string; basis: string };

const ART58 = '《中华人民共和国行政处罚法》第五十八条第一款';
const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN')}元`;

/** Every reason the draft needs review; none means it does not. The officer sees the reasons as written. */
export const reviewReasons = (draft: DraftDecision, thresholds: ReviewThresholds = NATIONAL_REVIEW_THRESHOLDS): ReviewReason[] => {
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
      reasons.push({ code: 'PENALTY_KIND', text: `处罚种类为“${KIND_TEXT[p.kind] ?? p.kind}”`, basis: `${ART58}第四项（法制审核目录清单）` });
    }
  }
  return reasons;
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

export const reviewRequired = (draft: DraftDecision, thresholds?: ReviewThresholds) => {
  const reasons = reviewReasons(draft, thresholds);
  return { required: reasons.length > 0, reasons };
};
