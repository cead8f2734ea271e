import { type CreateInspectionItemBody, createInspectionItemBody } from '@sanxiang/contracts';
import { chinaDateOf, formatRatio, INSPECTION_METHOD_LABELS, INSPECTION_PERIOD_LABELS } from '@sanxiang/domain';
import { inspectionItem } from '@sanxiang/db';
import { and, eq, isNull } from 'drizzle-orm';
import { inspectionItemViews, reachableAgencies } from '../items/item-views.ts';
import { createInspectionItem, updateInspectionItem } from '../items/save-inspection-item.ts';
import { labelCell, linesCell, percentToBasisPoints } from './cells.ts';
import type { ImportSpec } from './import-spec.ts';
import { agencyIdByName, existingItem } from './item-agency.ts';
import { citationsCell, citationsText } from './item-cells.ts';

const periodCell = labelCell(INSPECTION_PERIOD_LABELS, '抽查周期', { 年度: 'yearly', 半年: 'half-yearly', 季度: 'quarterly', 月度: 'monthly' });
const methodCell = labelCell(INSPECTION_METHOD_LABELS, '抽查方式');

/**
 * 随机抽查事项清单 in bulk through the same contract and use cases as the console's form; like the 权责清单, a
 * 事项编码 the agency already uses updates that item as a whole, others are created.
 */
export const inspectionItemsImport: ImportSpec = {
  type: 'inspection-items',
  label: '随机抽查事项',
  action: 'inspection-item.manage',
  notes: [
    '事项编码在本机关已存在的，按本行内容整体更新该事项；不存在的新增。已取消的事项不能再导入修改',
    '法律依据每行一条引用（或用“；”分隔），须能在法律法规库中找到',
  ],
  columns: [
    { header: '所属执法主体', key: 'agencyId', example: '甲县市场监督管理局', hint: '系统管理员必填；机关负责人可留空（本机关）' },
    { header: '事项编码', key: 'code', required: true, example: 'SJ-CP-099', hint: '本机关内唯一；已存在的编码按本行更新' },
    { header: '抽查事项', key: 'name', required: true, example: '产品质量监督抽查' },
    { header: '法律依据', key: 'legalBasis', required: true, example: '《中华人民共和国产品质量法》第十五条', hint: '每行一条引用，或用“；”分隔', parse: citationsCell },
    { header: '抽查对象', key: 'targetType', required: true, example: '产品生产者、销售者' },
    { header: '抽查对象基数', key: 'population', required: true, example: '辖区内生产企业约200家' },
    { header: '抽查比例', key: 'ratioBp', required: true, example: '5%', hint: '百分比，最多两位小数，如“5%”“2.5%”', parse: percentToBasisPoints },
    { header: '抽查周期', key: 'period', required: true, example: INSPECTION_PERIOD_LABELS.yearly, hint: Object.values(INSPECTION_PERIOD_LABELS).join('、'), parse: periodCell },
    {
      header: '抽查方式',
      key: 'methods',
      required: true,
      example: `${INSPECTION_METHOD_LABELS['on-site']}、${INSPECTION_METHOD_LABELS.sampling}`,
      hint: `多个用顿号分隔：${Object.values(INSPECTION_METHOD_LABELS).join('、')}`,
      parse: (t) => linesCell(t, /[、,，;；\s]+/).map(methodCell),
    },
    { header: '抽查主体', key: 'inspectingBody', required: true, example: '执法稽查大队' },
    { header: '备注', key: 'note', example: '' },
  ],
  schema: createInspectionItemBody,
  duplicateKey: { column: 'code', of: (v) => (typeof v.code === 'string' ? `${v.agencyId ?? ''}\u0000${v.code}` : undefined) },
  errorColumns: {
    AGENCY_REQUIRED: 'agencyId',
    AGENCY_NOT_FOUND: 'agencyId',
    ITEM_CODE_TAKEN: 'code',
    INSPECTION_ITEM_WITHDRAWN: 'code',
    INSPECTION_METHOD_DUPLICATE: 'methods',
    LEGAL_BASIS_INVALID: 'legalBasis',
    LEGAL_BASIS_NOT_FOUND: 'legalBasis',
    LEGAL_BASIS_DUPLICATE: 'legalBasis',
  },
  prepare: async (tx, actor, v) => (typeof v.agencyId === 'string' ? { ...v, agencyId: await agencyIdByName(tx, actor, 'inspection-item.manage', v.agencyId) } : v),
  commit: async (tx, actor, input, ctx) => {
    const { agencyId, ...body } = input as CreateInspectionItemBody;
    const existing = await existingItem(tx, actor, 'inspection-item.manage', agencyId, async (owner) => {
      const { items } = await inspectionItemViews(tx, and(eq(inspectionItem.agencyId, owner), eq(inspectionItem.code, body.code))!, chinaDateOf(ctx.now));
      return items[0];
    });
    if (existing) await updateInspectionItem(tx, actor, existing.id, body, { now: ctx.now });
    else await createInspectionItem(tx, actor, input as CreateInspectionItemBody, { now: ctx.now });
  },
  exportRows: async (db, actor, ctx) => {
    const where = and(reachableAgencies(actor, 'inspection-item.manage', inspectionItem.agencyId), isNull(inspectionItem.withdrawnAt))!;
    const { items } = await inspectionItemViews(db, where, chinaDateOf(ctx.now));
    return items.map((i) => [
      i.agencyName,
      i.code,
      i.name,
      citationsText(i.legalBasis.map((b) => b.citation)),
      i.targetType,
      i.population,
      formatRatio(i.ratioBp),
      INSPECTION_PERIOD_LABELS[i.period],
      i.methods.map((m) => INSPECTION_METHOD_LABELS[m]).join('、'),
      i.inspectingBody,
      i.note ?? '',
    ]);
  },
};
