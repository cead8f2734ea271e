import type { PasswordPolicy } from '../../app/api/types.ts';

export type PolicyField = { name: keyof PasswordPolicy; label: string; unit: string; min: number; max: number; help: string };

/** Limits match the server's contract; 等保 2.0 三级 身份鉴别 asks for complexity, periodic change, lockout and timeout. */
export const PASSWORD_FIELDS: PolicyField[] = [
  { name: 'minLength', label: '密码最小长度', unit: '位', min: 8, max: 64, help: '8–64 位' },
  { name: 'minClasses', label: '最少字符类别', unit: '类', min: 2, max: 4, help: '小写字母、大写字母、数字、符号四类中至少包含几类' },
  { name: 'maxAgeDays', label: '密码有效期', unit: '天', min: 0, max: 365, help: '到期后登录须修改密码；0 表示不限' },
];

export const LOCKOUT_FIELDS: PolicyField[] = [
  { name: 'lockoutThreshold', label: '登录失败锁定阈值', unit: '次', min: 3, max: 20, help: '连续输错密码或动态口令达到此次数即锁定账户' },
  { name: 'lockoutMinutes', label: '锁定时长', unit: '分钟', min: 1, max: 1440, help: '锁定期满自动解除；安全管理员也可提前解除' },
  { name: 'idleTimeoutMinutes', label: '会话空闲超时', unit: '分钟', min: 5, max: 120, help: '无任何操作超过此时长，会话自动结束' },
  { name: 'absoluteLifetimeHours', label: '会话最长有效期', unit: '小时', min: 1, max: 24, help: '自登录起超过此时长，无论是否活动都须重新登录' },
];
