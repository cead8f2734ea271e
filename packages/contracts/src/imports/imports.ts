import { z } from 'zod';

export const importTypeParams = z.object({ type: z.string().min(1).max(32) });
export const templateParams = z.object({ type: z.string().min(1).max(32), format: z.enum(['xlsx', 'csv']) });
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
