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
  // 执法决定公示: the agency's case staff publish and withdraw; the unit head or agency head takes a record down on
  // credit repair; the 司法局 watches deadlines; the system admin publishes the annual statistics.
  'disclosure.manage': ['officer', 'unit_head', 'agency_head'],
  'disclosure.remove': ['unit_head', 'agency_head'],
  'disclosure.supervise': ['supervisor'],
  'disclosure.statistics': ['system_admin'],
  'disclosure.configure': ['system_admin'],
  // 证据与音像记录 (server: domain/access/permissions.ts): reading across the agency with 调阅 rules, approvals by the
  // unit or agency head, supervision by the 司法局 and the agency head.
  'evidence.read': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor'],
  'evidence.retrieve-approve': ['unit_head', 'agency_head'],
  'evidence.supervise': ['supervisor', 'agency_head'],
  'evidence.manage': ['agency_head'],
  // 法制审核: the queue and opinions for case staff and supervisors; the catalogue is read widely and edited by the
  // system admin; statistics and staffing for the supervisor (and an agency's head and reviewers for their own).
  'review.read': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor'],
  'review.catalogue.read': ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor', 'system_admin'],
  'review.catalogue.manage': ['system_admin'],
  'review.supervise': ['supervisor', 'agency_head', 'legal_reviewer'],
  // 期限: one's own cases' deadlines; the agency's by unit and officer; the jurisdiction's per agency.
  'deadline.mine': ['officer', 'unit_head', 'agency_head'],
  'deadline.agency': ['unit_head', 'agency_head'],
  'deadline.supervise': ['supervisor'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Capability = keyof typeof CAPABILITIES;

export const can = (roles: readonly RoleName[], capability: Capability) =>
  roles.some((role) => (CAPABILITIES[capability] as readonly RoleName[]).includes(role));
