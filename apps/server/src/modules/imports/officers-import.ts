import { createOfficerBody } from '@sanxiang/contracts';
import { type Actor, chinaDateOf, ENFORCEMENT_FIELD_LABELS, invalid } from '@sanxiang/domain';
import { agency, agencyUnit, type Db } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import { createOfficer, type CreateOfficerInput } from '../registry/create-officer.ts';
import { listOfficers } from '../registry/officer-views.ts';
import { type ImportSpec, listCell, plainDateCell, yesNo } from './import-spec.ts';

const FIELD_BY_LABEL = new Map(Object.entries(ENFORCEMENT_FIELD_LABELS).map(([code, label]) => [label as string, code]));
const GENDER: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female' };

/** 执法人员 in bulk: the same contract and use case as registering one officer in the console. */
export const officersImport: ImportSpec = {
  type: 'officers',
  label: '执法人员',
  action: 'officer.manage',
  notes: ['每行登记一名执法人员；执法证号已登记的行会被拒绝（变更请在“执法人员”页面办理，以保留变更历史）'],
  columns: [
    { header: '所属执法主体', key: 'agencyName', example: '甲县市场监督管理局', hint: '系统管理员必填；机关负责人可留空（本机关）' },
    { header: '内设机构', key: 'unitName', example: '执法稽查大队' },
    { header: '姓名', key: 'name', required: true, example: '张三' },
    {
      header: '性别',
      key: 'gender',
      required: true,
      example: '男',
      parse: (t) => {
        if (!GENDER[t]) throw new Error('应填“男”或“女”');
        return GENDER[t];
      },
    },
    { header: '职务', key: 'post', example: '执法队员' },
    { header: '执法证号', key: 'certificateNo', required: true, example: '37012100009999' },
    { header: '发证机关', key: 'certificateIssuer', required: true, example: '某省人民政府' },
    { header: '有效期起', key: 'validFrom', required: true, example: '2026-01-01', parse: plainDateCell },
    { header: '有效期止', key: 'validTo', required: true, example: '2028-12-31', parse: plainDateCell },
    {
      header: '执法领域',
      key: 'fields',
      required: true,
      example: [...FIELD_BY_LABEL.keys()][0] ?? '',
      hint: `多个用顿号分隔：${[...FIELD_BY_LABEL.keys()].join('、')}`,
      parse: (t) =>
        listCell(t).map((label) => {
          const code = FIELD_BY_LABEL.get(label);
          if (!code) throw new Error(`未知的执法领域“${label}”`);
          return code;
        }),
    },
    { header: '法律职业资格', key: 'legalQualification', example: '否', parse: yesNo },
    { header: '法制审核人员', key: 'isLegalReviewer', example: '否', parse: yesNo },
  ],
  schema: createOfficerBody,
  errorColumns: {
    CERTIFICATE_NUMBER_TAKEN: 'certificateNo',
    OFFICER_ALREADY_REGISTERED: 'certificateNo',
    CERTIFICATE_DATES_INVALID: 'validTo',
    UNIT_NOT_IN_AGENCY: 'unitName',
    AGENCY_NOT_FOUND: 'agencyName',
    AGENCY_REQUIRED: 'agencyName',
    FIELD_UNKNOWN: 'fields',
  },
  prepare: async (tx, actor, v) => {
    const { agencyName, unitName, ...rest } = v as Record<string, unknown> & { agencyName?: string; unitName?: string };
    let agencyId: string | undefined;
    if (agencyName) {
      const [a] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.name, agencyName));
      if (!a) throw invalid('AGENCY_NOT_FOUND', `没有名为“${agencyName}”的执法主体`);
      agencyId = a.id;
    }
    let unitId: string | undefined;
    if (unitName) {
      const owner = agencyId ?? actor.agencyId;
      const [u] = await tx.select({ id: agencyUnit.id }).from(agencyUnit).where(and(eq(agencyUnit.agencyId, owner), eq(agencyUnit.name, unitName)));
      if (!u) throw invalid('UNIT_NOT_IN_AGENCY', `该执法主体没有名为“${unitName}”的内设机构`);
      unitId = u.id;
    }
    return { ...rest, ...(agencyId ? { agencyId } : {}), ...(unitId ? { unitId } : {}) };
  },
  commit: async (tx, actor, input, ctx) => {
    await createOfficer(tx, actor, input as CreateOfficerInput, ctx);
  },
  exportRows: async (db, actor, ctx) => {
    const { items } = await listOfficers(db, actor as Actor, {}, 1, 100_000, chinaDateOf(ctx.now));
    return items.map((o: Record<string, unknown>) => [
      String(o.agencyName ?? ''),
      String(o.unitName ?? ''),
      String(o.name ?? ''),
      o.gender === 'female' ? '女' : '男',
      String(o.post ?? ''),
      String(o.certificateNo ?? ''),
      String(o.certificateIssuer ?? ''),
      String(o.validFrom ?? ''),
      String(o.validTo ?? ''),
      ((o.fields as string[]) ?? []).map((f) => (ENFORCEMENT_FIELD_LABELS as Record<string, string>)[f] ?? f).join('、'),
      o.legalQualification ? '是' : '否',
      o.isLegalReviewer ? '是' : '否',
    ]);
  },
};

