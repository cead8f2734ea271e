import {
  agenciesResponse,
  agencyIdParams,
  agencyItem,
  agencyUnitItem,
  agencyUnitParams,
  createAgencyBody,
  createOfficerBody,
  createUnitBody,
  expiringOfficersQuery,
  expiringOfficersResponse,
  listAgenciesQuery,
  listOfficersQuery,
  officerDetail,
  officerIdParams,
  officersResponse,
  registryHistoryResponse,
  registryOptions as registryOptionsResponse,
  revokeOfficerBody,
  updateAgencyBody,
  updateOfficerBody,
  updateUnitBody,
} from '@sanxiang/contracts';
import { type Actor, chinaDateOf } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { agencyHistory } from './agency-history.ts';
import { createUnit, updateUnit } from './agency-units.ts';
import { getAgency, listAgencies } from './agency-views.ts';
import { createAgency } from './create-agency.ts';
import { createOfficer } from './create-officer.ts';
import { expiringOfficers, listOfficers, requireOfficer, toOfficerItem } from './officer-views.ts';
import { historyOf } from './registry-history.ts';
import { registryOptions } from './registry-options.ts';
import { revokeOfficer } from './revoke-officer.ts';
import { updateAgency } from './update-agency.ts';
import { updateOfficer } from './update-officer.ts';
import { qrSvg, verifyUrlOf } from './verify-link.ts';

const agencyTags = ['执法主体'];
const officerTags = ['执法人员'];

// ID numbers and phones never enter the audit log's detail: only whether one was given.
const redacted = (b: Record<string, unknown>) => ({
  ...b,
  ...('idNumber' in b ? { idNumber: b.idNumber ? '（已提供）' : b.idNumber } : {}),
  ...('phone' in b ? { phone: b.phone ? '（已提供）' : b.phone } : {}),
});

