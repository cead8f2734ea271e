import type { AuditResult } from '../../app/api/types.ts';

/** Names of the audited actions, as the server records them. Unknown actions show their code. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.totp.verify': '动态口令验证',
  'auth.totp.enrol-start': '开始绑定动态口令',
  'auth.totp.enrol-confirm': '确认绑定动态口令',
  'auth.password.change': '修改密码',
  'auth.session.revoke': '注销本人会话',
  'account.read': '查看账户',
  'account.create': '新建账户',
  'account.update': '修改账户',
  'account.unlock': '解除锁定',
  'account.reset-second-factor': '重置动态口令',
  'role.grant': '授予角色',
  'session.revoke-any': '强制下线',
  'policy.read': '查看口令策略',
  'policy.edit': '修改口令策略',
  'audit.read': '查询审计日志',
  'audit.export': '导出审计日志',
  'calendar.edit': '修改工作日历',
  'case.list': '查询案件',
  'case.read': '查看案件',
  'case.create': '登记案源',
  'party.list': '查询当事人',
  'law.import': '导入法律法规',
  'ledger.proof-internal': '查询账本证明',
};

export const OBJECT_TYPE_LABELS: Record<string, string> = {
  account: '账户',
  session: '会话',
  setting: '系统设置',
  audit_log: '审计日志',
  calendar_year: '工作日历年度',
  case: '案件',
  party: '当事人',
  law: '法律法规',
};

export const RESULT_LABELS: Record<AuditResult, string> = {
  success: '成功',
  denied: '拒绝',
  'not-found': '对象不存在',
  failure: '失败',
};

export const RESULT_COLORS: Record<AuditResult, string> = {
  success: 'green',
  denied: 'orange',
  'not-found': 'default',
  failure: 'red',
};

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;
export const objectTypeLabel = (type: string) => OBJECT_TYPE_LABELS[type] ?? type;
