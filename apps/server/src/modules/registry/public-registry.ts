import { certificateStanding, chinaDateOf, fieldLabel, GENDER_LABELS, PUBLIC_STANDING_LABELS, type PlainDate } from '@sanxiang/domain';
import { agency, agencyUnit, type Db, officer } from '@sanxiang/db';
import { and, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import { listAgencies } from './agency-views.ts';

const collator = new Intl.Collator('zh-CN');

// The allowlist of what the public sees of an officer (事前公开: name, gender, post, 执法证号). ID number, phone,
// account and the verification token are never selected here, so they cannot leak into a page.
const publicColumns = {
  name: officer.name,
  gender: officer.gender,
  post: officer.post,
  agencyId: officer.agencyId,
  agencyName: agency.name,
  unitName: agencyUnit.name,
  certificateNo: officer.certificateNo,
  certificateIssuer: officer.certificateIssuer,
  fields: officer.fields,
  validFrom: officer.validFrom,
  validTo: officer.validTo,
  status: officer.status,
};
type PublicRow = Awaited<ReturnType<typeof fromOfficers>>[number];

const publicItem = (r: PublicRow) => ({
  name: r.name,
  genderLabel: GENDER_LABELS[r.gender as 'male' | 'female'] ?? '',
  post: r.post,
  agencyId: r.agencyId,
  agencyName: r.agencyName,
  unitName: r.unitName,
  certificateNo: r.certificateNo,
  fieldLabels: r.fields.split(',').filter(Boolean).map(fieldLabel),
  validTo: r.validTo,
});

const fromOfficers = (db: Db) =>
  db.select(publicColumns).from(officer).innerJoin(agency, eq(agency.id, officer.agencyId)).leftJoin(agencyUnit, eq(agencyUnit.id, officer.unitId));

export type PublicOfficerQuery = { q?: string; agencyId?: string; page: number; pageSize: number };

/**
 * 执法人员名单 as published: the officers who may act today (active, within the certificate's dates; 处罚法
 * 第四十二条), in pinyin order of name. Anyone meeting someone who is not on it can ask why.
 */
export const publicOfficers = async (db: Db, query: PublicOfficerQuery, today: PlainDate) => {
  const c: SQL[] = [eq(officer.status, 'active'), lte(officer.validFrom, today), gte(officer.validTo, today)];
  const q = query.q?.trim();
  if (q) c.push(or(ilike(officer.name, `%${q}%`), ilike(officer.certificateNo, `%${q}%`))!);
  if (query.agencyId) c.push(eq(officer.agencyId, query.agencyId));
  const rows = (await fromOfficers(db).where(and(...c))).sort(
    (a, b) => collator.compare(a.name, b.name) || collator.compare(a.agencyName, b.agencyName) || a.certificateNo.localeCompare(b.certificateNo),
  );
  const items = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map(publicItem);
  return { items, total: rows.length, page: query.page, pageSize: query.pageSize };
};

// The token is 32 lower-case hex digits (a random UUID's 122 bits); anything else is not looked up at all.
export const VERIFY_TOKEN = /^[0-9a-f]{32}$/;

/** 亮证核验: the certificate behind a QR code and how it stands today, or null for an unknown or forged token. */
export const verifyOfficer = async (db: Db, token: string, today: PlainDate) => {
  if (!VERIFY_TOKEN.test(token)) return null;
  const [r] = await fromOfficers(db).where(eq(officer.verifyToken, token));
  if (!r) return null;
  const s = certificateStanding(r, today);
  return {
    ...publicItem(r),
    certificateIssuer: r.certificateIssuer,
    validFrom: r.validFrom,
    standing: s.standing,
    standingLabel: PUBLIC_STANDING_LABELS[s.standing],
    today,
  };
};

/** What the portal's registry pages read: the same views the public API answers with. */
export const registryReaderFor = (db: Db, clock: () => Date) => ({
  today: () => chinaDateOf(clock()),
  agencies: async () => (await listAgencies(db, {})).items,
  agency: async (id: string) => (await listAgencies(db, {})).items.find((a) => a.id === id) ?? null,
  officers: (query: PublicOfficerQuery) => publicOfficers(db, query, chinaDateOf(clock())),
  verify: (token: string) => verifyOfficer(db, token, chinaDateOf(clock())),
});
