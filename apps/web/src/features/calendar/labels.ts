import type { DayInfo } from '../../app/api/types.ts';

export const DAY_KIND_LABELS: Record<DayInfo['kind'], string> = {
  workday: '工作日',
  weekend: '休息日',
  holiday: '法定节假日',
  'makeup-workday': '调休上班日',
};

export const SPECIAL_KIND_LABELS = { holiday: '节假日', 'makeup-workday': '调休上班' } as const;
export const SPECIAL_KIND_COLORS = { holiday: 'red', 'makeup-workday': 'blue' } as const;

export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
