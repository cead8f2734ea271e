import { itemSnapshot, recordItemChange } from './item-history.ts';
import type { CreateInspectionItemBody, InspectionItemBody } from '@sanxiang/contracts';
import { type Actor, chinaDateOf, checkAccess, conflict, invalid } from '@sanxiang/domain';
import { type Db, inspectionItem } from '@sanxiang/db';
import { and, eq, ne } from 'drizzle-orm';
import { type AgencyRef, agencyForNew, codeTaken, isUniqueViolation } from './agency-scope.ts';
import { inspectionNotFound } from './item-views.ts';
import { resolveLegalBases, storeLegalBases } from './legal-basis.ts';
import type { SaveDeps } from './save-enforcement-item.ts';

const prepare = async (tx: Db, input: InspectionItemBody, today: string) => {
  const methods = [...new Set(input.methods)];
  if (methods.length !== input.methods.length) throw invalid('INSPECTION_METHOD_DUPLICATE', '抽查方式有重复', { field: 'methods' });
  const bases = await resolveLegalBases(tx, input.legalBasis, today);
  return {
    values: {
      code: input.code,
      name: input.name,
      targetType: input.targetType,
      population: input.population,
      ratioBp: input.ratioBp,
      period: input.period,
      methods,
      inspectingBody: input.inspectingBody,
      note: input.note || null,
    },
    bases,
  };
};

const ensureCodeFree = async (tx: Db, ag: AgencyRef, code: string, selfId?: string) => {
  const same = await tx
    .select({ id: inspectionItem.id })
    .from(inspectionItem)
    .where(and(eq(inspectionItem.agencyId, ag.id), eq(inspectionItem.code, code), ...(selfId ? [ne(inspectionItem.id, selfId)] : [])));
  if (same.length) throw codeTaken(code, ag.name);
};

/** 新增随机抽查事项 (双随机、一公开 的抽查事项清单). */
export const createInspectionItem = async (tx: Db, actor: Actor, input: CreateInspectionItemBody, deps: SaveDeps & { isDemo?: boolean }) => {
  const ag = await agencyForNew(tx, actor, 'inspection-item.manage', input.agencyId);
  const { values, bases } = await prepare(tx, input, chinaDateOf(deps.now));
  await ensureCodeFree(tx, ag, values.code);
  try {
    const [row] = await tx
      .insert(inspectionItem)
      .values({ ...values, agencyId: ag.id, isDemo: deps.isDemo ?? false, createdAt: deps.now, createdBy: actor.accountId, updatedAt: deps.now, updatedBy: actor.accountId })
      .returning({ id: inspectionItem.id });
    await storeLegalBases(tx, { inspectionItemId: row.id }, bases);
    await recordItemChange(tx, { entityType: 'inspection_item', id: row.id, kind: 'create', before: null, accountId: actor.accountId, now: deps.now });
    return { id: row.id, agencyId: ag.id };
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(values.code, ag.name);
    throw e;
  }
};

const loadForChange = async (tx: Db, actor: Actor, id: string) => {
  const [row] = await tx.select().from(inspectionItem).where(eq(inspectionItem.id, id));
  if (!row || checkAccess(actor, 'inspection-item.manage', { agencyId: row.agencyId }) !== 'allow') throw inspectionNotFound();
  if (row.withdrawnAt) throw conflict('INSPECTION_ITEM_WITHDRAWN', `随机抽查事项“${row.name}”已取消，不能再修改`);
  return row;
};

export const updateInspectionItem = async (tx: Db, actor: Actor, id: string, input: InspectionItemBody, deps: SaveDeps) => {
  const row = await loadForChange(tx, actor, id);
  const snapshotBefore = await itemSnapshot(tx, 'inspection_item', id);
  const ag = await agencyForNew(tx, actor, 'inspection-item.manage', row.agencyId);
  const { values, bases } = await prepare(tx, input, chinaDateOf(deps.now));
  await ensureCodeFree(tx, ag, values.code, id);
  const changed = (Object.keys(values) as Array<keyof typeof values>).filter((k) => JSON.stringify(values[k]) !== JSON.stringify(row[k]));
  try {
    await tx.update(inspectionItem).set({ ...values, updatedAt: deps.now, updatedBy: actor.accountId }).where(eq(inspectionItem.id, id));
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(values.code, ag.name);
    throw e;
  }
  await storeLegalBases(tx, { inspectionItemId: id }, bases);
  await recordItemChange(tx, { entityType: 'inspection_item', id, kind: 'update', before: snapshotBefore, accountId: actor.accountId, now: deps.now });
  return { id, agencyId: row.agencyId, changed };
};

export const withdrawInspectionItem = async (tx: Db, actor: Actor, id: string, deps: SaveDeps) => {
  const row = await loadForChange(tx, actor, id);
  const snapshotBefore = await itemSnapshot(tx, 'inspection_item', id);
  await tx.update(inspectionItem).set({ withdrawnAt: deps.now, withdrawnBy: actor.accountId, updatedAt: deps.now, updatedBy: actor.accountId }).where(eq(inspectionItem.id, id));
  await recordItemChange(tx, { entityType: 'inspection_item', id, kind: 'withdraw', before: snapshotBefore, accountId: actor.accountId, now: deps.now });
  return { id, agencyId: row.agencyId, code: row.code, name: row.name };
};
