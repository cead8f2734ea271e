import type { EnforcementItemDetail, EnforcementItemSummary, InspectionItemView } from '@sanxiang/contracts';
import {
  type Action,
  type Actor,
  checkAccess,
  checkSimpleProcedure,
  describeTimeLimit,
  formatFineRange,
  formatRatio,
  INSPECTION_METHOD_LABELS,
  INSPECTION_PERIOD_LABELS,
  type InspectionMethod,
  type InspectionPeriod,
  ITEM_KIND_LABELS,
  type ItemKind,
  type ItemProcedure,
  notFound,
  ON_THE_SPOT,
  PENALTY_KIND_LABELS,
  type PenaltyKind,
  type PenaltySpec,
  PROCEDURE_LABELS,
  remedyText,
  scopesFor,
  TARGET_TYPE_LABELS,
  type TargetType,
} from '@sanxiang/domain';
import { agency, type Db, enforcementItem, inspectionItem, itemLegalBasis, law, lawVersion, reviewFlag } from '@sanxiang/db';
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { articleAnchor, versionDatesOf, versionInForce } from '../laws/law-queries.ts';

const collator = new Intl.Collator('zh-CN');
export type EnforcementItemRow = typeof enforcementItem.$inferSelect;
export type InspectionItemRow = typeof inspectionItem.$inferSelect;

/** The rows of an agency-owned table the actor may reach with an action: the OR of every scope their roles give. */
export const reachableAgencies = (actor: Actor, action: Action, column: typeof enforcementItem.agencyId | typeof inspectionItem.agencyId | typeof reviewFlag.agencyId): SQL => {
  const parts = scopesFor(actor.roles, action).map((scope): SQL => {
    switch (scope) {
      case 'own':
      case 'unit':
      case 'agency':
        return eq(column, actor.agencyId);
      case 'jurisdiction':
        return actor.jurisdictionAgencyIds.size ? inArray(column, [...actor.jurisdictionAgencyIds]) : sql`false`;
      case 'global':
        return sql`true`;
    }
  });
  return parts.length ? or(...parts)! : sql`false`;
};

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const short = (title: string) => title.replace(/^中华人民共和国/u, '');

type BasisView = EnforcementItemDetail['legalBasis'][number];

/** Legal bases of the given items, each linked to its article on the portal's law page. */
export const basesOf = async (db: Db, ids: { enforcement?: string[]; inspection?: string[] }, today: string): Promise<Map<string, BasisView[]>> => {
  const where: SQL[] = [];
  if (ids.enforcement?.length) where.push(inArray(itemLegalBasis.enforcementItemId, ids.enforcement));
  if (ids.inspection?.length) where.push(inArray(itemLegalBasis.inspectionItemId, ids.inspection));
  const result = new Map<string, BasisView[]>();
  if (where.length === 0) return result;
  const rows = await db
    .select({ b: itemLegalBasis, lawTitle: law.title, adoptedOn: lawVersion.adoptedOn })
    .from(itemLegalBasis)
    .innerJoin(law, eq(law.id, itemLegalBasis.lawId))
    .innerJoin(lawVersion, eq(lawVersion.id, itemLegalBasis.lawVersionId))
    .where(or(...where))
    .orderBy(asc(itemLegalBasis.position));
  const versions = await versionDatesOf(db, [...new Set(rows.map((r) => r.b.lawId))]);
  const inForce = new Map<string, string | undefined>();
  for (const lawId of new Set(rows.map((r) => r.b.lawId))) inForce.set(lawId, versionInForce(versions.filter((v) => v.lawId === lawId), today)?.id);
  for (const { b, lawTitle, adoptedOn } of rows) {
    const owner = (b.enforcementItemId ?? b.inspectionItemId)!;
    const current = inForce.get(b.lawId) === b.lawVersionId;
    const anchor = articleAnchor(b.article, b.suffix || undefined);
    const view: BasisView = {
      position: b.position,
      citation: b.citation,
      lawId: b.lawId,
      lawTitle,
      lawVersionId: b.lawVersionId,
      versionAdoptedOn: adoptedOn,
      inForce: current,
      article: b.article,
      ...(b.suffix ? { suffix: b.suffix } : {}),
      ...(b.paragraph === null ? {} : { paragraph: b.paragraph }),
      ...(b.item === null ? {} : { item: b.item }),
      // The version the item was checked against; while it is the one in force the plain law page shows it.
      href: current ? `/laws/${b.lawId}#${anchor}` : `/laws/${b.lawId}?versionId=${b.lawVersionId}#${anchor}`,
    };
    result.set(owner, [...(result.get(owner) ?? []), view]);
  }
  return result;
};

