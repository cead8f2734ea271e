import { describe, expect, it } from 'vitest';
import { addSample, formatDuration, progressStats } from './upload-progress.ts';

describe('upload progress', () => {
  it('reports speed over the recent window and the time left', () => {
    let s = addSample([], { at: 0, bytes: 0 });
    s = addSample(s, { at: 1_000, bytes: 1_048_576 });
    s = addSample(s, { at: 2_000, bytes: 2_097_152 });
    const p = progressStats(s, 10 * 1_048_576);
    expect(p.percent).toBe(20);
    expect(p.speed).toBe(1_048_576);
    expect(p.secondsLeft).toBe(8);
    expect(p.text).toBe('2.0 MB / 10.0 MB · 1.0 MB/s · 剩余 8 秒');
  });
  it('forgets old samples so a resumed upload shows its current speed', () => {
    let s = addSample([], { at: 0, bytes: 0 });
    for (let t = 1; t <= 20; t++) s = addSample(s, { at: t * 1_000, bytes: t * 100 });
    expect(s[0].at).toBeGreaterThanOrEqual(14_000);
    expect(progressStats(s, 10_000).speed).toBe(100);
  });
  it('says nothing about time left before it knows the speed', () => {
    expect(progressStats([{ at: 0, bytes: 0 }], 100).text).toContain('剩余 —');
    expect(formatDuration(3_725)).toBe('1 小时 2 分');
  });
});
