// Role names, labels and the admin/business split come from the domain core, the same table the server uses.
import { ADMIN_ROLES, BUSINESS_ROLES, isAdminRole, ROLE_LABELS } from '@sanxiang/domain/access/roles';
import type { RoleName } from './api/types.ts';

export { ADMIN_ROLES, BUSINESS_ROLES, isAdminRole, ROLE_LABELS };

export const roleLabel = (role: string) => ROLE_LABELS[role as RoleName] ?? role;

/** Admin roles first, then business roles, in the order of the table above. */
export const sortRoles = (roles: readonly RoleName[]) => {
  const order = [...ADMIN_ROLES, ...BUSINESS_ROLES];
  return [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b));
};

export const roleColor = (role: RoleName) => (isAdminRole(role) ? 'geekblue' : 'blue');
