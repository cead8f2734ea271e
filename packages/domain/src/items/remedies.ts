import { invalid } from '../errors/domain-error.ts';

/**
 * 救济渠道 shown on every item: where and within what time a party may apply for 行政复议 or sue. The periods
 * are data on the item, defaulting to the general rules; a special law may set its own.
 */
export type RemedyChannels = {
  reconsideration: { organ: string; days: number };
  litigation: { court: string; months: number };
};

export const REMEDY_RULES = {
  // 行政复议法（2023年修订）第二十条: 六十日内; 法律规定的申请期限超过六十日的除外 (never shorter).
  reconsideration: { days: 60, basis: '《中华人民共和国行政复议法》第二十条' },
  // 行政诉讼法 第四十六条: 六个月内; 法律另有规定的除外.
  litigation: { months: 6, basis: '《中华人民共和国行政诉讼法》第四十六条' },
} as const;

export const defaultRemedies = (organ: string, court: string): RemedyChannels => ({
  reconsideration: { organ, days: REMEDY_RULES.reconsideration.days },
  litigation: { court, months: REMEDY_RULES.litigation.months },
});

export const validateRemedies = (remedies: RemedyChannels): void => {
  if (remedies.reconsideration.days < REMEDY_RULES.reconsideration.days) {
    throw invalid(
      'REMEDY_PERIOD_TOO_SHORT',
      `行政复议申请期限不能少于${REMEDY_RULES.reconsideration.days}日（${REMEDY_RULES.reconsideration.basis}），填写的是${remedies.reconsideration.days}日`,
      { field: 'remedies.reconsideration.days' },
    );
  }
};

/** The sentence a decision or a guide prints about remedies. */
export const remedyText = (r: RemedyChannels): string =>
  `如不服，可以自知道或者应当知道该行政行为之日起${r.reconsideration.days}日内向${r.reconsideration.organ}申请行政复议，` +
  `或者自知道或者应当知道作出行政行为之日起${r.litigation.months}个月内向${r.litigation.court}提起行政诉讼。`;
