import { api, download } from '../../app/api/client.ts';
import type { ImportFormat, ImportJob, ImportType } from './types.ts';
import { contentTypeOf } from './upload-file.ts';

export const importKeys = {
  types: ['imports', 'types'] as const,
  job: (id: string) => ['imports', 'job', id] as const,
};

export const fetchImportTypes = () => api.get<{ items: ImportType[] }>('/imports/types');
export const fetchImportJob = (id: string) => api.get<ImportJob>(`/imports/jobs/${encodeURIComponent(id)}`);

/** Sends the file itself as the request body; the server answers 202 with the job to follow. */
export const startImport = (type: string, file: File) =>
  api.upload<ImportJob>(`/imports/${encodeURIComponent(type)}`, file, contentTypeOf(file.name) ?? 'application/octet-stream');

export const downloadTemplate = (type: ImportType, format: ImportFormat) =>
  download(`/imports/${encodeURIComponent(type.type)}/template.${format}`, {}, `${type.label}导入模板.${format}`);

export const downloadExport = (type: ImportType, format: ImportFormat) => download(`/exports/${encodeURIComponent(type.type)}.${format}`, {}, `${type.label}导出.${format}`);
