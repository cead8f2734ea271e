import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { bodyOf, fieldOfError } from './clue-form.ts';

describe('which field a refusal is about', () => {
  it('maps domain codes to their field', () => {
    expect(fieldOfError('OCCURRED_IN_FUTURE', undefined)).toBe('occurredOn');
    expect(fieldOfError('PARTY_NOT_FOUND', undefined)).toBe('partyId');
  });

  it('reads the path of a validation issue', () => {
    expect(fieldOfError('VALIDATION_FAILED', [{ path: 'description', message: '线索内容至少10个字' }])).toBe('description');
    expect(fieldOfError('VALIDATION_FAILED', [{ path: 'coHandlerAccountIds.0', message: '应为 UUID' }])).toBe('coHandlerAccountIds');
    expect(fieldOfError('VALIDATION_FAILED', [{ path: '', message: '无效' }])).toBeNull();
  });

  it('leaves handler refusals to the alert', () => {
    expect(fieldOfError('CERTIFICATE_EXPIRED', undefined)).toBeNull();
    expect(fieldOfError('HANDLER_NOT_IN_AGENCY', undefined)).toBeNull();
  });
});

describe('the body of 案源登记', () => {
  it('trims text, leaves blanks out and sends the date as YYYY-MM-DD', () => {
    expect(
      bodyOf({ title: ' 某公司涉嫌虚假宣传案 ', source: 'report', sourceDetail: '  ', description: ' 群众举报宣传单页称产品可治病 ', occurredOn: dayjs('2026-03-01'), place: '' }),
    ).toEqual({
      title: '某公司涉嫌虚假宣传案',
      source: 'report',
      sourceDetail: undefined,
      description: '群众举报宣传单页称产品可治病',
      partyId: undefined,
      occurredOn: '2026-03-01',
      place: undefined,
      coHandlerAccountIds: [],
    });
  });
});
