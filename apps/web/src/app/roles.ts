import type { RoleName } from './api/types.ts';

export const ROLE_LABELS: Record<RoleName, string> = {
  officer: '执法人员',
  unit_head: '承办机构负责人',
  legal_reviewer: '法制审核人员',
  agency_head: '机关负责人',
  supervisor: '执法监督人员',
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

export const BUSINESS_ROLES: readonly RoleName[] = ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor'];
/** 三权分立: the three administrator roles are never held together (the server refuses it with ADMIN_ROLES_EXCLUSIVE). */
export const ADMIN_ROLES: readonly RoleName[] = ['system_admin', 'security_admin', 'audit_admin'];

export const isAdminRole = (role: RoleName) => ADMIN_ROLES.includes(role);

export const roleLabel = (role: string) => ROLE_LABELS[role as RoleName] ?? role;

/** Admin roles first, then business roles, in the order of the table above. */
export const sortRoles = (roles: readonly RoleName[]) => {
  const order = [...ADMIN_ROLES, ...BUSINESS_ROLES];
  return [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b));
};

export const roleColor = (role: RoleName) => (isAdminRole(role) ? 'geekblue' : 'blue');
