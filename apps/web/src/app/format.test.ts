import { describe, expect, it } from 'vitest';
import { formatBeijing, formatDateTime, formatMinute } from './format.ts';

describe('formatBeijing', () => {
  it('shows a moment in UTC+8 whatever the zone of the device', () => {
    expect(formatBeijing('2026-03-01T17:30:05.000Z')).toBe('2026-03-02 01:30:05');
    expect(formatBeijing('2026-03-01T17:30:05.000Z', 'YYYY-MM-DD HH:mm')).toBe('2026-03-02 01:30');
    expect(formatBeijing(null)).toBe('—');
  });
});

describe('console time formats', () => {
  it('are Beijing time everywhere, so the audit page and the case record agree', () => {
    expect(formatDateTime('2026-11-21T08:58:08.000Z')).toBe('2026-11-21 16:58:08');
    expect(formatMinute('2026-11-21T16:30:00.000Z')).toBe('2026-11-22 00:30');
  });
});
