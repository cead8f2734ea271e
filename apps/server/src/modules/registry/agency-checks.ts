import { type AgencyKind, checkEntrustment, conflict, ENFORCEMENT_FIELDS, invalid, parentCycle, validateCreditCode } from '@sanxiang/domain';
import { agency, type Db, region } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { type AgencyRow, agencySnapshot } from './agency-views.ts';

export type AgencyValues = {
  name: string;
  shortName: string;
  kind: AgencyKind;
  entrustingAgencyId: string | null;
  creditCode: string | null;
  level: string;
  parentId: string | null;
  regionId: string;
  field: string;
};

/** 统一社会信用代码 as stored: upper case, no spaces. The domain validator names what is wrong. */
export const normalizeCreditCode = (input: string) => {
  const code = input.replace(/\s+/g, '').toUpperCase();
  const result = validateCreditCode(code);
  if (!result.valid) throw invalid('CREDIT_CODE_INVALID', `统一社会信用代码“${input.trim()}”无效：${result.reason}`);
  return code;
};

/**
 * Everything an agency must satisfy before it is stored: a known field, a unique name and credit code, an
 * existing region, a parent that closes no loop, and the entrustment rule (行政处罚法 第二十条).
 */
export const checkAgency = async (tx: Db, selfId: string | null, v: AgencyValues) => {
  if (!(ENFORCEMENT_FIELDS as string[]).includes(v.field)) throw invalid('FIELD_UNKNOWN', `未知的执法领域“${v.field}”`);
  const all = await tx.select().from(agency);
  const others = all.filter((a) => a.id !== selfId);
  const sameName = others.find((a) => a.name === v.name);
  if (sameName) throw conflict('AGENCY_NAME_TAKEN', `已有名为“${v.name}”的执法主体`);
  if (v.creditCode) {
    const sameCode = others.find((a) => a.creditCode === v.creditCode);
    if (sameCode) throw conflict('CREDIT_CODE_TAKEN', `统一社会信用代码 ${v.creditCode} 已登记为“${sameCode.name}”`);
  }
  const [r] = await tx.select().from(region).where(eq(region.id, v.regionId));
  if (!r) throw invalid('REGION_NOT_FOUND', '管辖区域不存在');
  const byId = new Map(all.map((a) => [a.id, a]));
  let parentName: string | null = null;
  if (v.parentId) {
    const parent = byId.get(v.parentId);
    if (!parent) throw invalid('PARENT_AGENCY_NOT_FOUND', '上级机关不存在');
    parentName = parent.name;
    if (selfId) {
      const loop = parentCycle(selfId, v.parentId, new Map(all.map((a) => [a.id, a.parentId])));
      if (loop) {
        const names = loop.map((id) => byId.get(id)?.name ?? id);
        throw conflict('AGENCY_PARENT_CYCLE', `上级机关设置会形成循环：${names.join(' → ')}`);
      }
    }
  }
  const entrusting = v.entrustingAgencyId ? byId.get(v.entrustingAgencyId) : undefined;
  checkEntrustment({ selfId: selfId ?? undefined, kind: v.kind, entrustingAgencyId: v.entrustingAgencyId, entrusting: entrusting ?? null });
  if (selfId && v.kind === 'entrusted') {
    const entrustees = others.filter((a) => a.entrustingAgencyId === selfId);
    if (entrustees.length) {
      throw invalid('ENTRUSTING_AGENCY_INVALID', `${entrustees.map((a) => a.name).join('、')}受本机关委托，本机关不能改为受委托组织（行政处罚法第二十条）`);
    }
  }
  return { regionName: r.name, parentName, entrustingAgencyName: entrusting?.name ?? null };
};

export const snapshotOf = async (tx: Db, a: AgencyRow) => {
  const [r] = await tx.select({ name: region.name }).from(region).where(eq(region.id, a.regionId));
  const nameOf = async (id: string | null) => (id ? ((await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, id)))[0]?.name ?? null) : null);
  return agencySnapshot(a, { regionName: r?.name ?? '', parentName: await nameOf(a.parentId), entrustingAgencyName: await nameOf(a.entrustingAgencyId) });
};
