export const BUSINESS_ROLES = ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor'] as const;
export const ADMIN_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const;
export type BusinessRole = (typeof BUSINESS_ROLES)[number];
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type Role = BusinessRole | AdminRole;
export const ALL_ROLES: readonly Role[] = [...BUSINESS_ROLES, ...ADMIN_ROLES];

export const ROLE_LABELS: Record<Role, string> = {
  officer: '执法人员',
  unit_head: '承办机构负责人',
  legal_reviewer: '法制审核人员',
  agency_head: '机关负责人',
  supervisor: '执法监督人员',
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

export const isAdminRole = (role: Role): role is AdminRole => (ADMIN_ROLES as readonly string[]).includes(role);

/** 三权分立: several business roles may be combined, admin roles never with each other. */
export const checkRoleCombination = (roles: readonly Role[]): { ok: true } | { ok: false; reason: string } => {
  const admins = roles.filter(isAdminRole);
  if (admins.length > 1) {
    return { ok: false, reason: `管理员角色不能兼任：${admins.map((r) => ROLE_LABELS[r]).join('、')}` };
  }
  return { ok: true };
};