const basisSummary = (bases: BasisView[]) => bases.map((b) => short(b.citation.replace(/^《中华人民共和国/u, '《'))).join('；');

const openFlagCounts = async (db: Db, column: typeof reviewFlag.enforcementItemId | typeof reviewFlag.inspectionItemId, ids: string[]) => {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: column, n: count() })
    .from(reviewFlag)
    .where(and(inArray(column, ids), isNull(reviewFlag.resolvedAt)))
    .groupBy(column);
  return new Map(rows.map((r) => [r.id!, Number(r.n)]));
};

const summaryOf = (row: EnforcementItemRow, agencyName: string, bases: BasisView[], openFlags: number): EnforcementItemSummary => ({
  id: row.id,
  agencyId: row.agencyId,
  agencyName,
  code: row.code,
  name: row.name,
  kind: row.kind as ItemKind,
  kindLabel: ITEM_KIND_LABELS[row.kind as ItemKind],
  procedure: row.procedure as ItemProcedure,
  procedureLabel: PROCEDURE_LABELS[row.procedure as ItemProcedure],
  basisSummary: basisSummary(bases),
  openFlags,
  withdrawn: row.withdrawnAt !== null,
  updatedAt: row.updatedAt.toISOString(),
});

const detailOf = (row: EnforcementItemRow, agencyName: string, bases: BasisView[], openFlags: number): EnforcementItemDetail => {
  const penalties = row.penalties as PenaltySpec[];
  const targetTypes = row.targetTypes as TargetType[];
  const simple = checkSimpleProcedure(row.kind as ItemKind, penalties, targetTypes);
  return {
    ...summaryOf(row, agencyName, bases, openFlags),
    legalBasis: bases,
    targetTypes,
    targetTypeLabels: targetTypes.map((t) => TARGET_TYPE_LABELS[t]),
    penalties: penalties.map((p) => ({
      ...p,
      appliesTo: p.appliesTo,
      label: p.kind === 'other' && p.note ? p.note : PENALTY_KIND_LABELS[p.kind as PenaltyKind],
      appliesToLabel: p.appliesTo === 'any' ? '公民、法人或者其他组织' : TARGET_TYPE_LABELS[p.appliesTo],
      rangeText: p.kind === 'fine' && p.minFen !== undefined && p.maxFen !== undefined ? formatFineRange(p.minFen, p.maxFen) : null,
    })),
    legalReview: row.legalReview as 'always' | 'major-only',
    timeLimit: row.timeLimit ?? null,
    timeLimitText: row.timeLimit ? describeTimeLimit(row.timeLimit, row.kind as ItemKind) : row.procedure === 'simple' ? ON_THE_SPOT : null,
    remedies: row.remedies,
    remedyText: remedyText(row.remedies),
    guide: { ...row.guide, materials: row.guide.materials ?? [] },
    simpleProcedure: simple.allowed ? { allowed: true, reasons: [] } : { allowed: false, reasons: simple.reasons },
    createdAt: row.createdAt.toISOString(),
  };
};

export type ItemFilter = { agencyId?: string; kind?: ItemKind; q?: string; includeWithdrawn?: boolean };

const itemWhere = (filter: ItemFilter, scope: SQL): SQL => {
  const c: SQL[] = [scope];
  if (!filter.includeWithdrawn) c.push(isNull(enforcementItem.withdrawnAt));
  if (filter.agencyId) c.push(eq(enforcementItem.agencyId, filter.agencyId));
  if (filter.kind) c.push(eq(enforcementItem.kind, filter.kind));
  if (filter.q) c.push(or(ilike(enforcementItem.name, likePattern(filter.q)), ilike(enforcementItem.code, likePattern(filter.q)))!);
  return and(...c)!;
};

/** Items in list order: by agency, then by code. */
export const listEnforcementItems = async (db: Db, scope: SQL, filter: ItemFilter, page: number, pageSize: number, today: string) => {
  const where = itemWhere(filter, scope);
  const [{ n }] = await db.select({ n: count() }).from(enforcementItem).where(where);
  const rows = await db
    .select({ row: enforcementItem, agencyName: agency.name })
    .from(enforcementItem)
    .innerJoin(agency, eq(agency.id, enforcementItem.agencyId))
    .where(where)
    .orderBy(asc(agency.name), asc(enforcementItem.code))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const ids = rows.map((r) => r.row.id);
  const bases = await basesOf(db, { enforcement: ids }, today);
  const flags = await openFlagCounts(db, reviewFlag.enforcementItemId, ids);
  return { items: rows.map((r) => summaryOf(r.row, r.agencyName, bases.get(r.row.id) ?? [], flags.get(r.row.id) ?? 0)), total: Number(n), page, pageSize };
};

