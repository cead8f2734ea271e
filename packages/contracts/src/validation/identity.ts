import { z } from 'zod';

export const creditCodeParams = z.object({ code: z.string().min(1).max(64) });
export const creditCodeResponse = z.object({ valid: z.boolean(), reason: z.string().optional() });

export const residentIdParams = z.object({ id: z.string().min(1).max(64) });
export const residentIdResponse = z.object({
  valid: z.boolean(),
  birthDate: z.string().optional(),
  reason: z.string().optional(),
});
