import type { Actor, AgencyKind, AgencyLevel } from '@sanxiang/domain';
import { chinaDateOf, conflict } from '@sanxiang/domain';
import { agency, agencyUnit, type Db } from '@sanxiang/db';
import { checkAgency, normalizeCreditCode } from './agency-checks.ts';
import { agencySnapshot, unitSnapshot } from './agency-views.ts';
import { effectiveDate, isUniqueViolation, recordChange } from './registry-history.ts';

export type CreateAgencyInput = {
  name: string;
  shortName: string;
  kind: AgencyKind;
  entrustingAgencyId?: string | null;
  creditCode: string;
  level: AgencyLevel;
  parentId?: string | null;
  regionId: string;
  field: string;
  isSupervisor: boolean;
  address?: string;
  phone?: string;
  legalBasis?: string;
  units: Array<{ name: string; address?: string; phone?: string }>;
  effectiveOn?: string;
  reason?: string;
};

/** 登记执法主体 with its internal units; the registration and every unit enter the registry history. */
export const createAgency = async (tx: Db, actor: Actor, input: CreateAgencyInput, now: Date) => {
  const effectiveOn = effectiveDate(input.effectiveOn, chinaDateOf(now));
  const values = {
    name: input.name,
    shortName: input.shortName,
    kind: input.kind,
    entrustingAgencyId: input.entrustingAgencyId ?? null,
    creditCode: normalizeCreditCode(input.creditCode),
    level: input.level,
    parentId: input.parentId ?? null,
    regionId: input.regionId,
    field: input.field,
  };
  const names = await checkAgency(tx, null, values);
  const unitNames = input.units.map((u) => u.name);
  if (new Set(unitNames).size !== unitNames.length) throw conflict('UNIT_NAME_TAKEN', '内设机构名称重复');
  let created: typeof agency.$inferSelect;
  try {
    [created] = await tx
      .insert(agency)
      .values({ ...values, isSupervisor: input.isSupervisor, address: input.address || null, phone: input.phone || null, legalBasis: input.legalBasis || null })
      .returning();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('AGENCY_NAME_TAKEN', '执法主体名称或统一社会信用代码已被登记');
    throw e;
  }
  const change = { effectiveOn, changedAt: now, changedBy: actor.accountId, reason: input.reason };
  await recordChange(tx, { ...change, entityType: 'agency', entityId: created.id, kind: 'create', before: null, after: agencySnapshot(created, names) });
  for (const u of input.units) {
    const [unit] = await tx.insert(agencyUnit).values({ agencyId: created.id, name: u.name, address: u.address || null, phone: u.phone || null }).returning();
    await recordChange(tx, { ...change, entityType: 'agency_unit', entityId: unit.id, kind: 'create', before: null, after: unitSnapshot(unit, created.name) });
  }
  return created;
};
