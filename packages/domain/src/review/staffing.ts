/**
 * 法制审核力量配备 (国办发〔2018〕118号 第四部分（一）; 示范创建 indicators 86–90): checks the supervisor sees per agency.
 * The targets are the indicators' own numbers.
 */
export type StaffingInput = {
  /** 执法人员总数: active officers of the agency (reviewers included, as the indicator counts 本单位执法人员). */
  officers: number;
  /** 专职审核人员: active officers designated as legal reviewers. */
  fullTimeReviewers: number;
  /** Of them, those holding 法律职业资格. */
  qualifiedReviewers: number;
  /** Reviews completed in the period (应当审核的执法决定 that were reviewed). */
  reviews: number;
  /** Of them, written by the agency's own reviewers. */
  reviewsByOwnReviewers: number;
  /** Of them, by 法律顾问 or 公职律师. */
  reviewsByAdvisers: number;
};

export type StaffingIndicator = {
  indicator: number;
  label: string;
  /** The measured share in basis points (10000 = 100%), null when there is nothing to divide by. */
  valueBp: number | null;
  targetBp: number;
  met: boolean | null;
  detail: string;
};

const bp = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 10_000) / whole) : null);
const pct = (v: number | null) => (v === null ? '—' : `${(v / 100).toFixed(1)}%`);

export const staffingIndicators = (s: StaffingInput): StaffingIndicator[] => {
  const row = (indicator: number, label: string, part: number, whole: number, targetBp: number, what: string): StaffingIndicator => {
    const valueBp = bp(part, whole);
    return { indicator, label, valueBp, targetBp, met: valueBp === null ? null : valueBp >= targetBp, detail: `${what}：${part}/${whole}（${pct(valueBp)}，标准${pct(targetBp)}）` };
  };
  return [
    row(86, '专职审核人员不少于本单位执法人员总数的5%', s.fullTimeReviewers, s.officers, 500, '专职审核人员/执法人员'),
    row(87, '具有法律职业资格的专职审核人员占50%以上', s.qualifiedReviewers, s.fullTimeReviewers, 5_000, '具有法律职业资格/专职审核人员'),
    row(88, '专职审核人员自行审核的执法决定占50%以上', s.reviewsByOwnReviewers, s.reviews, 5_000, '本机关审核人员审核/已审核决定'),
    row(90, '法律顾问、公职律师协助审核的执法决定不低于20%', s.reviewsByAdvisers, s.reviews, 2_000, '法律顾问、公职律师审核/已审核决定'),
  ];
};
