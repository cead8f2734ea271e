import { caseActBodies } from '@sanxiang/contracts';
import { CASE_ACTIONS } from '@sanxiang/domain/cases/case-actions';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftBodyOf, draftValuesOf, type FieldSpec, initialValuesOf, refusalsOf } from './act-fields.ts';
import { ACT_SPECS } from './act-specs.ts';

const UUID = ['7b0c5a52-8f7e-4c3e-9a51-2d6f0b1e9c01', '7b0c5a52-8f7e-4c3e-9a51-2d6f0b1e9c02'];

/** A value an officer could enter in each kind of field, long enough for its minimum. */
const sample = (spec: FieldSpec): unknown => {
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return '测试内容'.repeat(Math.max(1, Math.ceil((spec.min ?? 1) / 4)));
    case 'date':
      return dayjs('2026-11-21');
    case 'datetime':
      return dayjs('2026-11-21T09:30:00+08:00');
    case 'money':
      return 5450.5;
    case 'number':
      return spec.min;
    case 'select':
    case 'radio':
      return spec.choices[0].value;
    case 'checkbox':
      return true;
    case 'participants':
      return UUID;
    case 'chair':
    case 'measure':
      return UUID[0];
    case 'rows':
      return [Object.fromEntries(spec.columns.map((c) => [c.name, c.optional ? '' : '花生油'])), {}].slice(0, 1);
    case 'names':
      return ['张三', '李四', ' 王五 '];
    case 'draft':
      return {
        outcome: 'penalty',
        facts: '当事人销售酸价超标的散装花生油20公斤。',
        evidenceSummary: '现场检查笔录',
        violatedProvisions: '食品安全法第三十四条',
        penaltyBasis: '食品安全法第一百二十四条',
        penalties: [{ kind: 'fine', amountYuan: 5000 }, {}],
        discretion: { level: 'normal', reason: '一般情节' },
        majorPublicInterest: true,
      };
  }
};

describe('act forms against the shared contract', () => {
  it('gives every act a form except legal review, which has its own panel', () => {
    const missing = CASE_ACTIONS.filter((a) => !ACT_SPECS[a]);
    expect(missing).toEqual(['submit-review']);
  });

  it.each(Object.keys(caseActBodies) as Array<keyof typeof caseActBodies>)('builds a body the contract of %s accepts', (act) => {
    const spec = ACT_SPECS[act]!;
    const values = Object.fromEntries(spec.fields.map((f) => [f.name, sample(f)]));
    const parsed = caseActBodies[act].safeParse(bodyOf(spec.fields, values));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('sends money in integer 分, dates as Beijing dates and times with their +08:00 offset', () => {
    const body = bodyOf(ACT_SPECS['record-payment']!.fields, { paidOn: dayjs('2026-12-18'), amountFen: 0.29, channel: 'bank', receiptNumber: ' PJ001 ' });
    expect(body).toEqual({ paidOn: '2026-12-18', amountFen: 29, channel: 'bank', receiptNumber: 'PJ001' });
    const inspection = bodyOf(ACT_SPECS['record-inspection']!.fields, { startedAt: dayjs('2026-11-21T01:30:00Z') });
    expect(inspection.startedAt).toBe('2026-11-21T09:30:00+08:00');
  });

  it('leaves empty optional fields out and keeps optional row cells as null', () => {
    expect(bodyOf(ACT_SPECS.archive!.fields, { note: '  ' })).toEqual({});
    const sampling = bodyOf(ACT_SPECS['record-sampling']!.fields, { samples: [{ name: ' 花生油 ', quantity: '2瓶', batch: '' }] });
    expect(sampling.samples).toEqual([{ name: '花生油', quantity: '2瓶', batch: null }]);
  });

  it('turns the draft editor into the contract draft and back, amounts in 元 on screen and 分 on the wire', () => {
    const body = draftBodyOf({ outcome: 'penalty', facts: ' 事实 ', penalties: [{ kind: 'fine', amountYuan: 200000 }, { kind: undefined }], discretion: { level: 'lighter', reason: '初次' } });
    expect(body.penalties).toEqual([{ kind: 'fine', amountFen: 20_000_000, description: null }]);
    expect(body.facts).toBe('事实');
    expect(body.majorPublicInterest).toBe(false);
    expect(draftValuesOf(body as Record<string, unknown>).penalties).toEqual([{ kind: 'fine', amountYuan: 200000, description: null }]);
    // No penalty: no lines are sent, the reason is.
    expect(draftBodyOf({ outcome: 'no-penalty', penalties: [{ kind: 'fine', amountYuan: 1 }], noPenaltyReason: '首违不罚' })).toMatchObject({ penalties: [], noPenaltyReason: '首违不罚' });
  });

  it('starts dates at today and times at the current minute, defaults from the spec', () => {
    const now = dayjs('2026-11-21T10:17:45+08:00');
    const values = initialValuesOf(ACT_SPECS['take-measure']!.fields, now);
    expect((values.startedOn as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2026-11-21');
    expect(values.kind).toBe('preservation');
    expect(values.items).toEqual([{}]);
  });

  it('reads the refusals of a gate, ignoring what is not one', () => {
    expect(refusalsOf({ refusals: [{ code: 'STATEMENT_PERIOD_OPEN', message: '期限未满', basis: '第四十五条' }, { nope: 1 }] })).toEqual([{ code: 'STATEMENT_PERIOD_OPEN', message: '期限未满', basis: '第四十五条' }]);
    expect(refusalsOf(null)).toEqual([]);
    expect(refusalsOf([{ path: 'x' }])).toEqual([]);
  });
});
