import { PENALTY_KINDS, type PenaltyKind } from '../items/catalog.ts';
import { DISCLOSURE_KINDS, type DisclosureKind } from './publication.ts';

/** 处罚法 第九条 (kinds from the catalog): each recognised in a decision's 处罚内容 by its words. */
const PENALTY_PATTERNS: Record<PenaltyKind, RegExp | null> = {
  warning: /警告/,
  'public-criticism': /通报批评/,
  fine: /罚款/,
  'confiscate-illegal-gains': /没收违法所得/,
  // Any other 没收 (非法财物, 用于违法的工具, 过期或假冒的商品 ...).
  'confiscate-illegal-property': /没收(?!违法所得)/,
  'suspend-licence': /暂扣/,
  'lower-qualification': /降低资质/,
  'revoke-licence': /吊销/,
  'restrict-business': /限制开展生产经营/,
  'order-suspension': /停产停业/,
  'order-closure': /责令关闭/,
  'restrict-practice': /限制从业/,
  detention: /拘留/,
  other: null,
};

export const penaltyKindsOf = (content: string): PenaltyKind[] => PENALTY_KINDS.filter((k) => PENALTY_PATTERNS[k]?.test(content));

/** One decision as the statistics see it. */
export type StatisticsInput = {
  agencyId: string;
  kind: DisclosureKind;
  status: string;
  partyKind: 'person' | 'organization';
  content: string;
  fineFen: number | null;
  confiscationFen: number | null;
  onTime: boolean | null;
};

export type AnnualFigures = {
  decisions: number;
  byKind: Record<DisclosureKind, number>;
  published: number;
  publishedOnTime: number;
  withdrawn: number;
  penalties: { total: number; persons: number; organizations: number; fineFen: number; confiscationFen: number; byPenaltyKind: Record<PenaltyKind, number> };
};

const zeroKinds = () => Object.fromEntries(DISCLOSURE_KINDS.map((k) => [k, 0])) as Record<DisclosureKind, number>;
const zeroPenaltyKinds = () => Object.fromEntries(PENALTY_KINDS.map((k) => [k, 0])) as Record<PenaltyKind, number>;

/**
 * 年度统计 (每年1月31日前公开) from the year's decisions: counts by kind and outcome, penalties by kind (a
 * decision with a fine and a confiscation counts under both), amounts in 分. Pure: the server feeds it rows.
 */
export const annualFiguresOf = (rows: readonly StatisticsInput[]): AnnualFigures => {
  const f: AnnualFigures = {
    decisions: 0,
    byKind: zeroKinds(),
    published: 0,
    publishedOnTime: 0,
    withdrawn: 0,
    penalties: { total: 0, persons: 0, organizations: 0, fineFen: 0, confiscationFen: 0, byPenaltyKind: zeroPenaltyKinds() },
  };
  for (const r of rows) {
    f.decisions += 1;
    f.byKind[r.kind] += 1;
    // Ever public: published, then possibly expired, removed or withdrawn.
    if (r.onTime !== null) f.published += 1;
    if (r.onTime) f.publishedOnTime += 1;
    if (r.status === 'withdrawn') f.withdrawn += 1;
    if (r.kind !== 'penalty') continue;
    f.penalties.total += 1;
    f.penalties[r.partyKind === 'person' ? 'persons' : 'organizations'] += 1;
    f.penalties.fineFen += r.fineFen ?? 0;
    f.penalties.confiscationFen += r.confiscationFen ?? 0;
    for (const k of penaltyKindsOf(r.content)) f.penalties.byPenaltyKind[k] += 1;
  }
  return f;
};

/**
 * Figures the annual report asks for that the platform does not record yet: shown as "not recorded", never as 0.
 */
export const STATISTICS_GAPS = [
  { key: 'hearings', label: '听证', note: '本平台尚未记录听证程序，本项未统计' },
  { key: 'legalReviews', label: '法制审核', note: '本平台尚未记录法制审核结果，本项未统计' },
  { key: 'reconsiderations', label: '行政复议', note: '本平台尚未记录行政复议，本项未统计' },
  { key: 'lawsuits', label: '行政诉讼', note: '本平台尚未记录行政诉讼，本项未统计' },
] as const;
