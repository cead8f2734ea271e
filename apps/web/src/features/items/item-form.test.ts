import { describe, expect, it } from 'vitest';
import { bodyOf, citationsOf, emptyValues, fieldOfError, yuanToFen } from './item-form.ts';

describe('item form', () => {
  it('turns 元 typed in the form into integer 分', () => {
    expect(yuanToFen(200)).toBe(20_000);
    expect(yuanToFen(200.5)).toBe(20_050);
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
  });

  it('sends penalties with amounts in 分 only for fines and only for penalty items', () => {
    const body = bodyOf({
      ...emptyValues(),
      code: ' T-1 ',
      name: '对某行为的处罚',
      legalBasisText: '《中华人民共和国行政许可法》第七十八条\n\n  《行政处罚法》第九条 ',
      penalties: [
        { kind: 'warning', appliesTo: 'any', minYuan: 5 },
        { kind: 'fine', appliesTo: 'citizen', minYuan: 50, maxYuan: 200 },
        { kind: 'fine', appliesTo: 'organization', minYuan: 1000, maxYuan: 5000, openTop: true, note: '货值金额一倍' },
      ],
    });
    expect(body.code).toBe('T-1');
    expect(body.legalBasis).toEqual(['《中华人民共和国行政许可法》第七十八条', '《行政处罚法》第九条']);
    expect(body.penalties).toEqual([
      { kind: 'warning', appliesTo: 'any' },
      { kind: 'fine', appliesTo: 'citizen', minFen: 5_000, maxFen: 20_000 },
      { kind: 'fine', appliesTo: 'organization', minFen: 100_000, maxFen: null, note: '货值金额一倍' },
    ]);
    expect(body.remedies).toBeUndefined();
    expect(bodyOf({ ...emptyValues(), kind: 'licensing', procedure: 'simple' })).toMatchObject({ penalties: [], procedure: 'general' });
  });

  it('maps server refusals to form fields', () => {
    expect(fieldOfError({ field: 'legalBasis.1' })).toEqual(['legalBasisText']);
    expect(fieldOfError({ field: 'penalties.2.minFen' })).toEqual(['penalties', 2, 'minYuan']);
    expect(fieldOfError({ field: 'procedure' })).toEqual(['procedure']);
    expect(fieldOfError(undefined)).toBeNull();
    expect(citationsOf('a\r\nb\n')).toEqual(['a', 'b']);
  });
});
