import type { Actor, Role } from '@sanxiang/domain';
import { account, accountRole, caseFile, type Db, party } from '@sanxiang/db';
import { count, eq } from 'drizzle-orm';
import { registerClue } from '../modules/cases/register-clue.ts';

const actorOf = async (db: Db, username: string): Promise<Actor> => {
  const [a] = await db.select().from(account).where(eq(account.username, username));
  const roles = (await db.select().from(accountRole).where(eq(accountRole.accountId, a.id))).map((r) => r.role as Role);
  return { accountId: a.id, agencyId: a.agencyId, unitId: a.unitId, roles, jurisdictionAgencyIds: new Set() };
};

const accountId = async (db: Db, username: string) => (await db.select({ id: account.id }).from(account).where(eq(account.username, username)))[0].id;
const partyId = async (db: Db, name: string) => (await db.select({ id: party.id }).from(party).where(eq(party.name, name)))[0]?.id;

/** A few clues registered through the real use case, so the demo record and ledger are what officers produce. */
export const seedDemoCases = async (db: Db, now: Date) => {
  const [{ n }] = await db.select({ n: count() }).from(caseFile);
  if (Number(n) > 0) return;
  const clues = [
    { by: 'jxsj.officer1', co: 'jxsj.officer2', party: '甲县鲜味餐饮有限公司', title: '甲县鲜味餐饮有限公司涉嫌使用超过保质期的食品原料案', source: 'complaint' as const, description: '消费者投诉该公司后厨使用过期调味料，现场检查发现两瓶超过保质期的酱油。', place: '甲县城关镇人民路18号' },
    { by: 'jxsj.officer1', co: 'jxsj.unithead', party: '甲县百佳超市有限公司', title: '甲县百佳超市有限公司涉嫌销售标签不符合规定的预包装食品案', source: 'inspection' as const, description: '日常监督检查中发现货架上部分预包装食品标签未标注生产日期。', place: '甲县城关镇建设路66号' },
    { by: 'jxsj.officer2', co: 'jxsj.officer3', party: '甲县金穗粮油贸易有限公司', title: '甲县金穗粮油贸易有限公司涉嫌虚假宣传案', source: 'report', description: '群众举报该公司宣传单页称其产品“治疗高血压”，涉嫌虚假宣传。', place: '甲县城南大道201号' },
    { by: 'yxsj.officer1', co: 'yxsj.officer2', party: '乙县康宁大药房有限公司', title: '乙县康宁大药房有限公司涉嫌未凭处方销售处方药案', source: 'inspection' as const, description: '专项检查中发现该药房未凭处方销售处方药阿莫西林胶囊。', place: '乙县新华街120号' },
    { by: 'jxhj.officer1', co: 'jxhj.officer2', party: '某市恒通化工有限公司', title: '某市恒通化工有限公司涉嫌超标排放大气污染物案', source: 'inspection' as const, description: '在线监测数据显示该公司废气排放口颗粒物浓度连续超标。', place: '某市经济开发区纬三路9号' },
  ];
  for (const [i, c] of clues.entries()) {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await registerClue(
        t,
        await actorOf(t, c.by),
        { title: c.title, source: c.source as never, description: c.description, place: c.place, partyId: await partyId(t, c.party), coHandlerAccountIds: [await accountId(t, c.co)] },
        new Date(now.getTime() - (clues.length - i) * 3_600_000),
      );
    });
  }
};
