import { randomUUID } from 'node:crypto';
import { isDomainError } from '@sanxiang/domain';
import type { RowError } from './run-import.ts';

/**
 * Import progress for the console's progress bar. Jobs live in this process only: they report on work the
 * process is doing, and the outcome itself is in the database and the audit trail.
 */
export type ImportJob = {
  id: string;
  type: string;
  accountId: string;
  status: 'running' | 'succeeded' | 'failed';
  processed: number;
  total: number;
  imported: number;
  code?: string;
  message?: string;
  errors: RowError[];
  startedAt: string;
  finishedAt?: string;
};

const jobs = new Map<string, ImportJob>();
const KEEP = 200;

export const startJob = (type: string, accountId: string, run: (progress: (processed: number, total: number) => void) => Promise<{ imported: number }>, now: () => Date) => {
  const job: ImportJob = { id: randomUUID(), type, accountId, status: 'running', processed: 0, total: 0, imported: 0, errors: [], startedAt: now().toISOString() };
  jobs.set(job.id, job);
  if (jobs.size > KEEP) jobs.delete(jobs.keys().next().value!);
  const done = run((processed, total) => {
    job.processed = processed;
    job.total = total;
  }).then(
    ({ imported }) => {
      Object.assign(job, { status: 'succeeded', imported, processed: imported, total: imported, finishedAt: now().toISOString() });
    },
    (e: unknown) => {
      Object.assign(job, {
        status: 'failed',
        code: isDomainError(e) ? e.code : 'INTERNAL',
        message: isDomainError(e) ? e.message : '导入失败：服务器内部错误',
        errors: isDomainError(e) ? ((e.details as { errors?: RowError[] } | undefined)?.errors ?? []) : [],
        finishedAt: now().toISOString(),
      });
    },
  );
  return { job, done };
};

export const jobOf = (id: string, accountId: string) => {
  const job = jobs.get(id);
  return job && job.accountId === accountId ? job : undefined;
};
