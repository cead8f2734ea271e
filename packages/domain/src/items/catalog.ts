/**
 * The vocabulary of 执法事项 (enforcement items, the rows of a 权责清单) and of the 随机抽查事项清单.
 * Values are stable English keys; labels are what people read.
 */

/** 行政执法行为的类别 (国办发〔2018〕118号: 许可、处罚、强制、征收征用、检查 …). */
export const ITEM_KINDS = ['licensing', 'penalty', 'coercion', 'expropriation', 'inspection', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  expropriation: '行政征收征用',
  inspection: '行政检查',
  other: '其他行政执法',
};

/** 处罚法 第九条: the kinds of 行政处罚, in the order of the article. */
export const PENALTY_KINDS = [
  'warning',
  'public-criticism',
  'fine',
  'confiscate-illegal-gains',
  'confiscate-illegal-property',
  'suspend-licence',
  'lower-qualification',
  'revoke-licence',
  'restrict-business',
  'order-suspension',
  'order-closure',
  'restrict-practice',
  'detention',
  'other',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_KIND_LABELS: Record<PenaltyKind, string> = {
  warning: '警告',
  'public-criticism': '通报批评',
  fine: '罚款',
  'confiscate-illegal-gains': '没收违法所得',
  'confiscate-illegal-property': '没收非法财物',
  'suspend-licence': '暂扣许可证件',
  'lower-qualification': '降低资质等级',
  'revoke-licence': '吊销许可证件',
  'restrict-business': '限制开展生产经营活动',
  'order-suspension': '责令停产停业',
  'order-closure': '责令关闭',
  'restrict-practice': '限制从业',
  detention: '行政拘留',
  other: '法律、行政法规规定的其他行政处罚',
};

/** Who an item applies to; 处罚法 第五十一条 draws its limits between these two. */
export const TARGET_TYPES = ['citizen', 'organization'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const TARGET_TYPE_LABELS: Record<TargetType, string> = { citizen: '公民', organization: '法人或者其他组织' };

/** 一般程序 / 简易程序 (处罚法 第五章第二节、第三节). */
export const PROCEDURES = ['general', 'simple'] as const;
export type ItemProcedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<ItemProcedure, string> = { general: '一般程序', simple: '简易程序' };

/** Whether every decision under the item goes to 法制审核, or only major ones (处罚法 第五十八条). */
export const LEGAL_REVIEW_MODES = ['always', 'major-only'] as const;
export type LegalReviewMode = (typeof LEGAL_REVIEW_MODES)[number];
export const LEGAL_REVIEW_LABELS: Record<LegalReviewMode, string> = { always: '均须法制审核', 'major-only': '重大执法决定须法制审核' };

/** 抽查方式 */
export const INSPECTION_METHODS = ['on-site', 'documentary', 'online', 'sampling', 'remote-monitoring', 'other'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];
export const INSPECTION_METHOD_LABELS: Record<InspectionMethod, string> = {
  'on-site': '现场检查',
  documentary: '书面检查',
  online: '网络监测',
  sampling: '抽样检测',
  'remote-monitoring': '在线监控',
  other: '其他方式',
};

/** 抽查周期 */
export const INSPECTION_PERIODS = ['yearly', 'half-yearly', 'quarterly', 'monthly'] as const;
export type InspectionPeriod = (typeof INSPECTION_PERIODS)[number];
export const INSPECTION_PERIOD_LABELS: Record<InspectionPeriod, string> = {
  yearly: '每年',
  'half-yearly': '每半年',
  quarterly: '每季度',
  monthly: '每月',
};

/** 0–10000 basis points → "5%", "2.5%". */
export const formatRatio = (basisPoints: number): string => {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
};
