import { invalid } from '../errors/domain-error.ts';
import type { ItemKind } from './catalog.ts';

/**
 * 办理时限 of an item: the statutory period and, where the agency promises less (承诺时限), that one too.
 * 行政许可法 第八十二条 counts its periods in working days; 处罚法 第六十条 counts 90 calendar days.
 */
export type ItemTimeLimit = { statutoryDays: number; dayKind: 'working' | 'calendar'; promisedDays?: number | null };

export const formatDays = (days: number, dayKind: ItemTimeLimit['dayKind']) => (dayKind === 'working' ? `${days}个工作日` : `${days}日`);

/** The statutory default per kind, used when an item states none. */
export const DEFAULT_TIME_LIMITS: Partial<Record<ItemKind, ItemTimeLimit & { basis: string; from: string }>> = {
  // 处罚法 第六十条: 自立案之日起九十日内作出行政处罚决定.
  penalty: { statutoryDays: 90, dayKind: 'calendar', basis: '《行政处罚法》第六十条', from: '立案' },
  // 行政许可法 第四十二条: 受理之日起二十日内作出决定, 经本行政机关负责人批准可以延长十日.
  licensing: { statutoryDays: 20, dayKind: 'working', basis: '《行政许可法》第四十二条', from: '受理' },
};

export const validateTimeLimit = (limit: ItemTimeLimit | null | undefined): void => {
  if (!limit) return;
  if (limit.promisedDays !== undefined && limit.promisedDays !== null && limit.promisedDays > limit.statutoryDays) {
    throw invalid(
      'TIME_LIMIT_INVALID',
      `承诺时限（${formatDays(limit.promisedDays, limit.dayKind)}）不能长于法定时限（${formatDays(limit.statutoryDays, limit.dayKind)}）`,
      { field: 'timeLimit.promisedDays' },
    );
  }
};

/** "法定20个工作日，承诺10个工作日（自受理之日起计算）" */
export const describeTimeLimit = (limit: ItemTimeLimit, kind?: ItemKind): string => {
  const from = kind ? DEFAULT_TIME_LIMITS[kind]?.from : undefined;
  return (
    `法定${formatDays(limit.statutoryDays, limit.dayKind)}` +
    (limit.promisedDays ? `，承诺${formatDays(limit.promisedDays, limit.dayKind)}` : '') +
    (from ? `（自${from}之日起计算）` : '')
  );
};

/** 简易程序: the decision is made on the spot (处罚法 第五十二条), so no period applies. */
export const ON_THE_SPOT = '当场作出决定';
