import { addMonths, type PlainDate } from '../calendar/plain-date.ts';

/**
 * 处罚法 第三十六条: no penalty once two years have passed since the act (or since it ended, if continuing);
 * five years where it endangered life, health or financial security and caused harm.
 */
export const limitationEndsOn = (actEndedOn: PlainDate, aggravated: boolean): PlainDate => addMonths(actEndedOn, aggravated ? 60 : 24);

export const withinLimitation = (actEndedOn: PlainDate, discoveredOn: PlainDate, aggravated: boolean) =>
  discoveredOn <= limitationEndsOn(actEndedOn, aggravated);
