import type { Actor } from '@sanxiang/domain';
import { chinaDateOf, conflict, invalid, notFound } from '@sanxiang/domain';
import { agency, agencyUnit, type Db } from '@sanxiang/db';
import { and, eq, ne } from 'drizzle-orm';
import { unitSnapshot } from './agency-views.ts';
import { effectiveDate, recordChange } from './registry-history.ts';

export type UnitInput = { name?: string; address?: string | null; phone?: string | null; effectiveOn?: string; reason?: string };

const requireAgency = async (tx: Db, agencyId: string) => {
  const [a] = await tx.select().from(agency).where(eq(agency.id, agencyId));
  if (!a) throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  return a;
};

const refuseDuplicateName = async (tx: Db, agencyId: string, name: string, selfId?: string) => {
  const [same] = await tx
    .select({ id: agencyUnit.id })
    .from(agencyUnit)
    .where(and(eq(agencyUnit.agencyId, agencyId), eq(agencyUnit.name, name), selfId ? ne(agencyUnit.id, selfId) : undefined));
  if (same) throw conflict('UNIT_NAME_TAKEN', `本机关已有名为“${name}”的内设机构`);
};

/** 新增内设执法机构 */
export const createUnit = async (tx: Db, actor: Actor, agencyId: string, input: UnitInput & { name: string }, now: Date) => {
  const effectiveOn = effectiveDate(input.effectiveOn, chinaDateOf(now));
  const a = await requireAgency(tx, agencyId);
  await refuseDuplicateName(tx, agencyId, input.name);
  const [unit] = await tx.insert(agencyUnit).values({ agencyId, name: input.name, address: input.address || null, phone: input.phone || null }).returning();
  await recordChange(tx, { entityType: 'agency_unit', entityId: unit.id, kind: 'create', effectiveOn, changedAt: now, changedBy: actor.accountId, reason: input.reason, before: null, after: unitSnapshot(unit, a.name) });
  return unit;
};

/** 变更内设执法机构的名称、地址或电话 */
export const updateUnit = async (tx: Db, actor: Actor, agencyId: string, unitId: string, input: UnitInput, now: Date) => {
  const effectiveOn = effectiveDate(input.effectiveOn, chinaDateOf(now));
  const a = await requireAgency(tx, agencyId);
  const [current] = await tx.select().from(agencyUnit).where(and(eq(agencyUnit.id, unitId), eq(agencyUnit.agencyId, agencyId)));
  if (!current) throw notFound('UNIT_NOT_FOUND', '该执法主体没有这个内设机构');
  const next = {
    ...current,
    name: input.name ?? current.name,
    address: input.address !== undefined ? input.address || null : current.address,
    phone: input.phone !== undefined ? input.phone || null : current.phone,
  };
  const before = unitSnapshot(current, a.name);
  const after = unitSnapshot(next, a.name);
  if (JSON.stringify(before) === JSON.stringify(after)) throw invalid('NOTHING_TO_UPDATE', '没有要修改的内容');
  if (next.name !== current.name) await refuseDuplicateName(tx, agencyId, next.name, unitId);
  await tx.update(agencyUnit).set({ name: next.name, address: next.address, phone: next.phone }).where(eq(agencyUnit.id, unitId));
  await recordChange(tx, { entityType: 'agency_unit', entityId: unitId, kind: 'update', effectiveOn, changedAt: now, changedBy: actor.accountId, reason: input.reason, before, after });
  return next;
};
