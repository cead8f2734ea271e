import { z } from 'zod';

export const importTypeParams = z.object({ type: z.string().min(1).max(32) });
/** `zip` only for types uploaded as a bundle of files with a manifest (法律法规文本). */
export const templateParams = z.object({ type: z.string().min(1).max(32), format: z.enum(['xlsx', 'csv', 'zip']) });
export const importJobParams = z.object({ id: z.uuid() });

export const rowError = z.object({ row: z.number().int(), column: z.string().optional(), message: z.string() });
export const importJob = z.object({
  id: z.string(),
  type: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  processed: z.number().int(),
  total: z.number().int(),
  imported: z.number().int(),
  code: z.string().optional(),
  message: z.string().optional(),
  errors: z.array(rowError).describe('每个错误的行号（表格中的行号，表头为第1行）、列名和原因'),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type ImportJobView = z.infer<typeof importJob>;

export const importColumnItem = z.object({ header: z.string(), required: z.boolean(), example: z.string(), hint: z.string().optional() });
export const importTypeItem = z.object({
  type: z.string(),
  label: z.string(),
  upload: z.enum(['sheet', 'bundle']).describe('sheet：上传 .xlsx 或 .csv；bundle：上传 .zip（清单表 + 文本文件）'),
  formats: z.array(z.enum(['xlsx', 'csv', 'zip'])).describe('可下载的模板与导出格式'),
  columns: z.array(importColumnItem),
  notes: z.array(z.string()).describe('填写与导入规则说明'),
});
export type ImportTypeItem = z.infer<typeof importTypeItem>;
export const importTypesResponse = z.object({ items: z.array(importTypeItem).describe('当前账户可导入导出的类型') });
