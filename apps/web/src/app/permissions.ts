import type { RoleName } from './api/types.ts';

/**
 * What the console offers to whom: a mirror of the server's permission table for the actions that have
 * a screen. The server still decides every request; this only keeps the UI from offering what would be refused.
 */
export const CAPABILITIES = {
  'account.read': ['system_admin', 'security_admin', 'agency_head'],
  // agency_head reads only their own agency's accounts; these two read every agency.
  'account.read-all': ['system_admin', 'security_admin'],
  'account.create': ['system_admin'],
  'account.update': ['system_admin'],
  'role.grant': ['security_admin'],
  'session.revoke-any': ['security_admin'],
  'account.unlock': ['security_admin'],
  'account.reset-second-factor': ['security_admin'],
  'policy.read': ['security_admin', 'system_admin'],
  'policy.edit': ['security_admin'],
  'audit.read': ['audit_admin'],
  'audit.export': ['audit_admin'],
  'calendar.edit': ['system_admin'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Capability = keyof typeof CAPABILITIES;

export const can = (roles: readonly RoleName[], capability: Capability) =>
  roles.some((role) => (CAPABILITIES[capability] as readonly RoleName[]).includes(role));
