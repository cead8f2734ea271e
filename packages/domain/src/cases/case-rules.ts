/**
 * Numbers of the case procedure that differ between provinces and fields. The national defaults below are what the
 * platform seeds; an agency's own values are data (`case_rule_setting`), edited by the system admin. Every screen and
 * gate reads the effective values through `effectiveCaseRules`.
 */
export type CaseRules = {
  /** 陈述、申辩期限 (working days from service of the 事先告知书); set by each field's procedure rules. */
  statementWorkingDays: number;
  /** 较大数额罚款 (处罚法 第六十三条第一款第一项), in 分, by party type: at or above it the party may request a hearing. */
  hearingFineFen: { person: number; organization: number };
  /** 较大数额没收 (同条第二项), in 分. */
  hearingConfiscationFen: number;
  /** Days a decision period may be extended with the agency head's approval (处罚法 第六十条 "法律、法规、规章另有规定"). */
  decisionExtensionDays: number;
  /** How many such extensions one case may have. */
  decisionExtensionsAllowed: number;
  /** 当场处罚决定 报所属行政机关备案 within this many working days (处罚法 第五十二条第三款; 期限由各地规定). */
  simpleFilingWorkingDays: number;
};

export const NATIONAL_CASE_RULES: CaseRules = {
  statementWorkingDays: 5,
  hearingFineFen: { person: 1_000_000, organization: 10_000_000 },
  hearingConfiscationFen: 10_000_000,
  decisionExtensionDays: 30,
  decisionExtensionsAllowed: 1,
  simpleFilingWorkingDays: 5,
};

export const CASE_RULE_LABELS: Record<keyof CaseRules, { label: string; basis: string }> = {
  statementWorkingDays: { label: '陈述、申辩期限（工作日）', basis: '《中华人民共和国行政处罚法》第四十五条；各领域行政处罚程序规定' },
  hearingFineFen: { label: '较大数额罚款（听证）', basis: '《中华人民共和国行政处罚法》第六十三条第一款第一项' },
  hearingConfiscationFen: { label: '较大数额没收（听证）', basis: '《中华人民共和国行政处罚法》第六十三条第一款第二项' },
  decisionExtensionDays: { label: '决定期限经批准延长（日）', basis: '《中华人民共和国行政处罚法》第六十条' },
  decisionExtensionsAllowed: { label: '决定期限可延长次数', basis: '《中华人民共和国行政处罚法》第六十条' },
  simpleFilingWorkingDays: { label: '当场处罚决定备案期限（工作日）', basis: '《中华人民共和国行政处罚法》第五十二条第三款' },
};

/** The national defaults overlaid with an agency's stored values (only known keys of the right shape are taken). */
export const effectiveCaseRules = (stored: Partial<CaseRules> | null | undefined): CaseRules => ({ ...NATIONAL_CASE_RULES, ...(stored ?? {}) });
