import type { ReviewFlagItem } from '@sanxiang/contracts';
import {
  type Actor,
  chinaDateOf,
  checkAccess,
  conflict,
  daysBetween,
  FLAG_STATUS_LABELS,
  flagStatus,
  notFound,
  parsePlainDate,
  type PlainDate,
  reviewDueOn,
  UPDATE_DEADLINES,
  type UpdateReason,
  type WorkingCalendar,
} from '@sanxiang/domain';
import { account, agency, type Db, dutiesChange, enforcementItem, inspectionItem, itemLegalBasis, law, lawVersion, reviewFlag } from '@sanxiang/db';
import { aliasedTable, and, asc, count, eq, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { agencyInScope } from './agency-scope.ts';
import { reachableAgencies } from './item-views.ts';

export type LawChange = { lawId: string; versionId: string; adoptedOn: PlainDate };

/**
 * A law got a new version: every current item (enforcement or random-inspection) citing it gets a review flag,
 * due 10 working days after the new version's adoption (UPDATE_DEADLINES). Runs in the import's transaction;
 * the calendar is read by the caller before the transaction opened. Returns how many items were flagged.
 */
export const flagItemsCitingLaw = async (tx: Db, change: LawChange, calendar: WorkingCalendar | undefined, now: Date): Promise<number> => {
  const citing = await tx
    .selectDistinct({ enforcementItemId: itemLegalBasis.enforcementItemId, inspectionItemId: itemLegalBasis.inspectionItemId })
    .from(itemLegalBasis)
    .where(eq(itemLegalBasis.lawId, change.lawId));
  const enforcementIds = [...new Set(citing.map((c) => c.enforcementItemId).filter((id): id is string => id !== null))];
  const inspectionIds = [...new Set(citing.map((c) => c.inspectionItemId).filter((id): id is string => id !== null))];
  const items = enforcementIds.length
    ? await tx.select({ id: enforcementItem.id, agencyId: enforcementItem.agencyId }).from(enforcementItem).where(and(inArray(enforcementItem.id, enforcementIds), isNull(enforcementItem.withdrawnAt)))
    : [];
  const inspections = inspectionIds.length
    ? await tx.select({ id: inspectionItem.id, agencyId: inspectionItem.agencyId }).from(inspectionItem).where(and(inArray(inspectionItem.id, inspectionIds), isNull(inspectionItem.withdrawnAt)))
    : [];
  if (items.length + inspections.length === 0) return 0;
  if (!calendar) throw new Error('flagItemsCitingLaw: items cite the law, but no working calendar was given');
  const rule = UPDATE_DEADLINES['law-changed'];
  const dueOn = reviewDueOn(calendar, 'law-changed', change.adoptedOn); // CALENDAR_YEAR_MISSING when the year is unknown
  const common = { reason: 'law-changed' as const, lawId: change.lawId, lawVersionId: change.versionId, triggerOn: change.adoptedOn, workingDays: rule.workingDays, dueOn, createdAt: now };
  await tx.insert(reviewFlag).values([
    ...items.map((i) => ({ ...common, agencyId: i.agencyId, subjectType: 'enforcement-item', enforcementItemId: i.id })),
    ...inspections.map((i) => ({ ...common, agencyId: i.agencyId, subjectType: 'inspection-item', inspectionItemId: i.id })),
  ]);
  return items.length + inspections.length;
};

/**
 * 机构职能、执法职权调整: the agency's two published lists (权责清单 and 随机抽查事项清单) are flagged for review,
 * due 20 working days after the change takes effect.
 */
export const declareDutiesChange = async (
  tx: Db,
  actor: Actor,
  agencyId: string,
  input: { effectiveOn: string; description: string },
  deps: { now: Date; calendar: WorkingCalendar },
) => {
  const ag = await agencyInScope(tx, actor, 'agency.duties-change', agencyId);
  const effectiveOn = parsePlainDate(input.effectiveOn);
  const rule = UPDATE_DEADLINES['duties-changed'];
  const dueOn = reviewDueOn(deps.calendar, 'duties-changed', effectiveOn);
  const [change] = await tx
    .insert(dutiesChange)
    .values({ agencyId: ag.id, effectiveOn, description: input.description, declaredAt: deps.now, declaredBy: actor.accountId })
    .returning({ id: dutiesChange.id });
  const common = { agencyId: ag.id, reason: 'duties-changed' as const, dutiesChangeId: change.id, triggerOn: effectiveOn, workingDays: rule.workingDays, dueOn, createdAt: deps.now };
  const flags = await tx
    .insert(reviewFlag)
    .values([
      { ...common, subjectType: 'power-list' },
      { ...common, subjectType: 'inspection-list' },
    ])
    .returning({ id: reviewFlag.id });
  return { id: change.id, agencyId: ag.id, agencyName: ag.name, effectiveOn, dueOn, flagIds: flags.map((f) => f.id) };
};

const resolver = aliasedTable(account, 'resolver');

const SUBJECT_LABELS: Record<string, string> = { 'power-list': '权责清单（执法事项清单）', 'inspection-list': '随机抽查事项清单' };

export type FlagFilter = { overdue?: boolean; status?: 'open' | 'resolved' | 'all'; agencyId?: string };

/** Flags as supervisors and agencies read them: overdue first, then by due date. */
export const listFlags = async (db: Db, scope: SQL, filter: FlagFilter, today: PlainDate, paging: { page: number; pageSize: number }) => {
  const c: SQL[] = [scope];
  const status = filter.overdue ? 'open' : (filter.status ?? 'open');
  if (status === 'open') c.push(isNull(reviewFlag.resolvedAt));
  if (status === 'resolved') c.push(isNotNull(reviewFlag.resolvedAt));
  if (filter.overdue) c.push(lt(reviewFlag.dueOn, today));
  if (filter.agencyId) c.push(eq(reviewFlag.agencyId, filter.agencyId));
  const where = and(...c);
  const [{ n }] = await db.select({ n: count() }).from(reviewFlag).where(where);
  const overdueFirst = sql`case when ${reviewFlag.resolvedAt} is null and ${reviewFlag.dueOn} < ${today} then 0 when ${reviewFlag.resolvedAt} is null then 1 else 2 end`;
  const rows = await db
    .select({ f: reviewFlag, agencyName: agency.name, itemName: enforcementItem.name, inspectionName: inspectionItem.name, lawTitle: law.title, versionAdoptedOn: lawVersion.adoptedOn, resolverName: resolver.displayName, dutiesText: dutiesChange.description })
    .from(reviewFlag)
    .innerJoin(agency, eq(agency.id, reviewFlag.agencyId))
    .leftJoin(enforcementItem, eq(enforcementItem.id, reviewFlag.enforcementItemId))
    .leftJoin(inspectionItem, eq(inspectionItem.id, reviewFlag.inspectionItemId))
    .leftJoin(law, eq(law.id, reviewFlag.lawId))
    .leftJoin(lawVersion, eq(lawVersion.id, reviewFlag.lawVersionId))
    .leftJoin(dutiesChange, eq(dutiesChange.id, reviewFlag.dutiesChangeId))
    .leftJoin(resolver, eq(resolver.id, reviewFlag.resolvedBy))
    .where(where)
    .orderBy(overdueFirst, asc(reviewFlag.dueOn), asc(agency.name), asc(reviewFlag.createdAt))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  const items: ReviewFlagItem[] = rows.map((r) => {
    const st = flagStatus({ dueOn: r.f.dueOn, resolvedOn: r.f.resolvedOn }, today);
    const reason = r.f.reason as UpdateReason;
    const subjectLabel =
      r.f.subjectType === 'enforcement-item'
        ? `执法事项“${r.itemName ?? ''}”`
        : r.f.subjectType === 'inspection-item'
          ? `随机抽查事项“${r.inspectionName ?? ''}”`
          : SUBJECT_LABELS[r.f.subjectType];
    const detail =
      reason === 'law-changed'
        ? `《${r.lawTitle ?? ''}》${r.versionAdoptedOn ?? r.f.triggerOn}通过新版本，请在${UPDATE_DEADLINES[reason].workingDays}个工作日内复核所引用的条文`
        : `职能调整（${r.f.triggerOn}起）：${r.dutiesText ?? ''}`;
    return {
      id: r.f.id,
      agencyId: r.f.agencyId,
      agencyName: r.agencyName,
      subjectType: r.f.subjectType as ReviewFlagItem['subjectType'],
      subjectLabel,
      enforcementItemId: r.f.enforcementItemId,
      inspectionItemId: r.f.inspectionItemId,
      reason,
      reasonLabel: UPDATE_DEADLINES[reason].label,
      detail,
      triggerOn: r.f.triggerOn,
      workingDays: r.f.workingDays,
      dueOn: r.f.dueOn,
      status: st,
      statusLabel: FLAG_STATUS_LABELS[st],
      daysOverdue: st === 'overdue' ? daysBetween(r.f.dueOn, today) : st === 'resolved-late' ? daysBetween(r.f.dueOn, r.f.resolvedOn!) : 0,
      resolvedAt: r.f.resolvedAt?.toISOString() ?? null,
      resolvedByName: r.resolverName ?? null,
      resolutionNote: r.f.resolutionNote,
      createdAt: r.f.createdAt.toISOString(),
    };
  });
  return { items, total: Number(n), page: paging.page, pageSize: paging.pageSize };
};

export const flagsScope = (actor: Actor) => reachableAgencies(actor, 'review-flag.read', reviewFlag.agencyId);

/** The agency confirms it reviewed the list or item (复核完成), with a note of what it did. */
export const resolveFlag = async (tx: Db, actor: Actor, id: string, note: string, now: Date) => {
  const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await tx.select().from(reviewFlag).where(eq(reviewFlag.id, id)) : [];
  if (!row || checkAccess(actor, 'review-flag.resolve', { agencyId: row.agencyId }) !== 'allow') throw notFound('FLAG_NOT_FOUND', '没有这条更新提示');
  if (row.resolvedAt) throw conflict('FLAG_ALREADY_RESOLVED', `这条更新提示已于${chinaDateOf(row.resolvedAt)}确认复核`);
  const resolvedOn = chinaDateOf(now);
  await tx.update(reviewFlag).set({ resolvedAt: now, resolvedOn, resolvedBy: actor.accountId, resolutionNote: note }).where(eq(reviewFlag.id, id));
  return { id, agencyId: row.agencyId, resolvedOn, late: resolvedOn > row.dueOn };
};
