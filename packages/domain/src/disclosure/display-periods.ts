import { addMonths, type PlainDate } from '../calendar/plain-date.ts';
import { conflict, unprocessable } from '../errors/domain-error.ts';

export const SEVERITIES = ['minor', 'general', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { minor: '轻微', general: '一般', serious: '严重' };

/** How long one severity stays on display: months counted from the decision date. */
export type SeverityPeriod = {
  /** Published at all as a matter of course (a minor act is "normally not published"). */
  published: boolean;
  minMonths: number;
  maxMonths: number;
};

export type DisplayPeriodRule = {
  /** First decision date the rule applies to. */
  from: PlainDate;
  basis: string;
  periods: Record<Severity, SeverityPeriod>;
};

/**
 * 公示期 (信用): which display periods apply is decided by the rule in force on the decision date. Newest first.
 *
 * - From 2026-04-01 (DOMAIN brief, "rule in force from 2026-04-01"): minor normally not published and at most
 *   3 months; general at least 3 months, at most 1 year; serious at least 1 year, at most 3 years.
 * - Before that: 《失信行为纠正后的信用信息修复管理办法（试行）》(国家发展改革委令2023年第58号) for
 *   行政处罚信息: general 3 months to 1 year, serious 1 to 3 years, with no separate minor tier (a minor act's
 *   record was displayed like a general one). The seed documents shipped with the project do not contain this
 *   earlier rule, so the row is written from the national measures; it is data, not a branch, and can be corrected.
 */
export const DISPLAY_PERIOD_RULES: readonly DisplayPeriodRule[] = [
  {
    from: '2026-04-01',
    basis: '公共信用信息公示期限规则（2026年4月1日起施行）',
    periods: {
      minor: { published: false, minMonths: 0, maxMonths: 3 },
      general: { published: true, minMonths: 3, maxMonths: 12 },
      serious: { published: true, minMonths: 12, maxMonths: 36 },
    },
  },
  {
    from: '1900-01-01',
    basis: '《失信行为纠正后的信用信息修复管理办法（试行）》（2026年4月1日前作出的决定）',
    periods: {
      minor: { published: true, minMonths: 3, maxMonths: 12 },
      general: { published: true, minMonths: 3, maxMonths: 12 },
      serious: { published: true, minMonths: 12, maxMonths: 36 },
    },
  },
];

export const displayRuleOn = (decisionDate: PlainDate, rules: readonly DisplayPeriodRule[] = DISPLAY_PERIOD_RULES): DisplayPeriodRule => {
  const rule = [...rules].sort((a, b) => (a.from < b.from ? 1 : -1)).find((r) => r.from <= decisionDate);
  if (!rule) throw unprocessable('DISPLAY_RULE_MISSING', `没有适用于 ${decisionDate} 作出的决定的公示期限规则`);
  return rule;
};

export type DisplayPeriod = {
  published: boolean;
  /** Earliest day the record may be taken down on approved credit repair (信用修复). */
  minEndsOn: PlainDate;
  /** The record leaves the portal after this day. */
  endsOn: PlainDate;
  basis: string;
};

/** The display period of a decision of `severity` made on `decisionDate`, from the rule in force that day. */
export const displayPeriodFor = (severity: Severity, decisionDate: PlainDate, rules: readonly DisplayPeriodRule[] = DISPLAY_PERIOD_RULES): DisplayPeriod => {
  const rule = displayRuleOn(decisionDate, rules);
  const p = rule.periods[severity];
  return { published: p.published, minEndsOn: addMonths(decisionDate, p.minMonths), endsOn: addMonths(decisionDate, p.maxMonths), basis: rule.basis };
};

/** A record is on display through `endsOn` and expires the day after. */
export const displayExpired = (endsOn: PlainDate | null, today: PlainDate): boolean => endsOn !== null && today > endsOn;

/** 信用修复: early removal only once the minimum period has run (the minimum's last day included). */
export const assertEarlyRemovalAllowed = (minEndsOn: PlainDate | null, today: PlainDate) => {
  if (minEndsOn && today < minEndsOn) {
    throw conflict('DISCLOSURE_MINIMUM_NOT_REACHED', `最短公示期至 ${minEndsOn} 届满，届满前不得因信用修复提前撤下`, { minEndsOn });
  }
};
