import { z } from 'zod';
import { body } from '../common.ts';

export const role = z.enum(['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor', 'system_admin', 'security_admin', 'audit_admin']);
export type RoleName = z.infer<typeof role>;

export const loginBody = body({
  username: z.string().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

/** What the console does next after a password was accepted. */
export const loginNext = z.enum(['done', 'totp', 'totp-enrol']);
export const loginResponse = z.object({ next: loginNext, csrfToken: z.string() });

export const totpCodeBody = body({ code: z.string().regex(/^\d{6}$/, '动态口令为6位数字') });

export const meResponse = z.object({
  account: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(role),
    agency: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    totpEnabled: z.boolean(),
  }),
  session: z.object({ stage: z.enum(['second-factor', 'full']), expiresAt: z.string(), idleTimeoutMinutes: z.number() }),
  passwordChangeRequired: z.boolean().describe('首次登录或密码已过期时为 true：须先修改密码'),
  passwordRules: z.object({ minLength: z.number().int(), minClasses: z.number().int() }).describe('当前口令策略，供修改密码时提示'),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meResponse>;

export const changePasswordBody = body({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const totpEnrolResponse = z.object({
  secret: z.string().describe('Base32 密钥，可手动录入验证器'),
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string().describe('二维码 PNG 的 data URL'),
});

export const sessionItem = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export const sessionsResponse = z.object({ items: z.array(sessionItem) });
export const sessionIdParams = z.object({ id: z.uuid('会话编号应为 UUID') });
export const okResponse = z.object({ ok: z.literal(true) });
