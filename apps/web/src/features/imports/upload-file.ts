import type { ImportFormat, ImportType } from './types.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXTENSIONS: Record<ImportFormat, string> = { xlsx: XLSX, csv: 'text/csv', zip: 'application/zip' };

/** The file kinds a type accepts: a sheet (.xlsx, .csv), or for documents a .zip bundle. */
export const acceptedExtensions = (type: Pick<ImportType, 'upload'>): ImportFormat[] => (type.upload === 'bundle' ? ['zip'] : ['xlsx', 'csv']);

/**
 * The content type to send a chosen file with. Browsers disagree on a file's `type` (Windows reports a CSV as
 * application/vnd.ms-excel, some systems report nothing), so the extension decides.
 */
export const contentTypeOf = (name: string): string | undefined => {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext && ext in EXTENSIONS ? EXTENSIONS[ext as ImportFormat] : undefined;
};

/** Why a chosen file cannot be sent for this type, or undefined when it can. */
export const fileProblem = (name: string, type: Pick<ImportType, 'upload'>): string | undefined => {
  const accepted = acceptedExtensions(type);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext && (accepted as string[]).includes(ext)) return undefined;
  return type.upload === 'bundle' ? '请选择 .zip 压缩包（内含清单和文本文件）' : '请选择 .xlsx 或 .csv 文件（旧版 .xls 请先另存为 .xlsx）';
};

/** Progress of a job in whole percent; a finished job is at 100 whatever it counted. */
export const percentOf = (job: { status: string; processed: number; total: number }) => {
  if (job.status === 'succeeded') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
};
