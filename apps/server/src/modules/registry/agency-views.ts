import { AGENCY_KIND_LABELS, AGENCY_LEVEL_LABELS, type AgencyKind, type AgencyLevel, fieldLabel, notFound } from '@sanxiang/domain';
import { agency, agencyUnit, type Db, region } from '@sanxiang/db';
import { asc } from 'drizzle-orm';

const collator = new Intl.Collator('zh-CN');

export type AgencyRow = typeof agency.$inferSelect;
export type AgencyFilter = { q?: string; regionId?: string; kind?: AgencyKind };

/**
 * Every agency as disclosed (事前公开): the same view for the portal, the console and the public API. The
 * table is small (the agencies of one deployment), so it is read whole and joined here.
 */
export const loadAgencies = async (db: Db) => {
  // One after another: inside a transaction the queries share one connection.
  const agencies = await db.select().from(agency);
  const units = await db.select().from(agencyUnit).orderBy(asc(agencyUnit.name));
  const regions = await db.select().from(region);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const ref = (id: string | null) => {
    const a = id ? byId.get(id) : undefined;
    return a ? { id: a.id, name: a.name } : null;
  };
  const views = agencies.map((a) => {
    const r = regionById.get(a.regionId)!;
    return {
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      kind: a.kind as AgencyKind,
      kindLabel: AGENCY_KIND_LABELS[a.kind as AgencyKind] ?? a.kind,
      entrustingAgency: ref(a.entrustingAgencyId),
      creditCode: a.creditCode,
      level: a.level as AgencyLevel,
      levelLabel: AGENCY_LEVEL_LABELS[a.level as AgencyLevel] ?? a.level,
      parent: ref(a.parentId),
      region: { id: r.id, code: r.code, name: r.name },
      field: a.field,
      fieldLabel: fieldLabel(a.field),
      isSupervisor: a.isSupervisor,
      address: a.address,
      phone: a.phone,
      legalBasis: a.legalBasis,
      units: units.filter((u) => u.agencyId === a.id).map((u) => ({ id: u.id, name: u.name, address: u.address, phone: u.phone })),
      isDemo: a.isDemo,
    };
  });
  // By region (province before its cities), then by pinyin.
  return views.sort((x, y) => x.region.code.localeCompare(y.region.code) || collator.compare(x.name, y.name));
};

export type AgencyView = Awaited<ReturnType<typeof loadAgencies>>[number];

export const listAgencies = async (db: Db, filter: AgencyFilter) => {
  const q = filter.q?.trim().toUpperCase();
  const items = (await loadAgencies(db)).filter(
    (a) =>
      (!q || a.name.toUpperCase().includes(q) || a.shortName.toUpperCase().includes(q) || (a.creditCode ?? '').includes(q)) &&
      (!filter.regionId || a.region.id === filter.regionId) &&
      (!filter.kind || a.kind === filter.kind),
  );
  return { items };
};

export const getAgency = async (db: Db, id: string): Promise<AgencyView> => {
  const found = (await loadAgencies(db)).find((a) => a.id === id);
  if (!found) throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  return found;
};

/** What the history keeps of an agency: its disclosed fields, with the names of the agencies it refers to. */
export const agencySnapshot = (a: AgencyRow, names: { regionName: string; parentName: string | null; entrustingAgencyName: string | null }) => ({
  name: a.name,
  shortName: a.shortName,
  kind: a.kind,
  entrustingAgencyId: a.entrustingAgencyId,
  entrustingAgencyName: names.entrustingAgencyName,
  creditCode: a.creditCode,
  level: a.level,
  parentId: a.parentId,
  parentName: names.parentName,
  regionId: a.regionId,
  regionName: names.regionName,
  field: a.field,
  isSupervisor: a.isSupervisor,
  address: a.address,
  phone: a.phone,
  legalBasis: a.legalBasis,
});

export const unitSnapshot = (u: typeof agencyUnit.$inferSelect, agencyName: string) => ({
  agencyId: u.agencyId,
  agencyName,
  name: u.name,
  address: u.address,
  phone: u.phone,
});
