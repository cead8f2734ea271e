import { createAgencyBody } from '@sanxiang/contracts';
import { AGENCY_KIND_LABELS, AGENCY_LEVEL_LABELS, creditCodeCheckChar, ENFORCEMENT_FIELD_LABELS, invalid } from '@sanxiang/domain';
import { createAgency, type CreateAgencyInput } from '../registry/create-agency.ts';
import { loadAgencies } from '../registry/agency-views.ts';
import { registryOptions } from '../registry/registry-options.ts';
import { labelCell, linesCell } from './cells.ts';
import { type ImportSpec, yesNo } from './import-spec.ts';

const kindCell = labelCell(AGENCY_KIND_LABELS, '主体类别');
const levelCell = labelCell(AGENCY_LEVEL_LABELS, '层级', { 省: 'province', 市: 'city', 县: 'county', 区县: 'county', 乡镇: 'township', 街道: 'township' });
const fieldCell = labelCell(ENFORCEMENT_FIELD_LABELS, '执法领域', { 司法行政: 'justice' });
const UNIT_SEPARATORS = /[、,，;；\r\n]+/;

const exampleCreditCode = (() => {
  const body = '11370121MB0099999';
  return body + creditCodeCheckChar(body);
})();

type Region = { id: string; code: string; name: string };

/** A region by its 6-digit code, or by its name when that is unique. */
const regionOf = (regions: Region[], text: string) => {
  if (/^\d{6}$/.test(text)) {
    const byCode = regions.find((r) => r.code === text);
    if (!byCode) throw invalid('REGION_NOT_FOUND', `没有代码为 ${text} 的行政区划`);
    return byCode;
  }
  const named = regions.filter((r) => r.name === text);
  if (named.length === 0) throw invalid('REGION_NOT_FOUND', `没有名为“${text}”的行政区划`);
  if (named.length > 1) throw invalid('REGION_AMBIGUOUS', `有${named.length}个名为“${text}”的行政区划，请填写6位区划代码（${named.map((r) => r.code).join('、')}）`);
  return named[0];
};

/** Agencies in the register's order, except that a parent or entrusting agency comes before those naming it. */
const dependenciesFirst = <A extends { id: string; parent: { id: string } | null; entrustingAgency: { id: string } | null }>(agencies: A[]): A[] => {
  const done = new Set<string>();
  const ids = new Set(agencies.map((a) => a.id));
  const out: A[] = [];
  let pending = agencies;
  while (pending.length) {
    const ready = pending.filter((a) => [a.parent?.id, a.entrustingAgency?.id].every((d) => !d || done.has(d) || !ids.has(d) || d === a.id));
    // A loop cannot be stored (checkAgency refuses it); if one were there, the rest keep their order.
    const next = ready.length ? ready : pending;
    for (const a of next) {
      done.add(a.id);
      out.push(a);
    }
    pending = pending.filter((a) => !done.has(a.id));
  }
  return out;
};

/**
 * 执法主体 in bulk, each with its 内设机构 (a 、-separated list in one cell), through the same contract and
 * use case as registering one agency. Agencies named as 上级机关 or 委托机关 may be registered earlier in the
 * same file. Registered agencies are refused (changes go through 变更, which keeps their history).
 */
