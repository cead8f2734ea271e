import {
  type Action,
  type Actor,
  addDays,
  CERTIFICATE_WARNING_DAYS,
  type CertificateStanding,
  certificateStanding,
  checkAccess,
  fieldLabel,
  GENDER_LABELS,
  notFound,
  OFFICER_STATUS_LABELS,
  type OfficerStatus,
  type PlainDate,
  scopesFor,
} from '@sanxiang/domain';
import { account, agency, agencyUnit, type Db, officer } from '@sanxiang/db';
import { and, asc, eq, gt, gte, ilike, inArray, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';

const collator = new Intl.Collator('zh-CN');

export type OfficerRow = typeof officer.$inferSelect;

/** The officers the actor may reach with an action, as one SQL condition: the OR of every scope their roles give. */
export const reachableOfficers = (actor: Actor, action: Action): SQL => {
  const parts = scopesFor(actor.roles, action).map((scope): SQL => {
    switch (scope) {
      case 'own':
        return sql`exists (select 1 from ${account} where ${account.officerId} = ${officer.id} and ${account.id} = ${actor.accountId})`;
      case 'unit':
        return actor.unitId ? and(eq(officer.agencyId, actor.agencyId), eq(officer.unitId, actor.unitId))! : sql`false`;
      case 'agency':
        return eq(officer.agencyId, actor.agencyId);
      case 'jurisdiction':
        return actor.jurisdictionAgencyIds.size ? inArray(officer.agencyId, [...actor.jurisdictionAgencyIds]) : sql`false`;
      case 'global':
        return sql`true`;
    }
  });
  return parts.length ? or(...parts)! : sql`false`;
};

/** The SQL twin of `certificateStanding` (which decides each row's label): used to filter lists by standing. */
export const standingCondition = (standing: CertificateStanding, today: PlainDate): SQL => {
  const soon = addDays(today, CERTIFICATE_WARNING_DAYS);
  const usable = and(eq(officer.status, 'active'), lte(officer.validFrom, today), gte(officer.validTo, today))!;
  switch (standing) {
    case 'revoked':
      return eq(officer.status, 'revoked');
    case 'suspended':
      return eq(officer.status, 'suspended');
    case 'not-yet-valid':
      return and(eq(officer.status, 'active'), gt(officer.validFrom, today))!;
    case 'expired':
      return and(eq(officer.status, 'active'), lte(officer.validFrom, today), lt(officer.validTo, today))!;
    case 'expiring':
      return and(usable, lte(officer.validTo, soon))!;
    case 'valid':
      return and(usable, gt(officer.validTo, soon))!;
  }
};

const columns = { o: officer, agencyName: agency.name, unitName: agencyUnit.name, accountId: account.id, username: account.username };
type Joined = { o: OfficerRow; agencyName: string; unitName: string | null; accountId: string | null; username: string | null };

const joined = (db: Db) =>
  db
    .select(columns)
    .from(officer)
    .innerJoin(agency, eq(agency.id, officer.agencyId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, officer.unitId))
    .leftJoin(account, eq(account.officerId, officer.id));

const fieldsOf = (o: OfficerRow) => o.fields.split(',').filter(Boolean);

export const toOfficerItem = (r: Joined, today: PlainDate) => {
  const s = certificateStanding(r.o, today);
  return {
    id: r.o.id,
    name: r.o.name,
    gender: r.o.gender as 'male' | 'female',
    genderLabel: GENDER_LABELS[r.o.gender as 'male' | 'female'] ?? r.o.gender,
    agencyId: r.o.agencyId,
    agencyName: r.agencyName,
    unitId: r.o.unitId,
    unitName: r.unitName,
    post: r.o.post,
    certificateNo: r.o.certificateNo,
    certificateIssuer: r.o.certificateIssuer,
    fields: fieldsOf(r.o),
    fieldLabels: fieldsOf(r.o).map(fieldLabel),
    validFrom: r.o.validFrom,
    validTo: r.o.validTo,
    status: r.o.status as OfficerStatus,
    statusLabel: OFFICER_STATUS_LABELS[r.o.status as OfficerStatus] ?? r.o.status,
    standing: s.standing,
    standingLabel: s.label,
    daysLeft: s.daysLeft,
    legalQualification: r.o.legalQualification,
    isLegalReviewer: r.o.isLegalReviewer,
    idNumberMasked: r.o.idNumberMasked,
    phoneMasked: r.o.phoneMasked,
    account: r.accountId && r.username ? { id: r.accountId, username: r.username } : null,
    isDemo: r.o.isDemo,
    updatedAt: r.o.updatedAt.toISOString(),
  };
};

export type OfficerItem = ReturnType<typeof toOfficerItem>;

const byPinyin = (a: Joined, b: Joined) => collator.compare(a.agencyName, b.agencyName) || collator.compare(a.o.name, b.o.name) || a.o.certificateNo.localeCompare(b.o.certificateNo);

export type OfficerFilter = { q?: string; agencyId?: string; unitId?: string; status?: OfficerStatus; standing?: CertificateStanding };

/**
 * 执法人员 the actor may read, by agency and name in pinyin order. Pinyin order is the collator's, so the page
 * is cut after sorting; one deployment's officers (thousands) fit comfortably.
 */
export const listOfficers = async (db: Db, actor: Actor, filter: OfficerFilter, page: number, pageSize: number, today: PlainDate) => {
  const c: SQL[] = [reachableOfficers(actor, 'officer.read')];
  const q = filter.q?.trim();
  if (q) c.push(or(ilike(officer.name, `%${q}%`), ilike(officer.certificateNo, `%${q}%`))!);
  if (filter.agencyId) c.push(eq(officer.agencyId, filter.agencyId));
  if (filter.unitId) c.push(eq(officer.unitId, filter.unitId));
  if (filter.status) c.push(eq(officer.status, filter.status));
  if (filter.standing) c.push(standingCondition(filter.standing, today));
  const rows = (await joined(db).where(and(...c))).sort(byPinyin);
  return { items: rows.slice((page - 1) * pageSize, page * pageSize).map((r) => toOfficerItem(r, today)), total: rows.length, page, pageSize };
};

/** An officer the actor may reach with the action, or OFFICER_NOT_FOUND: another agency's officer looks like none. */
export const requireOfficer = async (db: Db, actor: Actor, id: string, action: Action) => {
  const [row] = await joined(db).where(eq(officer.id, id));
  if (!row || checkAccess(actor, action, { agencyId: row.o.agencyId, unitId: row.o.unitId }) !== 'allow') {
    throw notFound('OFFICER_NOT_FOUND', '没有这个执法人员');
  }
  return row;
};

/** 执法证件到期提醒: certificates that expire within `days` or have expired and were not revoked, soonest first. */
export const expiringOfficers = async (db: Db, actor: Actor, days: number, today: PlainDate, agencyId?: string) => {
  const rows = await joined(db)
    .where(
      and(
        reachableOfficers(actor, 'officer.read'),
        ne(officer.status, 'revoked'),
        lte(officer.validTo, addDays(today, days)),
        agencyId ? eq(officer.agencyId, agencyId) : undefined,
      ),
    )
    .orderBy(asc(officer.validTo));
  return { today, days, items: rows.sort((a, b) => a.o.validTo.localeCompare(b.o.validTo) || byPinyin(a, b)).map((r) => toOfficerItem(r, today)) };
};

export const officerSnapshot = (o: OfficerRow, names: { agencyName: string; unitName: string | null; accountId: string | null; accountUsername: string | null }) => ({
  name: o.name,
  gender: o.gender,
  agencyId: o.agencyId,
  agencyName: names.agencyName,
  unitId: o.unitId,
  unitName: names.unitName,
  post: o.post,
  certificateNo: o.certificateNo,
  certificateIssuer: o.certificateIssuer,
  fields: fieldsOf(o),
  validFrom: o.validFrom,
  validTo: o.validTo,
  status: o.status,
  legalQualification: o.legalQualification,
  isLegalReviewer: o.isLegalReviewer,
  idNumberMasked: o.idNumberMasked,
  phoneMasked: o.phoneMasked,
  accountId: names.accountId,
  accountUsername: names.accountUsername,
});

/** An officer's snapshot as stored now (names looked up in the same transaction). */
export const currentSnapshot = async (db: Db, id: string) => {
  const [r] = await joined(db).where(eq(officer.id, id));
  return officerSnapshot(r.o, { agencyName: r.agencyName, unitName: r.unitName, accountId: r.accountId, accountUsername: r.username });
};
