import { describe, expect, it } from 'vitest';
import { formatBeijing } from './format.ts';

describe('formatBeijing', () => {
  it('shows a moment in UTC+8 whatever the zone of the device', () => {
    expect(formatBeijing('2026-03-01T17:30:05.000Z')).toBe('2026-03-02 01:30:05');
    expect(formatBeijing('2026-03-01T17:30:05.000Z', 'YYYY-MM-DD HH:mm')).toBe('2026-03-02 01:30');
    expect(formatBeijing(null)).toBe('—');
  });
});
