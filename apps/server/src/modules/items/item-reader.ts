import type { EnforcementItemDetail, InspectionItemView } from '@sanxiang/contracts';
import { chinaDateOf, notFound } from '@sanxiang/domain';
import { agency, type Db, enforcementItem, inspectionItem, region } from '@sanxiang/db';
import { and, count, eq, isNull } from 'drizzle-orm';
import { itemFlowchart } from './item-flowchart.ts';
import { enforcementItemDetails, inspectionItemViews } from './item-views.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const collator = new Intl.Collator('zh-CN');

export type PortalAgency = { id: string; name: string; regionName: string; regionCode: string; address: string | null; phone: string | null; itemCount: number; inspectionCount: number };

/**
 * What the portal publishes of the lists (事前公开): current items only, withdrawn ones answer that they were
 * withdrawn. The same views as the API; public, so not audited (like the law library).
 */
export const itemReaderFor = (db: Db, clock: () => Date) => {
  const today = () => chinaDateOf(clock());

  const agencies = async (): Promise<PortalAgency[]> => {
    const rows = await db
      .select({ id: agency.id, name: agency.name, regionName: region.name, regionCode: region.code, address: agency.address, phone: agency.phone })
      .from(agency)
      .innerJoin(region, eq(region.id, agency.regionId));
    const items = await db.select({ id: enforcementItem.agencyId, n: count() }).from(enforcementItem).where(isNull(enforcementItem.withdrawnAt)).groupBy(enforcementItem.agencyId);
    const inspections = await db.select({ id: inspectionItem.agencyId, n: count() }).from(inspectionItem).where(isNull(inspectionItem.withdrawnAt)).groupBy(inspectionItem.agencyId);
    const itemCount = new Map(items.map((r) => [r.id, Number(r.n)]));
    const inspectionCount = new Map(inspections.map((r) => [r.id, Number(r.n)]));
    return rows
      .map((r) => ({ ...r, itemCount: itemCount.get(r.id) ?? 0, inspectionCount: inspectionCount.get(r.id) ?? 0 }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || collator.compare(a.name, b.name));
  };

  return {
    today,
    agencies,
    /** 权责清单 of one agency. */
    powers: async (agencyId: string): Promise<{ agency: PortalAgency; items: EnforcementItemDetail[] }> => {
      const found = UUID.test(agencyId) ? (await agencies()).find((a) => a.id === agencyId) : undefined;
      if (!found) throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
      const items = await enforcementItemDetails(db, and(eq(enforcementItem.agencyId, agencyId), isNull(enforcementItem.withdrawnAt))!, today());
      return { agency: found, items };
    },
    /** One item with its generated flowchart. */
    item: async (id: string): Promise<EnforcementItemDetail & { flowchart: ReturnType<typeof itemFlowchart> }> => {
      const [detail] = UUID.test(id) ? await enforcementItemDetails(db, eq(enforcementItem.id, id), today()) : [];
      if (!detail) throw notFound('ITEM_NOT_FOUND', '没有这个执法事项');
      if (detail.withdrawn) throw notFound('ITEM_WITHDRAWN', `执法事项“${detail.name}”已由${detail.agencyName}取消，不再公示`);
      return { ...detail, flowchart: itemFlowchart({ ...detail, timeLimit: detail.timeLimit }) };
    },
    /** 随机抽查事项清单 of every agency that has one. */
    inspections: async (): Promise<Array<{ agency: PortalAgency; items: InspectionItemView[] }>> => {
      const list = await agencies();
      const { items } = await inspectionItemViews(db, isNull(inspectionItem.withdrawnAt), today());
      return list.filter((a) => a.inspectionCount > 0).map((a) => ({ agency: a, items: items.filter((i) => i.agencyId === a.id) }));
    },
  };
};

export type ItemReader = ReturnType<typeof itemReaderFor>;