export const registryRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const today = () => chinaDateOf(deps.clock());
  const officerObject = (id: string) => ({ objectType: 'officer', objectId: id });

  const detailOf = async (tx: Db, req: FastifyRequest, id: string) => {
    const row = await requireOfficer(tx, req.actor!, id, 'officer.read');
    return { ...toOfficerItem(row, today()), verifyUrl: verifyUrlOf(deps.config, req, row.o.verifyToken), today: today() };
  };

  // Disclosed information (事前公开): public, like the portal that shows it.
  app.get(
    '/registry/options',
    { schema: { tags: agencyTags, summary: '登记用选项：行政区划、执法领域、主体类别与层级', response: { 200: registryOptionsResponse } } },
    async () => registryOptions(deps.database.db),
  );

  app.get(
    '/agencies',
    { schema: { tags: agencyTags, summary: '执法主体名录（公开）：内设机构、地址、电话、职权依据', querystring: listAgenciesQuery, response: { 200: agenciesResponse } } },
    async (req) => listAgencies(deps.database.db, req.query),
  );

  app.get(
    '/agencies/:id',
    { schema: { tags: agencyTags, summary: '执法主体详情（公开）', params: agencyIdParams, response: { 200: agencyItem } } },
    async (req) => getAgency(deps.database.db, req.params.id),
  );

  app.post(
    '/agencies',
    { schema: { tags: agencyTags, summary: '登记执法主体及其内设机构（系统管理员）', body: createAgencyBody, response: { 201: agencyItem } }, config: { action: 'agency.manage' } },
    async (req, reply) => {
      const created = await withAudit(app, req, { action: 'agency.create', objectType: 'agency', detail: req.body }, async (tx, note) => {
        const a = await createAgency(tx, req.actor!, req.body, deps.clock());
        note({ objectId: a.id });
        return getAgency(tx, a.id);
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/agencies/:id',
    { schema: { tags: agencyTags, summary: '变更执法主体信息（系统管理员；保留变更历史）', params: agencyIdParams, body: updateAgencyBody, response: { 200: agencyItem } }, config: { action: 'agency.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'agency.update', objectType: 'agency', objectId: req.params.id, detail: req.body }, async (tx) => {
        await updateAgency(tx, req.actor!, req.params.id, req.body, deps.clock());
        return getAgency(tx, req.params.id);
      }),
  );

  app.post(
    '/agencies/:id/units',
    { schema: { tags: agencyTags, summary: '新增内设执法机构（系统管理员）', params: agencyIdParams, body: createUnitBody, response: { 201: agencyUnitItem } }, config: { action: 'agency.manage' } },
    async (req, reply) => {
      const unit = await withAudit(app, req, { action: 'agency.unit-create', objectType: 'agency', objectId: req.params.id, detail: req.body }, (tx) =>
        createUnit(tx, req.actor!, req.params.id, req.body, deps.clock()),
      );
      return reply.status(201).send({ id: unit.id, name: unit.name, address: unit.address, phone: unit.phone });
    },
  );

  app.patch(
    '/agencies/:id/units/:unitId',
    { schema: { tags: agencyTags, summary: '变更内设执法机构（系统管理员）', params: agencyUnitParams, body: updateUnitBody, response: { 200: agencyUnitItem } }, config: { action: 'agency.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'agency.unit-update', objectType: 'agency_unit', objectId: req.params.unitId, detail: req.body }, async (tx) => {
        const u = await updateUnit(tx, req.actor!, req.params.id, req.params.unitId, req.body, deps.clock());
        return { id: u.id, name: u.name, address: u.address, phone: u.phone };
      }),
  );

  app.get(
    '/agencies/:id/history',
    { schema: { tags: agencyTags, summary: '执法主体及内设机构的变更历史（系统管理员）', params: agencyIdParams, response: { 200: registryHistoryResponse } }, config: { action: 'agency.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'agency.history', objectType: 'agency', objectId: req.params.id }, async (tx) => {
        await getAgency(tx, req.params.id);
        return agencyHistory(tx, req.params.id);
      }),
  );

  app.get(
    '/officers',
    { schema: { tags: officerTags, summary: '执法人员列表（本机关；监督人员为辖区；按拼音排序）', querystring: listOfficersQuery, response: { 200: officersResponse } }, config: { action: 'officer.read' } },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return withAudit(app, req, { action: 'officer.list', objectType: 'officer', detail: req.query }, (tx) => listOfficers(tx, req.actor!, filter, page, pageSize, today()));
    },
  );

  app.get(
    '/officers/expiring',
    {
      schema: { tags: officerTags, summary: '执法证到期提醒：今后若干天内到期及已过期（未吊销）的执法证', querystring: expiringOfficersQuery, response: { 200: expiringOfficersResponse } },
      config: { action: 'officer.read' },
    },
    async (req) =>
      withAudit(app, req, { action: 'officer.expiring', objectType: 'officer', detail: req.query }, (tx) => expiringOfficers(tx, req.actor!, req.query.days, today(), req.query.agencyId)),
  );

  app.get(
    '/officers/:id',
    { schema: { tags: officerTags, summary: '执法人员详情（含亮证核验地址）', params: officerIdParams, response: { 200: officerDetail } }, config: { action: 'officer.read' } },
    async (req) => withAudit(app, req, { action: 'officer.read', ...officerObject(req.params.id) }, (tx) => detailOf(tx, req, req.params.id)),
  );

  app.get(
    '/officers/:id/history',
    { schema: { tags: officerTags, summary: '执法人员信息变更历史（含生效日期）', params: officerIdParams, response: { 200: registryHistoryResponse } }, config: { action: 'officer.read' } },
    async (req) =>
      withAudit(app, req, { action: 'officer.history', ...officerObject(req.params.id) }, async (tx) => {
        await requireOfficer(tx, req.actor!, req.params.id, 'officer.read');
        return { items: await historyOf(tx, 'officer', req.params.id) };
      }),
  );

  app.get(
    '/officers/:id/qr.svg',
    { schema: { tags: officerTags, summary: '亮证二维码（SVG，供打印）', params: officerIdParams }, config: { action: 'officer.read' } },
    async (req, reply) => sendQr(app, req, reply, req.params.id),
  );

  app.post(
    '/officers',
    { schema: { tags: officerTags, summary: '登记执法人员（系统管理员；机关负责人限本机关）', body: createOfficerBody, response: { 201: officerDetail } }, config: { action: 'officer.manage' } },
    async (req, reply) => {
      const created = await withAudit(app, req, { action: 'officer.create', objectType: 'officer', detail: redacted(req.body) }, async (tx, note) => {
        const id = await createOfficer(tx, req.actor!, req.body, { now: deps.clock(), cipher: deps.cipher });
        note({ objectId: id });
        return detailOf(tx, req, id);
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/officers/:id',
    {
      schema: { tags: officerTags, summary: '变更执法人员信息、暂扣或恢复执法证（保留变更历史）', params: officerIdParams, body: updateOfficerBody, response: { 200: officerDetail } },
      config: { action: 'officer.manage' },
    },
    async (req) =>
      withAudit(app, req, { action: 'officer.update', ...officerObject(req.params.id), detail: redacted(req.body) }, async (tx) => {
        await updateOfficer(tx, req.actor!, req.params.id, req.body, { now: deps.clock(), cipher: deps.cipher });
        return detailOf(tx, req, req.params.id);
      }),
  );

  app.post(
    '/officers/:id/revoke',
    { schema: { tags: officerTags, summary: '吊销执法证（不可恢复）', params: officerIdParams, body: revokeOfficerBody, response: { 200: officerDetail } }, config: { action: 'officer.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'officer.revoke', ...officerObject(req.params.id), detail: req.body }, async (tx) => {
        await revokeOfficer(tx, req.actor!, req.params.id, req.body, deps.clock());
        return detailOf(tx, req, req.params.id);
      }),
  );
};

/** The QR code of an officer the actor may read; the same answer at /officers/:id/qr.svg for printing. */
export const sendQr = async (app: AppInstance, req: FastifyRequest, reply: FastifyReply, id: string) => {
  const svg = await withAudit(app, req, { action: 'officer.qr', objectType: 'officer', objectId: id }, async (tx) => {
    const row = await requireOfficer(tx, req.actor as Actor, id, 'officer.read');
    return qrSvg(verifyUrlOf(app.deps.config, req, row.o.verifyToken));
  });
  return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'private, no-store').send(svg);
};

/** Outside /api/v1: the print address of an officer's QR code (staff only, like the API's). */
export const registryPrintRoutes = async (app: AppInstance) => {
  app.get('/officers/:id/qr.svg', { schema: { hide: true, params: officerIdParams }, config: { action: 'officer.read' } }, async (req, reply) => sendQr(app, req, reply, req.params.id));
};
