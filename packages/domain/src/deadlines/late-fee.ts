import { addDays, daysBetween, type PlainDate } from '../calendar/plain-date.ts';

/** 加处罚款 (处罚法 第七十二条第一款第一项): 3% of the fine for each day late, never more than the fine. */
export const LATE_FEE_PER_DAY_PERCENT = 3;

export type Pause = { from: PlainDate; to: PlainDate };

/**
 * The late fee in 分 on `asOf` for a fine of `fineFen` due on `dueOn`. Days count from the day after the due
 * date through `asOf`; days inside a pause are not counted (第七十三条: 复议或诉讼期间不予计算). Integer arithmetic
 * only: the fee is floor(fine × 3% × days), capped at the fine.
 */
export const lateFeeFen = (fineFen: number, dueOn: PlainDate, asOf: PlainDate, pauses: readonly Pause[] = []): { days: number; feeFen: number } => {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) throw new RangeError(`fine must be a non-negative integer of 分: ${fineFen}`);
  const first = addDays(dueOn, 1);
  if (asOf < first) return { days: 0, feeFen: 0 };
  let days = daysBetween(first, asOf) + 1;
  for (const p of mergedPauses(pauses)) {
    const from = p.from > first ? p.from : first;
    const to = p.to < asOf ? p.to : asOf;
    if (from <= to) days -= daysBetween(from, to) + 1;
  }
  const fee = Math.floor((fineFen * LATE_FEE_PER_DAY_PERCENT * days) / 100);
  return { days, feeFen: Math.min(fee, fineFen) };
};

// Overlapping pauses (复议 then 诉讼 on the same days) must not be subtracted twice.
const mergedPauses = (pauses: readonly Pause[]): Pause[] => {
  const sorted = [...pauses].filter((p) => p.from <= p.to).sort((a, b) => (a.from < b.from ? -1 : 1));
  const out: Pause[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= addDays(last.to, 1)) last.to = p.to > last.to ? p.to : last.to;
    else out.push({ ...p });
  }
  return out;
};
