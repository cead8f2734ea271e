import { type Actor, addDays, buildCalendar, chinaDateOf, type Role } from '@sanxiang/domain';
import { account, accountRole, type Db, disclosureRecord, loadCalendarRows, party } from '@sanxiang/db';
import { count, eq } from 'drizzle-orm';
import { prepareDisclosure, type PrepareDisclosureInput } from './prepare-disclosure.ts';
import { publishDisclosure } from './publish-disclosure.ts';

const actorOf = async (db: Db, username: string): Promise<Actor | null> => {
  const [a] = await db.select().from(account).where(eq(account.username, username));
  if (!a) return null;
  const roles = (await db.select().from(accountRole).where(eq(accountRole.accountId, a.id))).map((r) => r.role as Role);
  return { accountId: a.id, agencyId: a.agencyId, unitId: a.unitId, roles, jurisdictionAgencyIds: new Set() };
};

const creditCodeOf = async (db: Db, name: string) => (await db.select({ code: party.creditCode }).from(party).where(eq(party.name, name)))[0]?.code ?? null;

type DemoDecision = Omit<PrepareDisclosureInput, 'agencyId' | 'decisionDate'> & { by: string; daysAgo: number; publish: boolean };

const DECISIONS: DemoDecision[] = [
  {
    by: 'jxsj.officer1', daysAgo: 12, publish: true, kind: 'penalty', documentNumber: '甲县市监罚〔2026〕3号',
    party: { name: '甲县鲜味餐饮有限公司', kind: 'organization' }, category: '食品安全监管', violation: '使用超过保质期的食品原料',
    basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项', content: '警告，罚款5000元', fineFen: 500_000,
    summary: '当事人在其经营场所后厨使用超过保质期的酱油两瓶加工食品，经消费者投诉后查实。当事人积极配合调查并当场销毁过期原料。',
  },
  {
    by: 'jxsj.officer1', daysAgo: 8, publish: true, kind: 'penalty', documentNumber: '甲县市监罚〔2026〕4号',
    party: { name: '王建国', kind: 'person' }, category: '产品质量监管', violation: '销售标签不符合规定的预包装食品',
    basis: '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项', content: '没收违法所得300元，罚款2000元', fineFen: 200_000, confiscationFen: 30_000,
    summary: '当事人王建国在甲县城关镇经营食杂店，销售未标注生产日期的预包装食品共计12件，违法所得300元。',
  },
  {
    by: 'yxsj.officer1', daysAgo: 5, publish: true, kind: 'penalty', documentNumber: '乙县市监罚〔2026〕7号',
    party: { name: '乙县康宁大药房有限公司', kind: 'organization' }, category: '药品经营监管', violation: '未凭处方销售处方药',
    basis: '《药品经营和使用质量监督管理办法》第六十八条', content: '警告，罚款20000元', fineFen: 2_000_000,
    summary: '专项检查中发现当事人未凭处方向顾客销售处方药阿莫西林胶囊3盒。',
  },
  {
    by: 'jxhj.officer1', daysAgo: 20, publish: true, kind: 'penalty', documentNumber: '甲县环罚〔2026〕2号', severity: 'serious',
    party: { name: '某市恒通化工有限公司', kind: 'organization' }, category: '大气污染防治', violation: '超标排放大气污染物',
    basis: '《中华人民共和国大气污染防治法》第九十九条第（二）项', content: '责令改正，罚款200000元', fineFen: 20_000_000,
    summary: '在线监测数据显示当事人废气排放口颗粒物浓度连续三日超过排放标准，现场核查属实。',
  },
  {
    by: 'jxsj.officer1', daysAgo: 2, publish: false, kind: 'penalty', documentNumber: '甲县市监罚〔2026〕5号',
    party: { name: '甲县百佳超市有限公司', kind: 'organization' }, category: '食品安全监管', violation: '销售标签不符合规定的预包装食品',
    basis: '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项', content: '警告，罚款3000元', fineFen: 300_000,
    summary: '日常监督检查中发现货架上部分预包装食品标签未标注生产日期，当事人已下架整改。',
  },
];

/**
 * A few decisions made public through the real pipeline (prepare → approve and publish), so the portal shows
 * something on first start, and one draft waiting in the officers' list. Decisions whose due date falls in a
 * year without a holiday schedule are skipped rather than guessed.
 */
export const seedDemoDisclosures = async (db: Db, now: Date) => {
  const [{ n }] = await db.select({ n: count() }).from(disclosureRecord);
  if (Number(n) > 0) return;
  const { years, days } = await loadCalendarRows(db);
  const calendar = buildCalendar(years, days);
  const today = chinaDateOf(now);
  for (const d of DECISIONS) {
    const { by, daysAgo, publish, ...input } = d;
    await db
      .transaction(async (tx) => {
        const t = tx as unknown as Db;
        const actor = await actorOf(t, by);
        if (!actor) return;
        const creditCode = input.party.kind === 'organization' ? await creditCodeOf(t, input.party.name) : null;
        const at = new Date(now.getTime() - daysAgo * 86_400_000);
        const prepared = await prepareDisclosure(
          t,
          { ...input, party: { ...input.party, creditCode }, agencyId: actor.agencyId, decisionDate: addDays(today, -daysAgo) },
          calendar,
          { now: at, actorAccountId: actor.accountId },
        );
        if (prepared.created && publish) await publishDisclosure(t, actor, prepared.recordId, new Date(at.getTime() + 3_600_000));
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code !== 'CALENDAR_YEAR_MISSING') throw e;
      });
  }
};
