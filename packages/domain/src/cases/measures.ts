import { addDays, type PlainDate } from '../calendar/plain-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { DEADLINE_RULES, dueDate } from '../deadlines/deadline-rules.ts';

/** 先行登记保存 (处罚法 第五十六条) and 查封 / 扣押 (行政强制法 第二十二至二十八条). */
export const MEASURE_KINDS = ['preservation', 'seal', 'seize'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MEASURE_LABELS: Record<MeasureKind, string> = { preservation: '先行登记保存', seal: '查封', seize: '扣押' };

export type MeasureState = {
  kind: MeasureKind;
  startedOn: PlainDate;
  extended: boolean;
  /** 检测、检验、检疫或者技术鉴定的期间 (行政强制法 第二十五条第三款): not counted. */
  testingDays: number;
};

/**
 * The day a measure must be ended by: 先行登记保存 needs its 处理决定 within 7 working days; 查封扣押 lasts at most
 * 30 days, once extendable by at most 30 with approval, testing time excluded.
 */
export const measureDueOn = (calendar: WorkingCalendar, m: MeasureState): PlainDate => {
  if (m.kind === 'preservation') return dueDate(calendar, DEADLINE_RULES.preservationDecision, m.startedOn);
  const base = dueDate(calendar, DEADLINE_RULES.seizure, m.startedOn, m.extended ? DEADLINE_RULES.seizureExtension.days : 0);
  return m.testingDays > 0 ? addDays(base, m.testingDays) : base;
};

/** 行政强制法 第二十五条第一款: extension once, approved by the agency head, notified in writing, before the period ends. */
export const measureExtensionRefusal = (m: MeasureState & { released: boolean }, today: PlainDate, dueOn: PlainDate): { code: string; message: string } | null => {
  if (m.kind === 'preservation') return { code: 'MEASURE_NOT_EXTENDABLE', message: '先行登记保存不能延长，应在七个工作日内作出处理决定（《中华人民共和国行政处罚法》第五十六条）' };
  if (m.released) return { code: 'MEASURE_RELEASED', message: '该措施已解除' };
  if (m.extended) return { code: 'MEASURE_ALREADY_EXTENDED', message: '查封、扣押期限只能延长一次（《中华人民共和国行政强制法》第二十五条第一款）' };
  if (today > dueOn) return { code: 'MEASURE_EXPIRED', message: `查封、扣押期限已于${dueOn}届满，不能再延长，应当解除` };
  return null;
};
