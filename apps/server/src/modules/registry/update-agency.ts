import type { Actor, AgencyKind, AgencyLevel } from '@sanxiang/domain';
import { chinaDateOf, conflict, invalid, notFound } from '@sanxiang/domain';
import { agency, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { checkAgency, normalizeCreditCode, snapshotOf } from './agency-checks.ts';
import { agencySnapshot } from './agency-views.ts';
import { effectiveDate, isUniqueViolation, recordChange } from './registry-history.ts';

export type UpdateAgencyInput = {
  name?: string;
  shortName?: string;
  kind?: AgencyKind;
  entrustingAgencyId?: string | null;
  creditCode?: string;
  level?: AgencyLevel;
  parentId?: string | null;
  regionId?: string;
  field?: string;
  isSupervisor?: boolean;
  address?: string | null;
  phone?: string | null;
  legalBasis?: string | null;
  effectiveOn?: string;
  reason?: string;
};

// An omitted field keeps its value; null or an empty string clears it.
const orCurrent = (v: string | null | undefined, current: string | null) => (v === undefined ? current : v || null);

/** 变更执法主体信息: the same checks as registration, and the before/after kept with the effective date. */
export const updateAgency = async (tx: Db, actor: Actor, id: string, input: UpdateAgencyInput, now: Date) => {
  const effectiveOn = effectiveDate(input.effectiveOn, chinaDateOf(now));
  const [current] = await tx.select().from(agency).where(eq(agency.id, id)).for('update');
  if (!current) throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  const kind = input.kind ?? (current.kind as AgencyKind);
  // Leaving 委托 drops the entrusting agency unless the request says otherwise.
  const entrustingAgencyId = input.entrustingAgencyId !== undefined ? input.entrustingAgencyId : kind === 'entrusted' ? current.entrustingAgencyId : null;
  const next = {
    ...current,
    name: input.name ?? current.name,
    shortName: input.shortName ?? current.shortName,
    kind,
    entrustingAgencyId,
    creditCode: input.creditCode !== undefined ? normalizeCreditCode(input.creditCode) : current.creditCode,
    level: input.level ?? current.level,
    parentId: input.parentId !== undefined ? input.parentId : current.parentId,
    regionId: input.regionId ?? current.regionId,
    field: input.field ?? current.field,
    isSupervisor: input.isSupervisor ?? current.isSupervisor,
    address: orCurrent(input.address, current.address),
    phone: orCurrent(input.phone, current.phone),
    legalBasis: orCurrent(input.legalBasis, current.legalBasis),
  };
  const before = await snapshotOf(tx, current);
  const names = await checkAgency(tx, id, next);
  const after = agencySnapshot(next, names);
  if (JSON.stringify(before) === JSON.stringify(after)) throw invalid('NOTHING_TO_UPDATE', '没有要修改的内容');
  const { id: _id, createdAt: _c, isDemo: _d, ...changes } = next;
  try {
    await tx.update(agency).set(changes).where(eq(agency.id, id));
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('AGENCY_NAME_TAKEN', '执法主体名称或统一社会信用代码已被登记');
    throw e;
  }
  await recordChange(tx, { entityType: 'agency', entityId: id, kind: 'update', effectiveOn, changedAt: now, changedBy: actor.accountId, reason: input.reason, before, after });
  return id;
};
