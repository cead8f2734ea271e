import { registryHistoryResponse } from '@sanxiang/contracts';
import { historyOf } from '../registry/registry-history.ts';
import {
  createEnforcementItemBody,
  createInspectionItemBody,
  dutiesAgencyParams,
  dutiesChangedBody,
  dutiesChangedResponse,
  enforcementItemBody,
  enforcementItemDetail,
  flagIdParams,
  flagsResponse,
  flowchartPreviewBody,
  flowchartResponse,
  inspectionItemBody,
  inspectionItemsResponse,
  inspectionItemView,
  itemIdParams,
  itemsResponse,
  listFlagsQuery,
  listInspectionItemsQuery,
  listItemsQuery,
  okResponse,
  resolveFlagBody,
  reviewFlagItem,
} from '@sanxiang/contracts';
import { chinaDateOf } from '@sanxiang/domain';
import { enforcementItem, inspectionItem, reviewFlag } from '@sanxiang/db';
import { inArray } from 'drizzle-orm';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { itemFlowchart } from './item-flowchart.ts';
import { getEnforcementItem, getInspectionItem, inspectionItemViews, inspectionWhere, listEnforcementItems, reachableAgencies } from './item-views.ts';
import { declareDutiesChange, flagsScope, listFlags, resolveFlag } from './review-flags.ts';
import { createEnforcementItem, updateEnforcementItem, withdrawEnforcementItem } from './save-enforcement-item.ts';
import { createInspectionItem, updateInspectionItem, withdrawInspectionItem } from './save-inspection-item.ts';

const itemTags = ['权责清单（执法事项）'];
const inspectionTags = ['随机抽查事项清单'];
const flagTags = ['更新期限'];
const ok = okResponse;

// Bodies go to the audit log as they were sent, except the long free texts of a service guide.
const auditBody = (b: { code: string; name: string; legalBasis: string[]; kind?: string; procedure?: string }) => ({
  code: b.code,
  name: b.name,
  kind: b.kind,
  procedure: b.procedure,
  legalBasis: b.legalBasis,
});

