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
  // Administrators see no case (三权分立): the server's table has no case row for them.
  'case.read': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor'],
  // A supervisor (司法局) reads the cases of every agency in their jurisdiction, and only reads.
  'case.read-jurisdiction': ['supervisor'],
  'case.create': ['officer', 'unit_head'],
  // 执法主体 and 执法人员 registries. Agencies are public; the system admin edits them.
  'agency.view': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor', 'system_admin'],
  'agency.manage': ['system_admin'],
  'officer.read': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor', 'system_admin'],
  // Reads officers beyond their own agency: the supervisor (jurisdiction) and the system admin (all).
  'officer.read-wide': ['supervisor', 'system_admin'],
  // The system admin for every agency, an agency head for their own.
  'officer.manage': ['system_admin', 'agency_head'],
  // 权责清单 and 随机抽查事项清单: staff read their agency's, supervisors their jurisdiction's; the agency head
  // keeps their own lists, the system admin any agency's. Supervisors watch the review deadlines.
  'item.read': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor', 'system_admin'],
  'item.manage': ['agency_head', 'system_admin'],
  'inspection-item.manage': ['agency_head', 'system_admin'],
  'review-flag.read': ['agency_head', 'supervisor', 'system_admin'],
  'review-flag.resolve': ['agency_head'],
  'agency.duties-change': ['agency_head', 'system_admin'],
  // The law library is imported by the system admin (reading it is public).
  'law.import': ['system_admin'],
  // 批量导入导出: whoever may manage at least one importable register (agency.manage, officer.manage,
  // item.manage, inspection-item.manage, law.import); the page lists the types the server allows them.
  'import.use': ['system_admin', 'agency_head'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Capability = keyof typeof CAPABILITIES;

export const can = (roles: readonly RoleName[], capability: Capability) =>
  roles.some((role) => (CAPABILITIES[capability] as readonly RoleName[]).includes(role));