export const agenciesImport: ImportSpec = {
  type: 'agencies',
  label: '执法主体',
  action: 'agency.manage',
  notes: [
    '每行登记一个新的执法主体及其内设机构；名称或统一社会信用代码已登记的行会被拒绝（已登记主体的变更请在“执法主体”页面办理，以保留变更历史）',
    '上级机关、委托机关可以是本表中前面各行登记的主体',
  ],
  columns: [
    { header: '主体名称', key: 'name', required: true, example: '丙县市场监督管理局' },
    { header: '简称', key: 'shortName', required: true, example: '丙县市监', hint: '文书编号用的简称' },
    { header: '主体类别', key: 'kind', required: true, example: AGENCY_KIND_LABELS.statutory, hint: Object.values(AGENCY_KIND_LABELS).join('、'), parse: kindCell },
    { header: '委托机关', key: 'entrustingAgencyId', example: '', hint: '仅受委托组织填写：委托机关的名称（行政处罚法第二十条）' },
    { header: '统一社会信用代码', key: 'creditCode', required: true, example: exampleCreditCode },
    { header: '层级', key: 'level', required: true, example: AGENCY_LEVEL_LABELS.county, hint: Object.values(AGENCY_LEVEL_LABELS).join('、'), parse: levelCell },
    { header: '上级机关', key: 'parentId', example: '某市市场监督管理局', hint: '上级机关的名称' },
    { header: '管辖区域', key: 'regionId', required: true, example: '甲县', hint: '行政区划名称；重名的填6位区划代码' },
    { header: '执法领域', key: 'field', required: true, example: ENFORCEMENT_FIELD_LABELS.market, hint: Object.values(ENFORCEMENT_FIELD_LABELS).join('、'), parse: fieldCell },
    { header: '司法行政部门', key: 'isSupervisor', example: '否', hint: '执法监督机关（司法局）填“是”', parse: yesNo },
    { header: '地址', key: 'address', example: '丙县政务服务中心3号楼' },
    { header: '电话', key: 'phone', example: '0531-80000000' },
    { header: '职权依据', key: 'legalBasis', example: '有关法律、法规及本级政府“三定”规定' },
    { header: '内设机构', key: 'units', example: '执法稽查大队、法规股', hint: '内设执法机构的名称，多个用顿号分隔', parse: (t) => linesCell(t, UNIT_SEPARATORS).map((name) => ({ name })) },
  ],
  schema: createAgencyBody,
  duplicateKey: { column: 'name', of: (v) => (typeof v.name === 'string' ? v.name : undefined) },
  errorColumns: {
    AGENCY_NAME_TAKEN: 'name',
    CREDIT_CODE_TAKEN: 'creditCode',
    CREDIT_CODE_INVALID: 'creditCode',
    FIELD_UNKNOWN: 'field',
    REGION_NOT_FOUND: 'regionId',
    REGION_AMBIGUOUS: 'regionId',
    PARENT_AGENCY_NOT_FOUND: 'parentId',
    AGENCY_PARENT_CYCLE: 'parentId',
    ENTRUSTING_AGENCY_REQUIRED: 'entrustingAgencyId',
    ENTRUSTING_AGENCY_INVALID: 'entrustingAgencyId',
    ENTRUSTING_AGENCY_NOT_FOUND: 'entrustingAgencyId',
    ENTRUSTING_AGENCY_NOT_ALLOWED: 'entrustingAgencyId',
    UNIT_NAME_TAKEN: 'units',
  },
  prepare: async (tx, _actor, v) => {
    const { entrustingAgencyId: entrustingName, parentId: parentName, regionId: regionText, ...rest } = v as Record<string, unknown> & {
      entrustingAgencyId?: string;
      parentId?: string;
      regionId?: string;
    };
    const agencies = await loadAgencies(tx);
    const agencyNamed = (name: string, code: string, what: string) => {
      const found = agencies.find((a) => a.name === name);
      if (!found) throw invalid(code, `没有名为“${name}”的执法主体（${what}须已登记，或在本表前面的行中登记）`);
      return found.id;
    };
    const { regions } = await registryOptions(tx);
    return {
      ...rest,
      ...(entrustingName ? { entrustingAgencyId: agencyNamed(entrustingName, 'ENTRUSTING_AGENCY_NOT_FOUND', '委托机关') } : {}),
      ...(parentName ? { parentId: agencyNamed(parentName, 'PARENT_AGENCY_NOT_FOUND', '上级机关') } : {}),
      ...(regionText ? { regionId: regionOf(regions, regionText).id } : {}),
    };
  },
  commit: async (tx, actor, input, ctx) => {
    await createAgency(tx, actor, input as CreateAgencyInput, ctx.now);
  },
  exportRows: async (db) => {
    const agencies = await loadAgencies(db);
    const { regions } = await registryOptions(db);
    const sameName = (name: string) => regions.filter((r) => r.name === name).length;
    return dependenciesFirst(agencies).map((a) => [
      a.name,
      a.shortName,
      a.kindLabel,
      a.entrustingAgency?.name ?? '',
      a.creditCode ?? '',
      a.levelLabel,
      a.parent?.name ?? '',
      sameName(a.region.name) > 1 ? a.region.code : a.region.name,
      a.fieldLabel,
      a.isSupervisor ? '是' : '否',
      a.address ?? '',
      a.phone ?? '',
      a.legalBasis ?? '',
      a.units.map((u) => u.name).join('、'),
    ]);
  },
};
