import { itemSnapshot, recordItemChange } from './item-history.ts';
import type { CreateEnforcementItemBody, EnforcementItemBody } from '@sanxiang/contracts';
import {
  type Actor,
  assertProcedureAllowed,
  chinaDateOf,
  checkAccess,
  conflict,
  DEFAULT_TIME_LIMITS,
  defaultRemedies,
  invalid,
  type ItemTimeLimit,
  type PenaltySpec,
  validatePenalties,
  validateRemedies,
  validateTimeLimit,
} from '@sanxiang/domain';
import { type Db, enforcementItem } from '@sanxiang/db';
import { and, eq, ne } from 'drizzle-orm';
import { type AgencyRef, agencyForNew, codeTaken, isUniqueViolation } from './agency-scope.ts';
import { itemNotFound } from './item-views.ts';
import { resolveLegalBases, storeLegalBases } from './legal-basis.ts';

export type SaveDeps = { now: Date };

/** Default 救济渠道 of an agency: its people's government (行政复议法 第二十四条) and the local basic court. */
const remediesFor = (ag: AgencyRef) =>
  defaultRemedies(`${ag.regionName}人民政府`, ag.regionLevel === 'county' ? `${ag.regionName}人民法院` : `${ag.regionName}有管辖权的基层人民法院`);

const GUIDE_FIELDS = { acceptingBody: '受理机构', approvingBody: '审批机构', conditions: '受理条件' } as const;

/**
 * Validates an item as a whole (penalties and their money, 简易程序 per 处罚法 第五十一条, time limit, remedies,
 * service guide of a licensing item) and resolves its legal bases; returns the row values and the bases.
 */
const prepare = async (tx: Db, input: EnforcementItemBody, ag: AgencyRef, today: string) => {
  const penalties = input.penalties as PenaltySpec[];
  validatePenalties(input.kind, penalties, input.targetTypes);
  assertProcedureAllowed(input.kind, input.procedure, penalties, input.targetTypes);
  validateTimeLimit(input.timeLimit);
  if (input.kind === 'licensing') {
    const missing: string[] = (Object.keys(GUIDE_FIELDS) as Array<keyof typeof GUIDE_FIELDS>).filter((k) => !input.guide[k]?.trim()).map((k) => GUIDE_FIELDS[k]);
    if (input.guide.materials.length === 0) missing.push('申请材料');
    if (missing.length) throw invalid('GUIDE_INCOMPLETE', `行政许可事项的服务指南须写明${missing.join('、')}`, { field: 'guide', missing });
  }
  const remedies = input.remedies ?? remediesFor(ag);
  validateRemedies(remedies);
  // 简易程序 decides on the spot: the 90 days of 处罚法 第六十条 are not its time limit.
  const fallback = input.procedure === 'simple' ? undefined : DEFAULT_TIME_LIMITS[input.kind];
  const timeLimit: ItemTimeLimit | null = input.timeLimit ?? (fallback ? { statutoryDays: fallback.statutoryDays, dayKind: fallback.dayKind } : null);
  const bases = await resolveLegalBases(tx, input.legalBasis, today);
  const values = {
    code: input.code,
    name: input.name,
    kind: input.kind,
    procedure: input.procedure,
    targetTypes: [...input.targetTypes].sort(),
    penalties: penalties.map((p) => ({ ...p })),
    legalReview: input.legalReview,
    timeLimit,
    remedies,
    guide: input.guide,
  };
  return { values, bases };
};

const ensureCodeFree = async (tx: Db, ag: AgencyRef, code: string, selfId?: string) => {
  const same = await tx
    .select({ id: enforcementItem.id })
    .from(enforcementItem)
    .where(and(eq(enforcementItem.agencyId, ag.id), eq(enforcementItem.code, code), ...(selfId ? [ne(enforcementItem.id, selfId)] : [])));
  if (same.length) throw codeTaken(code, ag.name);
};

/** 新增执法事项: the agency head for their agency, the system admin for any agency. */
export const createEnforcementItem = async (tx: Db, actor: Actor, input: CreateEnforcementItemBody, deps: SaveDeps & { isDemo?: boolean }) => {
  const today = chinaDateOf(deps.now);
  const ag = await agencyForNew(tx, actor, 'item.manage', input.agencyId);
  const { values, bases } = await prepare(tx, input, ag, today);
  await ensureCodeFree(tx, ag, values.code);
  try {
    const [row] = await tx
      .insert(enforcementItem)
      .values({ ...values, agencyId: ag.id, isDemo: deps.isDemo ?? false, createdAt: deps.now, createdBy: actor.accountId, updatedAt: deps.now, updatedBy: actor.accountId })
      .returning({ id: enforcementItem.id });
    await storeLegalBases(tx, { enforcementItemId: row.id }, bases);
    await recordItemChange(tx, { entityType: 'enforcement_item', id: row.id, kind: 'create', before: null, accountId: actor.accountId, now: deps.now });
    return { id: row.id, agencyId: ag.id, citations: bases.map((b) => b.citation) };
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(values.code, ag.name);
    throw e;
  }
};

const loadForChange = async (tx: Db, actor: Actor, id: string) => {
  const [row] = await tx.select().from(enforcementItem).where(eq(enforcementItem.id, id));
  if (!row || checkAccess(actor, 'item.manage', { agencyId: row.agencyId }) !== 'allow') throw itemNotFound();
  if (row.withdrawnAt) throw conflict('ITEM_WITHDRAWN', `执法事项“${row.name}”已取消，不能再修改`);
  return row;
};

/** 修改执法事项 (整体提交): legal bases are checked again against the versions in force today. */
export const updateEnforcementItem = async (tx: Db, actor: Actor, id: string, input: EnforcementItemBody, deps: SaveDeps) => {
  const today = chinaDateOf(deps.now);
  const row = await loadForChange(tx, actor, id);
  const snapshotBefore = await itemSnapshot(tx, 'enforcement_item', id);
  const ag = await agencyForNew(tx, actor, 'item.manage', row.agencyId);
  const { values, bases } = await prepare(tx, input, ag, today);
  await ensureCodeFree(tx, ag, values.code, id);
  const before = { ...row };
  const changed = (Object.keys(values) as Array<keyof typeof values>).filter((k) => JSON.stringify(values[k]) !== JSON.stringify(before[k]));
  try {
    await tx.update(enforcementItem).set({ ...values, updatedAt: deps.now, updatedBy: actor.accountId }).where(eq(enforcementItem.id, id));
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(values.code, ag.name);
    throw e;
  }
  await storeLegalBases(tx, { enforcementItemId: id }, bases);
  await recordItemChange(tx, { entityType: 'enforcement_item', id, kind: 'update', before: snapshotBefore, accountId: actor.accountId, now: deps.now });
  return { id, agencyId: row.agencyId, changed, citations: bases.map((b) => b.citation) };
};

/** 取消执法事项: the row and its code stay (history, flags); it leaves the published list. */
export const withdrawEnforcementItem = async (tx: Db, actor: Actor, id: string, deps: SaveDeps) => {
  const row = await loadForChange(tx, actor, id);
  const snapshotBefore = await itemSnapshot(tx, 'enforcement_item', id);
  await tx.update(enforcementItem).set({ withdrawnAt: deps.now, withdrawnBy: actor.accountId, updatedAt: deps.now, updatedBy: actor.accountId }).where(eq(enforcementItem.id, id));
  await recordItemChange(tx, { entityType: 'enforcement_item', id, kind: 'withdraw', before: snapshotBefore, accountId: actor.accountId, now: deps.now });
  return { id, agencyId: row.agencyId, code: row.code, name: row.name };
};
