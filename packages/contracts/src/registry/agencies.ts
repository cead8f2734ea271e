import { z } from 'zod';
import { body, plainDate, uuid } from '../common.ts';

export const agencyKind = z.enum(['statutory', 'authorized', 'entrusted']).describe('法定行政机关 statutory、法律法规授权组织 authorized、受委托组织 entrusted');
export const agencyLevel = z.enum(['province', 'city', 'county', 'township']);
/** Field codes are checked against the domain's list (a precise error names the unknown one). */
export const fieldCode = z.string().regex(/^[a-z_]{2,32}$/, '执法领域代码格式不正确').describe('执法领域代码，见 /registry/options');

/** When a change to disclosed information takes effect, and why: kept in its history (registry_change). */
const changeNote = {
  effectiveOn: plainDate.optional().describe('变更生效日期（北京时间，默认今天；不能晚于今天）'),
  reason: z.string().trim().min(1).max(500).optional().describe('变更原因或依据'),
};

const text = (max: number) => z.string().trim().max(max);

export const agencyUnitItem = z.object({ id: z.string(), name: z.string(), address: z.string().nullable(), phone: z.string().nullable() });
export const agencyRef = z.object({ id: z.string(), name: z.string() });

/** 执法主体: everything here is disclosed (事前公开), so the same view serves the portal, the console and the API. */
export const agencyItem = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: agencyKind,
  kindLabel: z.string(),
  entrustingAgency: agencyRef.nullable(),
  creditCode: z.string().nullable(),
  level: agencyLevel,
  levelLabel: z.string(),
  parent: agencyRef.nullable(),
  region: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  field: z.string(),
  fieldLabel: z.string(),
  isSupervisor: z.boolean(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  legalBasis: z.string().nullable(),
  units: z.array(agencyUnitItem),
  isDemo: z.boolean(),
});
export type AgencyItem = z.infer<typeof agencyItem>;

export const listAgenciesQuery = z.object({
  q: z.string().trim().max(64).optional().describe('名称或统一社会信用代码'),
  regionId: uuid.optional(),
  kind: agencyKind.optional(),
});
export const agenciesResponse = z.object({ items: z.array(agencyItem) });
export const agencyIdParams = z.object({ id: uuid });
export const agencyUnitParams = z.object({ id: uuid, unitId: uuid });

const unitShape = { name: text(60).min(2, '机构名称至少2个字'), address: text(200).optional(), phone: text(40).optional() };

export const createAgencyBody = body({
  name: text(60).min(4, '主体名称至少4个字'),
  shortName: text(20).min(2, '简称至少2个字').describe('文书编号用的简称，如“甲县市监”'),
  kind: agencyKind,
  entrustingAgencyId: uuid.nullable().optional().describe('委托机关（仅受委托组织）'),
  creditCode: z.string().trim().min(1, '请填写统一社会信用代码').max(40),
  level: agencyLevel,
  parentId: uuid.nullable().optional().describe('上级机关'),
  regionId: uuid.describe('管辖区域（行政区划）'),
  field: fieldCode,
  isSupervisor: z.boolean().default(false).describe('司法行政部门（执法监督机关）'),
  address: text(200).optional(),
  phone: text(40).optional(),
  legalBasis: text(2000).optional().describe('执法权限的法律依据'),
  units: z.array(body(unitShape)).max(30).default([]).describe('内设执法机构'),
  ...changeNote,
});

export const updateAgencyBody = body({
  name: text(60).min(4).optional(),
  shortName: text(20).min(2).optional(),
  kind: agencyKind.optional(),
  entrustingAgencyId: uuid.nullable().optional(),
  creditCode: z.string().trim().min(1).max(40).optional(),
  level: agencyLevel.optional(),
  parentId: uuid.nullable().optional(),
  regionId: uuid.optional(),
  field: fieldCode.optional(),
  isSupervisor: z.boolean().optional(),
  address: text(200).nullable().optional(),
  phone: text(40).nullable().optional(),
  legalBasis: text(2000).nullable().optional(),
  ...changeNote,
});

export const createUnitBody = body({ ...unitShape, ...changeNote });
export const updateUnitBody = body({
  name: text(60).min(2).optional(),
  address: text(200).nullable().optional(),
  phone: text(40).nullable().optional(),
  ...changeNote,
});

export const registryOptions = z.object({
  regions: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), level: z.string(), parentId: z.string().nullable() })),
  fields: z.array(z.object({ code: z.string(), label: z.string() })),
  kinds: z.array(z.object({ code: agencyKind, label: z.string() })),
  levels: z.array(z.object({ code: agencyLevel, label: z.string() })),
  certificateWarningDays: z.number().int(),
});
export type RegistryOptions = z.infer<typeof registryOptions>;

export const registryChangeItem = z.object({
  id: z.number(),
  entityType: z.enum(['agency', 'agency_unit', 'officer', 'enforcement_item', 'inspection_item']),
  entityId: z.string(),
  kind: z.enum(['create', 'update', 'suspend', 'reinstate', 'revoke', 'withdraw']),
  kindLabel: z.string(),
  effectiveOn: z.string(),
  changedAt: z.string(),
  changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
  /** Field by field, labelled: what the console shows. `before` is null for a creation. */
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});
export type RegistryChangeItem = z.infer<typeof registryChangeItem>;
export const registryHistoryResponse = z.object({ items: z.array(registryChangeItem) });
