/** Upload progress as people read it: percent, speed over the last seconds, and time left. */
export type ProgressSample = { at: number; bytes: number };

const WINDOW_MS = 5_000;

export const formatBytes = (n: number) => {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
};

export const formatDuration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} 秒`;
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
  return `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`;
};

/** Keeps the samples of the last few seconds (plus one older, as the baseline). */
export const addSample = (samples: readonly ProgressSample[], sample: ProgressSample): ProgressSample[] => {
  const next = [...samples, sample];
  const cutoff = sample.at - WINDOW_MS;
  let first = 0;
  while (first < next.length - 2 && next[first + 1].at <= cutoff) first++;
  return next.slice(first);
};

export const progressStats = (samples: readonly ProgressSample[], total: number) => {
  const last = samples.at(-1);
  const sent = last?.bytes ?? 0;
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  const first = samples[0];
  const elapsed = last && first ? (last.at - first.at) / 1000 : 0;
  const speed = elapsed > 0 ? (sent - first.bytes) / elapsed : 0;
  const secondsLeft = speed > 0 ? (total - sent) / speed : Number.POSITIVE_INFINITY;
  return { sent, percent, speed, secondsLeft, text: `${formatBytes(sent)} / ${formatBytes(total)} · ${speed > 0 ? `${formatBytes(speed)}/s` : '—'} · 剩余 ${formatDuration(secondsLeft)}` };
};
