import { z } from 'zod';

// People read validation messages in Chinese; machines read the stable `code`.
z.config(z.locales.zhCN());

export const errorBody = z.object({
  code: z.string().describe('稳定的错误码，供程序判断'),
  message: z.string().describe('中文说明，供人阅读'),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const plainDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式')
  .describe('日期 YYYY-MM-DD（北京时间）');

export const uuid = z.uuid('应为 UUID');

/** Bodies are strict: an unknown key such as `agencyId` or `role` is refused, never silently dropped. */
export const body = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export const page = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const paged = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
