import { z } from 'zod';
import { page, paged, uuid } from '../common.ts';

export const auditItem = z.object({
  id: z.number(),
  at: z.string(),
  requestId: z.string().nullable(),
  accountId: z.string().nullable(),
  username: z.string().nullable(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  roles: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  detail: z.unknown().nullable(),
});
export type AuditItem = z.infer<typeof auditItem>;

const instant = z.iso.datetime({ offset: true, error: '时间应为 ISO 8601 格式，如 2026-11-21T08:00:00+08:00' });

export const auditFilter = z.object({
  username: z.string().max(64).optional(),
  agencyId: uuid.optional(),
  action: z.string().max(64).optional(),
  objectType: z.string().max(64).optional(),
  objectId: z.string().max(128).optional(),
  result: z.enum(['success', 'denied', 'not-found', 'failure']).optional(),
  from: instant.optional(),
  to: instant.optional(),
});
export const auditQuery = page.extend(auditFilter.shape);
export const auditResponse = paged(auditItem);
