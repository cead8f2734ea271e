import { z } from 'zod';
import { body, page, paged, uuid } from '../common.ts';
import { role } from '../auth/session.ts';

export const accountItem = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(role),
  status: z.enum(['active', 'disabled']),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  isDemo: z.boolean(),
});
export type AccountItem = z.infer<typeof accountItem>;

export const listAccountsQuery = page.extend({
  agencyId: uuid.optional(),
  q: z.string().max(64).optional(),
});
export const accountsResponse = paged(accountItem);

/** The system admin creates accounts without roles; only the security admin grants roles. */
export const createAccountBody = body({
  username: z.string().min(2).max(48),
  displayName: z.string().min(1).max(40),
  agencyId: uuid,
  unitId: uuid.optional(),
});
export const createAccountResponse = z.object({ account: accountItem, initialPassword: z.string().describe('一次性初始密码，首次登录须修改') });

export const accountIdParams = z.object({ id: uuid });
export const updateAccountBody = body({
  displayName: z.string().min(1).max(40).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
export const grantRolesBody = body({ roles: z.array(role).max(8) });

export const passwordPolicy = z.object({
  minLength: z.number().int().min(8).max(64),
  minClasses: z.number().int().min(2).max(4),
  maxAgeDays: z.number().int().min(0).max(365),
  lockoutThreshold: z.number().int().min(3).max(20),
  lockoutMinutes: z.number().int().min(1).max(1440),
  idleTimeoutMinutes: z.number().int().min(5).max(120),
  absoluteLifetimeHours: z.number().int().min(1).max(24),
});
export const putPasswordPolicyBody = z.strictObject(passwordPolicy.shape);

export const agencyOption = z.object({ id: z.string(), name: z.string(), units: z.array(z.object({ id: z.string(), name: z.string() })) });
export const agencyOptionsResponse = z.object({ items: z.array(agencyOption) });