/** Every current item of the agencies given, whole (the portal's 权责清单 and the console's export). */
export const enforcementItemDetails = async (db: Db, where: SQL, today: string): Promise<EnforcementItemDetail[]> => {
  const rows = await db
    .select({ row: enforcementItem, agencyName: agency.name })
    .from(enforcementItem)
    .innerJoin(agency, eq(agency.id, enforcementItem.agencyId))
    .where(where)
    .orderBy(asc(enforcementItem.code));
  const ids = rows.map((r) => r.row.id);
  const bases = await basesOf(db, { enforcement: ids }, today);
  const flags = await openFlagCounts(db, reviewFlag.enforcementItemId, ids);
  return rows.map((r) => detailOf(r.row, r.agencyName, bases.get(r.row.id) ?? [], flags.get(r.row.id) ?? 0));
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const itemNotFound = () => notFound('ITEM_NOT_FOUND', '没有这个执法事项');

/** One item with everything disclosed about it; an item outside the actor's scope is answered as not found. */
export const getEnforcementItem = async (db: Db, id: string, today: string, actor?: { actor: Actor; action: Action }): Promise<EnforcementItemDetail> => {
  if (!UUID.test(id)) throw itemNotFound();
  const [detail] = await enforcementItemDetails(db, eq(enforcementItem.id, id), today);
  if (!detail) throw itemNotFound();
  if (actor && checkAccess(actor.actor, actor.action, { agencyId: detail.agencyId }) !== 'allow') throw itemNotFound();
  return detail;
};

const inspectionViewOf = (row: InspectionItemRow, agencyName: string, bases: BasisView[], openFlags: number): InspectionItemView => ({
  id: row.id,
  agencyId: row.agencyId,
  agencyName,
  code: row.code,
  name: row.name,
  legalBasis: bases,
  targetType: row.targetType,
  population: row.population,
  ratioBp: row.ratioBp,
  ratioText: formatRatio(row.ratioBp),
  period: row.period as InspectionPeriod,
  periodLabel: INSPECTION_PERIOD_LABELS[row.period as InspectionPeriod],
  methods: row.methods as InspectionMethod[],
  methodLabels: (row.methods as InspectionMethod[]).map((m) => INSPECTION_METHOD_LABELS[m]),
  inspectingBody: row.inspectingBody,
  note: row.note,
  openFlags,
  withdrawn: row.withdrawnAt !== null,
  updatedAt: row.updatedAt.toISOString(),
});

export const inspectionItemViews = async (db: Db, where: SQL, today: string, paging?: { page: number; pageSize: number }) => {
  const [{ n }] = await db.select({ n: count() }).from(inspectionItem).where(where);
  const query = db
    .select({ row: inspectionItem, agencyName: agency.name })
    .from(inspectionItem)
    .innerJoin(agency, eq(agency.id, inspectionItem.agencyId))
    .where(where)
    .orderBy(asc(agency.name), asc(inspectionItem.code));
  const rows = paging ? await query.limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize) : await query;
  const ids = rows.map((r) => r.row.id);
  const bases = await basesOf(db, { inspection: ids }, today);
  const flags = await openFlagCounts(db, reviewFlag.inspectionItemId, ids);
  return { items: rows.map((r) => inspectionViewOf(r.row, r.agencyName, bases.get(r.row.id) ?? [], flags.get(r.row.id) ?? 0)), total: Number(n) };
};

export type InspectionFilter = { agencyId?: string; q?: string; includeWithdrawn?: boolean };

export const inspectionWhere = (filter: InspectionFilter, scope: SQL): SQL => {
  const c: SQL[] = [scope];
  if (!filter.includeWithdrawn) c.push(isNull(inspectionItem.withdrawnAt));
  if (filter.agencyId) c.push(eq(inspectionItem.agencyId, filter.agencyId));
  if (filter.q) c.push(or(ilike(inspectionItem.name, likePattern(filter.q)), ilike(inspectionItem.code, likePattern(filter.q)))!);
  return and(...c)!;
};

export const inspectionNotFound = () => notFound('INSPECTION_ITEM_NOT_FOUND', '没有这个随机抽查事项');

export const getInspectionItem = async (db: Db, id: string, today: string, actor?: { actor: Actor; action: Action }): Promise<InspectionItemView> => {
  if (!UUID.test(id)) throw inspectionNotFound();
  const { items } = await inspectionItemViews(db, eq(inspectionItem.id, id), today);
  const [view] = items;
  if (!view) throw inspectionNotFound();
  if (actor && checkAccess(actor.actor, actor.action, { agencyId: view.agencyId }) !== 'allow') throw inspectionNotFound();
  return view;
};

export const sortByName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => collator.compare(a.name, b.name));
