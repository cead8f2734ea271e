import { type PlainDate } from '../calendar/plain-date.ts';
import { type WorkingCalendar } from '../calendar/working-calendar.ts';
import { DEADLINE_RULES, type DeadlineRule, dueDate } from '../deadlines/deadline-rules.ts';

/** What kind of enforcement decision a public record is (事后公开 covers every kind of decision). */
export const DISCLOSURE_KINDS = ['penalty', 'licence', 'coercion', 'inspection', 'other'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];

export const DISCLOSURE_KIND_LABELS: Record<DisclosureKind, string> = {
  penalty: '行政处罚',
  licence: '行政许可',
  coercion: '行政强制',
  inspection: '行政检查',
  other: '其他执法决定',
};

/**
 * 国办发〔2018〕118号: 行政许可、行政处罚 decisions are public within 7 working days of the decision, other
 * enforcement decisions within 20 working days. One table row per kind, no branches.
 */
export const PUBLICATION_RULE_OF: Record<DisclosureKind, DeadlineRule> = {
  penalty: DEADLINE_RULES.publicationPenaltyLicence,
  licence: DEADLINE_RULES.publicationPenaltyLicence,
  coercion: DEADLINE_RULES.publicationOther,
  inspection: DEADLINE_RULES.publicationOther,
  other: DEADLINE_RULES.publicationOther,
};

/** The last day a decision of `kind` made on `decisionDate` may go public (CALENDAR_YEAR_MISSING when the schedule lacks a year). */
export const publicationDueOn = (calendar: WorkingCalendar, kind: DisclosureKind, decisionDate: PlainDate): PlainDate =>
  dueDate(calendar, PUBLICATION_RULE_OF[kind], decisionDate);

/** 处罚法 第四十八条第二款: a published decision that is changed, revoked, held illegal or void is withdrawn within 3 working days. */
export const withdrawalDueOn = (calendar: WorkingCalendar, changedOn: PlainDate): PlainDate => dueDate(calendar, DEADLINE_RULES.withdrawal, changedOn);
