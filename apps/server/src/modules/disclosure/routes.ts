import {
  disclosureSettings,
  disclosureDeadlinesResponse,
  disclosureIdParams,
  disclosureRecordDetail,
  disclosuresResponse,
  listDisclosuresQuery,
  prepareDisclosureBody,
  prepareDisclosureResponse,
  removeDisclosureBody,
  statisticsSnapshotItem,
  statisticsSnapshotsResponse,
  statisticsYearParams,
  supervisionResponse,
  withdrawDisclosureBody,
} from '@sanxiang/contracts';
import { chinaDateOf } from '@sanxiang/domain';
import { disclosureStatistics, setting } from '@sanxiang/db';
import { desc } from 'drizzle-orm';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { publishAnnualStatistics } from './annual-statistics.ts';
import { disclosureDeadlines, getDisclosure, listDisclosures, supervisionOf } from './disclosure-queries.ts';
import { PERSON_NAME_RULE_SETTING, personNameRule, prepareDisclosure, withdrawDisclosure } from './prepare-disclosure.ts';
import { publishDisclosure, recordForAct, removeDisclosure } from './publish-disclosure.ts';

const tags = ['执法决定公示'];

export const disclosureRoutes = async (app: AppInstance) => {
  const { deps } = app;

  app.get(
    '/disclosure/records',
    { schema: { tags, summary: '本机关的执法决定公示信息（待发布在前）', querystring: listDisclosuresQuery, response: { 200: disclosuresResponse } }, config: { action: 'disclosure.manage' } },
    async (req) => {
      const calendar = await deps.calendar.current();
      const { page, pageSize, ...filter } = req.query;
      return listDisclosures(deps.database.db, req.actor!, filter, page, pageSize, deps.clock(), calendar);
    },
  );

  app.post(
    '/disclosure/records',
    {
      schema: { tags, summary: '生成待公示信息（案件办理在作出决定时调用；也可登记平台外作出的决定）', body: prepareDisclosureBody, response: { 201: prepareDisclosureResponse } },
      config: { action: 'disclosure.manage' },
    },
    async (req, reply) => {
      const calendar = await deps.calendar.current(); // before the transaction (PGlite has one connection)
      const now = deps.clock();
      const result = await withAudit(app, req, { action: 'disclosure.prepare', objectType: 'disclosure' }, async (tx, note) => {
        const prepared = await prepareDisclosure(tx, { ...req.body, agencyId: req.actor!.agencyId }, calendar, { now, actorAccountId: req.actor!.accountId });
        if (!prepared.created) {
          note({ detail: { created: false, code: prepared.reason.code } });
          return { created: false, record: null, reason: prepared.reason };
        }
        note({ objectId: prepared.recordId });
        return { created: true, record: await getDisclosure(tx, req.actor!, prepared.recordId, now, calendar), reason: null };
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/disclosure/records/:id',
    { schema: { tags, summary: '公示信息详情与脱敏预览（公众将看到的全部字段）', params: disclosureIdParams, response: { 200: disclosureRecordDetail } }, config: { action: 'disclosure.manage' } },
    async (req) => getDisclosure(deps.database.db, req.actor!, req.params.id, deps.clock(), await deps.calendar.current()),
  );

  app.post(
    '/disclosure/records/:id/publish',
    { schema: { tags, summary: '审核并发布到公示平台', params: disclosureIdParams, response: { 200: disclosureRecordDetail } }, config: { action: 'disclosure.manage' } },
    async (req) => {
      const calendar = await deps.calendar.current();
      const now = deps.clock();
      return withAudit(app, req, { action: 'disclosure.publish', objectType: 'disclosure', objectId: req.params.id }, async (tx) => {
        await publishDisclosure(tx, req.actor!, req.params.id, now);
        return getDisclosure(tx, req.actor!, req.params.id, now, calendar);
      });
    },
  );

  app.post(
    '/disclosure/records/:id/withdraw',
    { schema: { tags, summary: '撤回公示信息并说明理由（处罚法第四十八条）', params: disclosureIdParams, body: withdrawDisclosureBody, response: { 200: disclosureRecordDetail } }, config: { action: 'disclosure.manage' } },
    async (req) => {
      const calendar = await deps.calendar.current();
      const now = deps.clock();
      return withAudit(app, req, { action: 'disclosure.withdraw', objectType: 'disclosure', objectId: req.params.id }, async (tx) => {
        await recordForAct(tx, req.actor!, req.params.id, 'disclosure.manage');
        await withdrawDisclosure(tx, { recordId: req.params.id, reason: req.body.reason, changedOn: req.body.changedOn, at: now, actorAccountId: req.actor!.accountId }, calendar);
        return getDisclosure(tx, req.actor!, req.params.id, now, calendar);
      });
    },
  );

  app.post(
    '/disclosure/records/:id/remove',
    { schema: { tags, summary: '信用修复后提前撤下（最短公示期届满后）', params: disclosureIdParams, body: removeDisclosureBody, response: { 200: disclosureRecordDetail } }, config: { action: 'disclosure.remove' } },
    async (req) => {
      const calendar = await deps.calendar.current();
      const now = deps.clock();
      return withAudit(app, req, { action: 'disclosure.remove', objectType: 'disclosure', objectId: req.params.id }, async (tx) => {
        await removeDisclosure(tx, req.actor!, req.params.id, req.body, now);
        return getDisclosure(tx, req.actor!, req.params.id, now, calendar);
      });
    },
  );

  app.get(
    '/disclosure/deadlines',
    { schema: { tags, summary: '本机关临近或超过公开、撤回期限的公示信息', response: { 200: disclosureDeadlinesResponse } }, config: { action: 'disclosure.manage' } },
    async (req) => {
      const calendar = await deps.calendar.current();
      const today = chinaDateOf(deps.clock());
      return { today, items: await disclosureDeadlines(deps.database.db, [req.actor!.agencyId], today, calendar) };
    },
  );

  app.get(
    '/disclosure/supervision',
    { schema: { tags, summary: '执法监督：辖区内逾期未公开、逾期未撤回的决定', response: { 200: supervisionResponse } }, config: { action: 'disclosure.supervise' } },
    async (req) => supervisionOf(deps.database.db, req.actor!, deps.clock(), await deps.calendar.current()),
  );

  app.get(
    '/disclosure/settings',
    { schema: { tags, summary: '公示规则设置（自然人当事人的公示方式）', response: { 200: disclosureSettings } }, config: { action: 'disclosure.configure' } },
    async () => ({ personNameRule: await personNameRule(deps.database.db) }),
  );

  app.put(
    '/disclosure/settings',
    { schema: { tags, summary: '修改公示规则设置（此后生成的公示信息适用）', body: disclosureSettings, response: { 200: disclosureSettings } }, config: { action: 'disclosure.configure' } },
    async (req) =>
      withAudit(app, req, { action: 'disclosure.configure', objectType: 'setting', objectId: PERSON_NAME_RULE_SETTING, detail: req.body }, async (tx) => {
        const value = req.body.personNameRule;
        await tx.insert(setting).values({ key: PERSON_NAME_RULE_SETTING, value }).onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: deps.clock() } });
        return { personNameRule: await personNameRule(tx) };
      }),
  );

  app.get(
    '/disclosure/statistics',
    { schema: { tags, summary: '已公布的年度统计', response: { 200: statisticsSnapshotsResponse } }, config: { action: 'disclosure.statistics' } },
    async () => {
      const rows = await deps.database.db.select().from(disclosureStatistics).orderBy(desc(disclosureStatistics.publishedAt)).limit(50);
      return { items: rows.map((r) => ({ id: r.id, year: r.year, publishedAt: r.publishedAt.toISOString(), figures: r.figures as Record<string, unknown> })) };
    },
  );

  app.post(
    '/disclosure/statistics/:year',
    { schema: { tags, summary: '生成并公布年度统计（每年1月31日前）', params: statisticsYearParams, response: { 201: statisticsSnapshotItem } }, config: { action: 'disclosure.statistics' } },
    async (req, reply) => {
      const now = deps.clock();
      const row = await withAudit(app, req, { action: 'disclosure.statistics', objectType: 'disclosure-statistics', detail: { year: req.params.year } }, (tx) =>
        publishAnnualStatistics(tx, req.params.year, now, req.actor!.accountId),
      );
      return reply.status(201).send({ id: row.id, year: row.year, publishedAt: row.publishedAt.toISOString(), figures: row.figures as Record<string, unknown> });
    },
  );
};

