import type { FlagStatus, InspectionMethod, InspectionPeriod, ItemKind, ItemProcedure, LegalReviewMode, PenaltyKind, TargetType } from './types.ts';

// The same words as the server's catalog (domain items/catalog.ts); responses carry them too.
export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  expropriation: '行政征收征用',
  inspection: '行政检查',
  other: '其他行政执法',
};

/** 《行政处罚法》第九条 */
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
  other: '其他行政处罚',
};

export const TARGET_TYPE_LABELS: Record<TargetType, string> = { citizen: '公民', organization: '法人或者其他组织' };
export const APPLIES_TO_LABELS: Record<'any' | TargetType, string> = { any: '均适用', ...TARGET_TYPE_LABELS };
export const PROCEDURE_LABELS: Record<ItemProcedure, string> = { general: '一般程序', simple: '简易程序' };
export const LEGAL_REVIEW_LABELS: Record<LegalReviewMode, string> = { 'major-only': '重大执法决定须法制审核', always: '均须法制审核' };
export const METHOD_LABELS: Record<InspectionMethod, string> = {
  'on-site': '现场检查',
  documentary: '书面检查',
  online: '网络监测',
  sampling: '抽样检测',
  'remote-monitoring': '在线监控',
  other: '其他方式',
};
export const PERIOD_LABELS: Record<InspectionPeriod, string> = { yearly: '每年', 'half-yearly': '每半年', quarterly: '每季度', monthly: '每月' };
export const FLAG_STATUS_COLORS: Record<FlagStatus, string> = { overdue: 'red', open: 'orange', resolved: 'green', 'resolved-late': 'gold' };

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));
