import { annualFiguresOf, type AnnualFigures, chinaDateOf, type DisclosureKind, invalid, STATISTICS_GAPS, type StatisticsInput } from '@sanxiang/domain';
import { agency, type Db, disclosureRecord, disclosureStatistics } from '@sanxiang/db';
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import { appendToLedger } from '../ledger/append.ts';
import { disclosureStatisticsLeaf } from '../ledger/leaf-kinds.ts';

export type AnnualStatistics = {
  year: number;
  generatedAt: string;
  jurisdiction: AnnualFigures;
  agencies: Array<{ agencyId: string; agencyName: string; figures: AnnualFigures }>;
  gaps: Array<{ key: string; label: string; note: string }>;
  basis: string;
};

/** The figures of `year` (decisions dated in it) for every agency with decisions and for the whole jurisdiction. */
export const computeAnnualStatistics = async (tx: Db, year: number, now: Date): Promise<AnnualStatistics> => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('STATISTICS_YEAR_INVALID', `年份 ${year} 无效`);
  if (year > Number(chinaDateOf(now).slice(0, 4))) throw invalid('STATISTICS_YEAR_FUTURE', `${year} 年尚未开始，无从统计`);
  const rows = await tx
    .select({ record: disclosureRecord, agencyName: agency.name })
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(and(gte(disclosureRecord.decisionDate, `${year}-01-01`), lte(disclosureRecord.decisionDate, `${year}-12-31`)))
    .orderBy(asc(agency.name));
  const inputs = rows.map(({ record: r }): StatisticsInput => ({
    agencyId: r.agencyId,
    kind: r.kind as DisclosureKind,
    status: r.status,
    partyKind: r.partyKind as 'person' | 'organization',
    content: r.content,
    fineFen: r.fineFen,
    confiscationFen: r.confiscationFen,
    onTime: r.publishedAt ? chinaDateOf(r.publishedAt) <= r.dueOn : null,
  }));
  const names = new Map(rows.map((r) => [r.record.agencyId, r.agencyName]));
  return {
    year,
    generatedAt: now.toISOString(),
    jurisdiction: annualFiguresOf(inputs),
    agencies: [...names].map(([agencyId, agencyName]) => ({ agencyId, agencyName, figures: annualFiguresOf(inputs.filter((i) => i.agencyId === agencyId)) })),
    gaps: STATISTICS_GAPS.map((g) => ({ ...g })),
    basis: '依据本平台记录的行政执法决定公示信息统计（含已撤回、已下线的决定）',
  };
};

/**
 * 年度统计 (每年1月31日前): computes the year's figures and stores them as a published snapshot, a public ledger
 * leaf; the portal's /statistics/:year shows the newest snapshot. Called by a job and by the admin's button.
 */
export const publishAnnualStatistics = async (tx: Db, year: number, now: Date = new Date(), actorAccountId: string | null = null) => {
  const figures = await computeAnnualStatistics(tx, year, now);
  const [row] = await tx.insert(disclosureStatistics).values({ year, figures, publishedAt: now, publishedBy: actorAccountId }).returning();
  await appendToLedger(tx, [{ kind: 'disclosure-statistics', recordId: row.id, value: disclosureStatisticsLeaf(row) }], now);
  return row;
};

export const latestStatistics = async (db: Db, year: number) => {
  const [row] = await db.select().from(disclosureStatistics).where(eq(disclosureStatistics.year, year)).orderBy(desc(disclosureStatistics.publishedAt)).limit(1);
  return row ?? null;
};

export const statisticsYears = async (db: Db) =>
  [...new Set((await db.select({ year: disclosureStatistics.year }).from(disclosureStatistics).orderBy(desc(disclosureStatistics.year))).map((r) => r.year))];