export const itemRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const today = () => chinaDateOf(deps.clock());
  const now = () => deps.clock();

  // ——— 执法事项 ———
  app.get(
    '/items',
    { schema: { tags: itemTags, summary: '执法事项列表（按角色范围）', querystring: listItemsQuery, response: { 200: itemsResponse } }, config: { action: 'item.read' } },
    async (req) => {
      const { page, pageSize, includeWithdrawn, ...filter } = req.query;
      return withAudit(app, req, { action: 'item.list', objectType: 'enforcement-item', detail: req.query }, (tx) =>
        listEnforcementItems(tx, reachableAgencies(req.actor!, 'item.read', enforcementItem.agencyId), { ...filter, includeWithdrawn: includeWithdrawn === 'true' }, page, pageSize, today()),
      );
    },
  );

  app.get(
    '/items/:id',
    { schema: { tags: itemTags, summary: '执法事项详情（依据、处罚幅度、时限、救济渠道、服务指南）', params: itemIdParams, response: { 200: enforcementItemDetail } }, config: { action: 'item.read' } },
    async (req) =>
      withAudit(app, req, { action: 'item.read', objectType: 'enforcement-item', objectId: req.params.id }, (tx) =>
        getEnforcementItem(tx, req.params.id, today(), { actor: req.actor!, action: 'item.read' }),
      ),
  );

  app.get(
    '/items/:id/flowchart',
    { schema: { tags: itemTags, summary: '执法事项的执法流程图（SVG）', params: itemIdParams, response: { 200: flowchartResponse } }, config: { action: 'item.read' } },
    async (req) =>
      withAudit(app, req, { action: 'item.read', objectType: 'enforcement-item', objectId: req.params.id, detail: { view: 'flowchart' } }, async (tx) =>
        itemFlowchart(await getEnforcementItem(tx, req.params.id, today(), { actor: req.actor!, action: 'item.read' })),
      ),
  );

  app.post(
    '/items/flowchart-preview',
    { schema: { tags: itemTags, summary: '按程序定义预览执法流程图（不保存）', body: flowchartPreviewBody, response: { 200: flowchartResponse } }, config: { action: 'item.read' } },
    async (req) => itemFlowchart(req.body),
  );

  app.post(
    '/items',
    { schema: { tags: itemTags, summary: '新增执法事项（机关负责人：本机关；系统管理员：指定机关）', body: createEnforcementItemBody, response: { 201: enforcementItemDetail } }, config: { action: 'item.manage' } },
    async (req, reply) => {
      const detail = await withAudit(app, req, { action: 'item.create', objectType: 'enforcement-item', detail: auditBody(req.body) }, async (tx, note) => {
        const created = await createEnforcementItem(tx, req.actor!, req.body, { now: now() });
        note({ objectId: created.id, detail: { ...auditBody(req.body), agencyId: created.agencyId, citations: created.citations } });
        return getEnforcementItem(tx, created.id, today());
      });
      return reply.status(201).send(detail);
    },
  );

  app.put(
    '/items/:id',
    { schema: { tags: itemTags, summary: '修改执法事项（整体提交）', params: itemIdParams, body: enforcementItemBody, response: { 200: enforcementItemDetail } }, config: { action: 'item.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'item.update', objectType: 'enforcement-item', objectId: req.params.id, detail: auditBody(req.body) }, async (tx, note) => {
        const updated = await updateEnforcementItem(tx, req.actor!, req.params.id, req.body, { now: now() });
        note({ detail: { ...auditBody(req.body), changed: updated.changed, citations: updated.citations } });
        return getEnforcementItem(tx, updated.id, today());
      }),
  );

  app.delete(
    '/items/:id',
    { schema: { tags: itemTags, summary: '取消执法事项（保留记录，不再公示）', params: itemIdParams, response: { 200: ok } }, config: { action: 'item.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'item.withdraw', objectType: 'enforcement-item', objectId: req.params.id }, async (tx, note) => {
        const gone = await withdrawEnforcementItem(tx, req.actor!, req.params.id, { now: now() });
        note({ detail: { code: gone.code, name: gone.name } });
        return { ok: true as const };
      }),
  );

  // ——— 随机抽查事项清单 ———
  app.get(
    '/inspection-items',
    { schema: { tags: inspectionTags, summary: '随机抽查事项列表（按角色范围）', querystring: listInspectionItemsQuery, response: { 200: inspectionItemsResponse } }, config: { action: 'item.read' } },
    async (req) => {
      const { page, pageSize, includeWithdrawn, ...filter } = req.query;
      return withAudit(app, req, { action: 'inspection-item.list', objectType: 'inspection-item', detail: req.query }, async (tx) => {
        const where = inspectionWhere({ ...filter, includeWithdrawn: includeWithdrawn === 'true' }, reachableAgencies(req.actor!, 'item.read', inspectionItem.agencyId));
        return { ...(await inspectionItemViews(tx, where, today(), { page, pageSize })), page, pageSize };
      });
    },
  );

  app.get(
    '/items/:id/history',
    { schema: { tags: itemTags, summary: '执法事项的变更历史（含生效日期）', params: itemIdParams, response: { 200: registryHistoryResponse } }, config: { action: 'item.read' } },
    async (req) =>
      withAudit(app, req, { action: 'item.history', objectType: 'enforcement-item', objectId: req.params.id }, async (tx) => {
        await getEnforcementItem(tx, req.params.id, today(), { actor: req.actor!, action: 'item.read' });
        return { items: await historyOf(tx, 'enforcement_item', req.params.id) };
      }),
  );

  app.get(
    '/inspection-items/:id/history',
    { schema: { tags: inspectionTags, summary: '随机抽查事项的变更历史（含生效日期）', params: itemIdParams, response: { 200: registryHistoryResponse } }, config: { action: 'item.read' } },
    async (req) =>
      withAudit(app, req, { action: 'inspection-item.history', objectType: 'inspection-item', objectId: req.params.id }, async (tx) => {
        await getInspectionItem(tx, req.params.id, today(), { actor: req.actor!, action: 'item.read' });
        return { items: await historyOf(tx, 'inspection_item', req.params.id) };
      }),
  );

  app.get(
    '/inspection-items/:id',
    { schema: { tags: inspectionTags, summary: '随机抽查事项详情', params: itemIdParams, response: { 200: inspectionItemView } }, config: { action: 'item.read' } },
    async (req) =>
      withAudit(app, req, { action: 'inspection-item.read', objectType: 'inspection-item', objectId: req.params.id }, (tx) =>
        getInspectionItem(tx, req.params.id, today(), { actor: req.actor!, action: 'item.read' }),
      ),
  );

  app.post(
    '/inspection-items',
    { schema: { tags: inspectionTags, summary: '新增随机抽查事项', body: createInspectionItemBody, response: { 201: inspectionItemView } }, config: { action: 'inspection-item.manage' } },
    async (req, reply) => {
      const view = await withAudit(app, req, { action: 'inspection-item.create', objectType: 'inspection-item', detail: auditBody(req.body) }, async (tx, note) => {
        const created = await createInspectionItem(tx, req.actor!, req.body, { now: now() });
        note({ objectId: created.id, detail: { ...auditBody(req.body), agencyId: created.agencyId } });
        return getInspectionItem(tx, created.id, today());
      });
      return reply.status(201).send(view);
    },
  );

  app.put(
    '/inspection-items/:id',
    { schema: { tags: inspectionTags, summary: '修改随机抽查事项（整体提交）', params: itemIdParams, body: inspectionItemBody, response: { 200: inspectionItemView } }, config: { action: 'inspection-item.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'inspection-item.update', objectType: 'inspection-item', objectId: req.params.id, detail: auditBody(req.body) }, async (tx, note) => {
        const updated = await updateInspectionItem(tx, req.actor!, req.params.id, req.body, { now: now() });
        note({ detail: { ...auditBody(req.body), changed: updated.changed } });
        return getInspectionItem(tx, updated.id, today());
      }),
  );

  app.delete(
    '/inspection-items/:id',
    { schema: { tags: inspectionTags, summary: '取消随机抽查事项', params: itemIdParams, response: { 200: ok } }, config: { action: 'inspection-item.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'inspection-item.withdraw', objectType: 'inspection-item', objectId: req.params.id }, async (tx, note) => {
        const gone = await withdrawInspectionItem(tx, req.actor!, req.params.id, { now: now() });
        note({ detail: { code: gone.code, name: gone.name } });
        return { ok: true as const };
      }),
  );

  // ——— 更新期限 ———
  app.post(
    '/agencies/:id/duties-changed',
    {
      schema: { tags: flagTags, summary: '登记机构职能调整：本机关的权责清单和随机抽查事项清单须在20个工作日内复核', params: dutiesAgencyParams, body: dutiesChangedBody, response: { 201: dutiesChangedResponse } },
      config: { action: 'agency.duties-change' },
    },
    async (req, reply) => {
      // The calendar is read before the transaction: on PGlite a query outside `tx` would wait for it.
      const calendar = await deps.calendar.current();
      const result = await withAudit(app, req, { action: 'agency.duties-change', objectType: 'agency', objectId: req.params.id, detail: req.body }, async (tx, note) => {
        const change = await declareDutiesChange(tx, req.actor!, req.params.id, req.body, { now: now(), calendar });
        note({ detail: { ...req.body, dutiesChangeId: change.id, dueOn: change.dueOn } });
        const flags = await listFlags(tx, inArray(reviewFlag.id, change.flagIds), { status: 'all' }, today(), { page: 1, pageSize: 10 });
        return { id: change.id, agencyId: change.agencyId, effectiveOn: change.effectiveOn, flags: flags.items };
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/registry/flags',
    { schema: { tags: flagTags, summary: '公示信息更新提示：到期日与状态，逾期的在前（执法监督：本辖区）', querystring: listFlagsQuery, response: { 200: flagsResponse } }, config: { action: 'review-flag.read' } },
    async (req) => {
      const { page, pageSize, overdue, ...filter } = req.query;
      return withAudit(app, req, { action: 'review-flag.list', objectType: 'review-flag', detail: req.query }, (tx) =>
        listFlags(tx, flagsScope(req.actor!), { ...filter, overdue: overdue === 'true' }, today(), { page, pageSize }),
      );
    },
  );

  app.post(
    '/registry/flags/:id/resolve',
    { schema: { tags: flagTags, summary: '确认已复核（本机关负责人）', params: flagIdParams, body: resolveFlagBody, response: { 200: reviewFlagItem } }, config: { action: 'review-flag.resolve' } },
    async (req) =>
      withAudit(app, req, { action: 'review-flag.resolve', objectType: 'review-flag', objectId: req.params.id, detail: req.body }, async (tx, note) => {
        const resolved = await resolveFlag(tx, req.actor!, req.params.id, req.body.note, now());
        note({ detail: { ...req.body, late: resolved.late } });
        const { items } = await listFlags(tx, inArray(reviewFlag.id, [resolved.id]), { status: 'all' }, today(), { page: 1, pageSize: 1 });
        return items[0];
      }),
  );
};
