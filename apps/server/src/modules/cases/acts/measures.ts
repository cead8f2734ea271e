import { randomUUID } from 'node:crypto';
import type { CaseActBodies } from '@sanxiang/contracts';
import { conflict, MEASURE_LABELS, measureDueOn, measureExtensionRefusal, type MeasureRecord, notFound, unprocessable } from '@sanxiang/domain';
import type { ActContext, CaseActHandler } from '../perform-act.ts';
import { checkedParticipants } from './participants.ts';

const deadlineKey = (m: Pick<MeasureRecord, 'kind'>) => (m.kind === 'preservation' ? 'preservationDecision' : 'seizure');

const measureOf = (ctx: ActContext, id: string) => {
  const m = (ctx.state.measures ?? []).find((x) => x.id === id);
  if (!m) throw notFound('MEASURE_NOT_FOUND', '本案没有这项措施');
  if (m.endedOn) throw conflict('MEASURE_ENDED', `该${MEASURE_LABELS[m.kind]}已于${m.endedOn}处理完毕`);
  return m;
};
const replaced = (ctx: ActContext, m: MeasureRecord) => (ctx.state.measures ?? []).map((x) => (x.id === m.id ? m : x));

/**
 * 先行登记保存 (处罚法 第五十六条, head approval, decision in 7 working days) or 查封/扣押 (行政强制法 第二十四条:
 * decision with an item list; 第二十五条: at most 30 days). Two officers as for any investigative act.
 */
export const takeMeasure: CaseActHandler<CaseActBodies['take-measure']> = {
  action: 'take-measure',
  run: async (ctx, input) => {
    if (input.startedOn > ctx.today) throw unprocessable('MEASURE_DATE_INVALID', '采取措施的日期不能晚于今天');
    const officers = await checkedParticipants(ctx, input.participantAccountIds);
    const base = { id: randomUUID(), kind: input.kind, items: input.items, startedOn: input.startedOn, extended: false, testingDays: 0, endedOn: null, outcome: null };
    const measure: MeasureRecord = { ...base, dueOn: measureDueOn(ctx.calendar, base) };
    const data = { officers, kind: input.kind, kindLabel: MEASURE_LABELS[input.kind], items: input.items, reason: input.reason, approvedBy: input.approvedBy, place: input.place, startedOn: input.startedOn, dueOn: measure.dueOn };
    return {
      type: 'measure-taken',
      place: input.place,
      payload: { measureId: measure.id, ...data },
      state: { measures: [...(ctx.state.measures ?? []), measure] },
      documents: [{ kind: input.kind === 'preservation' ? 'preservation-notice' : 'seizure-decision', data }],
      openDeadlines: [{ key: deadlineKey(measure), ref: measure.id, startedOn: input.startedOn, dueOn: measure.dueOn }],
    };
  },
};

/** 延长查封、扣押期限: once, by the agency head, before the period ends; testing time is not counted. */
export const extendMeasure: CaseActHandler<CaseActBodies['extend-measure']> = {
  action: 'extend-measure',
  run: (ctx, input) => {
    const m = measureOf(ctx, input.measureId);
    const refusal = measureExtensionRefusal({ ...m, released: Boolean(m.endedOn) }, ctx.today, m.dueOn);
    if (refusal) throw unprocessable(refusal.code, refusal.message);
    const next: MeasureRecord = { ...m, extended: true, testingDays: input.testingDays };
    next.dueOn = measureDueOn(ctx.calendar, next);
    return {
      type: 'measure-extended',
      payload: { measureId: m.id, reason: input.reason, testingDays: input.testingDays, previousDueOn: m.dueOn, dueOn: next.dueOn },
      state: { measures: replaced(ctx, next) },
      documents: [{ kind: 'seizure-extension', data: { kindLabel: MEASURE_LABELS[m.kind], items: m.items, reason: input.reason, previousDueOn: m.dueOn, dueOn: next.dueOn } }],
      openDeadlines: [{ key: 'seizure', ref: m.id, startedOn: m.startedOn, dueOn: next.dueOn }],
    };
  },
};

/** 先行登记保存处理决定 or 解除查封、扣押. */
export const endMeasure: CaseActHandler<CaseActBodies['end-measure']> = {
  action: 'end-measure',
  run: (ctx, input) => {
    const m = measureOf(ctx, input.measureId);
    if (input.endedOn > ctx.today || input.endedOn < m.startedOn) throw unprocessable('MEASURE_DATE_INVALID', `处理日期应在${m.startedOn}至今天之间`);
    const next: MeasureRecord = { ...m, endedOn: input.endedOn, outcome: input.outcome };
    const data = { kindLabel: MEASURE_LABELS[m.kind], items: m.items, outcome: input.outcome, reason: input.reason, endedOn: input.endedOn, dueOn: m.dueOn, late: input.endedOn > m.dueOn };
    return {
      type: 'measure-ended',
      payload: { measureId: m.id, ...data },
      state: { measures: replaced(ctx, next) },
      documents: [{ kind: m.kind === 'preservation' ? 'preservation-decision' : 'seizure-release', data }],
      closeDeadlines: [{ key: deadlineKey(m), ref: m.id }],
    };
  },
};
