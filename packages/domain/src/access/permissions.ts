import { type Role } from './roles.ts';

/**
 * How far an allowed action reaches:
 * - own: objects the actor handles (their cases);
 * - unit: objects of the actor's internal unit;
 * - agency: objects of the actor's agency;
 * - jurisdiction: objects of every agency in the supervising 司法局's region (read only);
 * - global: the whole deployment (admin functions that hold no business data).
 */
export type Scope = 'own' | 'unit' | 'agency' | 'jurisdiction' | 'global';

/**
 * THE permission table: role x action x scope. Every use case asks `scopeFor`/`checkAccess` with its action;
 * nothing else grants access. An action missing here is refused to everyone.
 */
export const PERMISSIONS = {
  // Configuration (系统管理员): no business data.
  'calendar.edit': { system_admin: 'global' },
  // 法律法规库: reading is public; importing a text or a new version is configuration.
  'law.import': { system_admin: 'global' },
  'account.read': { system_admin: 'global', security_admin: 'global', agency_head: 'agency' },
  'account.create': { system_admin: 'global' },
  'account.update': { system_admin: 'global' },
  // Grants and policies (安全管理员).
  'role.grant': { security_admin: 'global' },
  'policy.read': { security_admin: 'global', system_admin: 'global' },
  'policy.edit': { security_admin: 'global' },
  'session.revoke-any': { security_admin: 'global' },
  'account.unlock': { security_admin: 'global' },
  // Audit (审计管理员): reads audit only.
  'audit.read': { audit_admin: 'global' },
  'audit.export': { audit_admin: 'global' },
  // Inclusion proofs of internal records (audit entries) reveal their content.
  'ledger.proof-internal': { audit_admin: 'global' },
  // Business data.
  'agency.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction' },
  // 执法人员名录: the system admin keeps the register (disclosed information, no case data); an agency head
  // keeps their own agency's officers. Revoking, suspending and certificate dates are part of managing.
  'officer.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction', system_admin: 'global' },
  'officer.manage': { system_admin: 'global', agency_head: 'agency' },
  // 执法主体 and their internal units: read publicly (事前公开); only the system admin changes them.
  'agency.manage': { system_admin: 'global' },
  'party.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction' },
  'party.create': { officer: 'agency', unit_head: 'agency' },
  'party.read-sensitive': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency' },
  'case.read': { officer: 'own', unit_head: 'unit', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction' },
  'case.create': { officer: 'agency', unit_head: 'agency' },
  'case.act': { officer: 'own', unit_head: 'unit', agency_head: 'agency' },
  // The configurable numbers of the case procedure (陈述申辩期限, 听证的较大数额, 办案期限延长…) per agency.
  'case-rules.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction', system_admin: 'global' },
  'case-rules.manage': { system_admin: 'global' },
  // 权责清单 (执法事项) and 随机抽查事项清单: published on the portal; in the console staff read their agency's,
  // supervisors their jurisdiction's; the agency head keeps their agency's lists, the system admin any agency's.
  'item.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction', system_admin: 'global' },
  'item.manage': { agency_head: 'agency', system_admin: 'global' },
  'inspection-item.manage': { agency_head: 'agency', system_admin: 'global' },
  // 更新期限: a change of an agency's duties is declared by the agency (or the system admin); supervisors watch
  // the review deadlines of their jurisdiction; only the agency itself confirms its review.
  'agency.duties-change': { agency_head: 'agency', system_admin: 'global' },
  'review-flag.read': { agency_head: 'agency', supervisor: 'jurisdiction', system_admin: 'global' },
  'review-flag.resolve': { agency_head: 'agency' },
  // 事后公开: the agency's case staff prepare, preview, publish and withdraw its decision records; taking a record
  // down early on credit repair is for the unit head or agency head; the 司法局 watches deadlines (read only);
  // the annual statistics are compiled from aggregates by the system admin's button (and a job).
  'disclosure.manage': { officer: 'agency', unit_head: 'agency', agency_head: 'agency' },
  'disclosure.remove': { unit_head: 'agency', agency_head: 'agency' },
  'disclosure.supervise': { supervisor: 'jurisdiction' },
  'disclosure.statistics': { system_admin: 'global' },
  // The party display rule (姓 + 某 or full name) is configuration, set once for the deployment by the system admin.
  'disclosure.configure': { system_admin: 'global' },
  // 证据与音像记录: the case's handlers add evidence; reading reaches the agency (and the supervisor's jurisdiction),
  // but a reader who does not handle the case states a purpose first (调阅监督, domain/evidence/retrieval.ts).
  'evidence.create': { officer: 'own', unit_head: 'unit' },
  'evidence.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction' },
  // Restricted items and parties' access requests are approved by the unit head or the agency head.
  'evidence.retrieve-approve': { unit_head: 'unit', agency_head: 'agency' },
  // Retention class, legal hold and deletion requests are the agency's decisions.
  'evidence.manage': { agency_head: 'agency' },
  // Every retrieval and integrity alarm is visible to supervisors (司法局) of the jurisdiction and the agency head.
  'evidence.supervise': { supervisor: 'jurisdiction', agency_head: 'agency' },
  // The retention table and 调阅 numbers are configuration (national defaults; a province's own values).
  'evidence.configure': { system_admin: 'global' },
  // 期限: everyone who handles cases sees their own cases' deadlines; the unit head and agency head see their
  // unit's / agency's by officer; the 司法局 sees overdue counts per agency. Running the reminder job by hand is
  // operations (it only writes reminders to the people concerned).
  'deadline.mine': { officer: 'own', unit_head: 'own', agency_head: 'own' },
  'deadline.agency': { unit_head: 'unit', agency_head: 'agency' },
  'deadline.supervise': { supervisor: 'jurisdiction' },
  'deadline.remind': { system_admin: 'global' },
  // 重大执法决定法制审核 (处罚法 第五十八条): the case's lead submits (scope as for case acts); the head of the legal unit
  // or the agency head assigns a reviewer; legal reviewers of the agency write opinions; the queue and opinions are read
  // by the agency's case staff and the supervisors; the catalogue is configuration (system admin).
  'review.submit': { officer: 'own', unit_head: 'unit', agency_head: 'agency' },
  'review.assign': { unit_head: 'agency', agency_head: 'agency' },
  'review.opine': { legal_reviewer: 'agency' },
  'review.escalate': { officer: 'own', unit_head: 'unit', legal_reviewer: 'agency', agency_head: 'agency' },
  'review.coordinate': { agency_head: 'agency' },
  'review.extend': { unit_head: 'agency', agency_head: 'agency' },
  'review.read': { officer: 'own', unit_head: 'unit', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction' },
  'review.catalogue.read': { officer: 'agency', unit_head: 'agency', legal_reviewer: 'agency', agency_head: 'agency', supervisor: 'jurisdiction', system_admin: 'global' },
  'review.catalogue.manage': { system_admin: 'global' },
  'review.supervise': { supervisor: 'jurisdiction', agency_head: 'agency', legal_reviewer: 'agency' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

const SCOPE_RANK: Record<Scope, number> = { own: 0, unit: 1, agency: 2, jurisdiction: 3, global: 4 };

/** The widest scope any of the actor's roles gives for the action, or undefined when none allows it. */
export const scopeFor = (roles: readonly Role[], action: Action): Scope | undefined => {
  const grants = PERMISSIONS[action] as Partial<Record<Role, Scope>>;
  let best: Scope | undefined;
  for (const role of roles) {
    const scope = grants[role];
    if (scope && (!best || SCOPE_RANK[scope] > SCOPE_RANK[best])) best = scope;
  }
  return best;
};

/** Every scope the actor's roles give for the action: list queries combine them with OR. */
export const scopesFor = (roles: readonly Role[], action: Action): Scope[] => {
  const grants = PERMISSIONS[action] as Partial<Record<Role, Scope>>;
  return [...new Set(roles.map((r) => grants[r]).filter((s): s is Scope => Boolean(s)))];
};

export type Actor = {
  accountId: string;
  agencyId: string;
  unitId: string | null;
  roles: readonly Role[];
  /** Agencies a supervisor watches: those in its region and below (empty for everyone else). */
  jurisdictionAgencyIds: ReadonlySet<string>;
};

/** Where an object sits, as far as access is concerned. */
export type ObjectPlace = { agencyId: string; unitId?: string | null; handlerAccountIds?: readonly string[] };

/**
 * allow: go ahead; deny: the actor has no right to this action at all (403);
 * hidden: the right exists but not over this object, which must look as if it did not exist (404).
 */
export type AccessDecision = 'allow' | 'deny' | 'hidden';

export const checkAccess = (actor: Actor, action: Action, place?: ObjectPlace): AccessDecision => {
  const scope = scopeFor(actor.roles, action);
  if (!scope) return 'deny';
  if (!place || scope === 'global') return 'allow';
  return placeWithinScope(actor, action, place) ? 'allow' : 'hidden';
};

// Roles can give different scopes for one action; the object is reachable if any of them reaches it.
const placeWithinScope = (actor: Actor, action: Action, place: ObjectPlace): boolean => {
  const grants = PERMISSIONS[action] as Partial<Record<Role, Scope>>;
  return actor.roles.some((role) => {
    const scope = grants[role];
    switch (scope) {
      case undefined:
        return false;
      case 'global':
        return true;
      case 'jurisdiction':
        return actor.jurisdictionAgencyIds.has(place.agencyId);
      case 'agency':
        return place.agencyId === actor.agencyId;
      case 'unit':
        return place.agencyId === actor.agencyId && Boolean(actor.unitId) && place.unitId === actor.unitId;
      case 'own':
        return place.agencyId === actor.agencyId && (place.handlerAccountIds ?? []).includes(actor.accountId);
    }
  });
};

/** Supervisors read; they never change business data. */
export const READ_ONLY_ROLES: readonly Role[] = ['supervisor', 'audit_admin'];
