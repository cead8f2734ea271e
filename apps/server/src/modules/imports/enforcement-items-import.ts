import { type CreateEnforcementItemBody, createEnforcementItemBody } from '@sanxiang/contracts';
import {
  type Actor,
  chinaDateOf,
  DEFAULT_TIME_LIMITS,
  invalid,
  ITEM_KIND_LABELS,
  type ItemKind,
  LEGAL_REVIEW_LABELS,
  type PenaltySpec,
  PROCEDURE_LABELS,
  type TargetType,
} from '@sanxiang/domain';
import { enforcementItem } from '@sanxiang/db';
import { and, eq, isNull } from 'drizzle-orm';
import { enforcementItemDetails, reachableAgencies } from '../items/item-views.ts';
import { createEnforcementItem, updateEnforcementItem } from '../items/save-enforcement-item.ts';
import { countCell, labelCell } from './cells.ts';
import type { ImportSpec } from './import-spec.ts';
import {
  citationsCell,
  citationsText,
  itemKindCell,
  legalReviewCell,
  materialsCell,
  materialsText,
  penaltiesCell,
  penaltiesText,
  procedureCell,
  targetTypesCell,
  targetTypesText,
} from './item-cells.ts';
import { agencyIdByName, existingItem } from './item-agency.ts';

const DAY_KIND_LABELS = { working: '工作日', calendar: '自然日' } as const;
const dayKindCell = labelCell(DAY_KIND_LABELS, '时限计算', { 日: 'calendar', 天: 'calendar', 个工作日: 'working' });
const NONE = '无';

const GUIDE_COLUMNS: Record<string, string> = { 受理机构: 'acceptingBody', 审批机构: 'approvingBody', 受理条件: 'conditions', 申请材料: 'materials' };

type Row = Record<string, unknown> & {
  agencyId?: string;
  statutoryDays?: number | typeof NONE;
  dayKind?: 'working' | 'calendar';
  promisedDays?: number;
  reconsiderationOrgan?: string;
  reconsiderationDays?: number;
  litigationCourt?: string;
  litigationMonths?: number;
  acceptingBody?: string;
  approvingBody?: string;
  conditions?: string;
  materials?: unknown[];
  location?: string;
  guidePhone?: string;
  fee?: string;
};

/** The columns of a time limit, remedies and a service guide become the contract's nested objects. */
const assemble = (v: Row) => {
  const {
    statutoryDays,
    dayKind,
    promisedDays,
    reconsiderationOrgan,
    reconsiderationDays,
    litigationCourt,
    litigationMonths,
    acceptingBody,
    approvingBody,
    conditions,
    materials,
    location,
    guidePhone,
    fee,
    ...rest
  } = v;
  let timeLimit: unknown;
  if (statutoryDays === NONE) {
    if (promisedDays !== undefined) throw invalid('TIME_LIMIT_STATUTORY_REQUIRED', '法定时限填“无”时不能填写承诺时限');
    timeLimit = null;
  } else if (statutoryDays !== undefined) {
    if (!dayKind) throw invalid('TIME_LIMIT_DAY_KIND_REQUIRED', '填写法定时限时须写明按“工作日”还是“自然日”计算');
    timeLimit = { statutoryDays, dayKind, ...(promisedDays !== undefined ? { promisedDays } : {}) };
  } else if (promisedDays !== undefined || dayKind) {
    throw invalid('TIME_LIMIT_STATUTORY_REQUIRED', '填写时限计算或承诺时限时须同时填写法定时限');
  }
  let remedies: unknown;
  if ([reconsiderationOrgan, reconsiderationDays, litigationCourt, litigationMonths].some((x) => x !== undefined)) {
    if (!reconsiderationOrgan) throw invalid('REMEDY_ORGAN_REQUIRED', '填写救济渠道时须写明复议机关（都不填则按本机关所在地人民政府、人民法院）');
    if (!litigationCourt) throw invalid('REMEDY_COURT_REQUIRED', '填写救济渠道时须写明管辖法院（都不填则按本机关所在地人民政府、人民法院）');
    remedies = {
      reconsideration: { organ: reconsiderationOrgan, ...(reconsiderationDays !== undefined ? { days: reconsiderationDays } : {}) },
      litigation: { court: litigationCourt, ...(litigationMonths !== undefined ? { months: litigationMonths } : {}) },
    };
  }
  const guide = Object.fromEntries(
    Object.entries({ acceptingBody, approvingBody, conditions, location, phone: guidePhone, fee, materials: materials ?? [] }).filter(([, x]) => x !== undefined),
  );
  return { ...rest, ...(timeLimit !== undefined ? { timeLimit } : {}), ...(remedies !== undefined ? { remedies } : {}), guide };
};

/**
 * 权责清单（执法事项） in bulk through the same contract and use cases as the item form. A row whose 事项编码
 * the agency already uses updates that item as a whole (修改执法事项, checked again like the form's save), so an
 * exported sheet can be edited and imported back; other rows create items. Legal bases are checked against
 * the law library, fines are read in 元 and stored in 分 exactly.
 */
export const enforcementItemsImport: ImportSpec = {
  type: 'enforcement-items',
  label: '执法事项',
  action: 'item.manage',
  notes: [
    '事项编码在本机关已存在的，按本行内容整体更新该事项（与在页面上修改并保存相同）；不存在的新增。已取消的事项不能再导入修改',
    '法律依据每行一条引用（或用“；”分隔），须能在法律法规库中找到，如《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
    '处罚种类及幅度每行一项：种类（适用对象）：幅度或说明。罚款金额以元为单位、最多两位小数，如“罚款：5,000元以上50,000元以下”“罚款（法人或者其他组织）：100,000元以上；货值金额十倍以上二十倍以下”',
  ],
  columns: [
    { header: '所属执法主体', key: 'agencyId', example: '甲县市场监督管理局', hint: '系统管理员必填；机关负责人可留空（本机关）' },
    { header: '事项编码', key: 'code', required: true, example: 'CF-SP-099', hint: '本机关内唯一；已存在的编码按本行更新' },
    { header: '事项名称', key: 'name', required: true, example: '对生产经营标签不符合规定的食品的处罚' },
    { header: '事项类别', key: 'kind', required: true, example: ITEM_KIND_LABELS.penalty, hint: Object.values(ITEM_KIND_LABELS).join('、'), parse: itemKindCell },
    { header: '适用程序', key: 'procedure', example: PROCEDURE_LABELS.general, hint: `${Object.values(PROCEDURE_LABELS).join('、')}，默认一般程序`, parse: procedureCell },
    { header: '法律依据', key: 'legalBasis', required: true, example: '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项', hint: '每行一条引用，或用“；”分隔', parse: citationsCell },
    { header: '对象类型', key: 'targetTypes', required: true, example: '公民、法人或者其他组织', hint: '公民、法人或者其他组织，多个用顿号分隔', parse: targetTypesCell },
    {
      header: '处罚种类及幅度',
      key: 'penalties',
      example: '罚款：5,000元以上50,000元以下\n没收违法所得',
      hint: '仅行政处罚事项填写，每行一项：种类（适用对象）：幅度或说明；罚款以元为单位，最多两位小数',
      parse: penaltiesCell,
    },
    { header: '法制审核', key: 'legalReview', example: LEGAL_REVIEW_LABELS['major-only'], hint: `${Object.values(LEGAL_REVIEW_LABELS).join('、')}，默认后者`, parse: legalReviewCell },
    { header: '法定时限（天）', key: 'statutoryDays', example: '90', hint: '天数；留空按法定默认（处罚九十日、许可二十个工作日），没有时限的填“无”', parse: (t) => (t === NONE ? NONE : countCell('法定时限')(t)) },
    { header: '时限计算', key: 'dayKind', example: DAY_KIND_LABELS.calendar, hint: '工作日、自然日', parse: dayKindCell },
    { header: '承诺时限（天）', key: 'promisedDays', example: '', hint: '天数，不长于法定时限', parse: countCell('承诺时限') },
    { header: '复议机关', key: 'reconsiderationOrgan', example: '甲县人民政府', hint: '救济渠道四列都不填的，按本机关所在地人民政府、人民法院及法定期限' },
    { header: '复议期限（日）', key: 'reconsiderationDays', example: '60', hint: '日，不少于60日', parse: countCell('复议期限') },
    { header: '管辖法院', key: 'litigationCourt', example: '甲县人民法院' },
    { header: '起诉期限（月）', key: 'litigationMonths', example: '6', hint: '月', parse: countCell('起诉期限') },
    { header: '受理机构', key: 'acceptingBody', example: '', hint: '行政许可事项的服务指南须填受理机构、审批机构、受理条件和申请材料' },
    { header: '审批机构', key: 'approvingBody', example: '' },
    { header: '受理条件', key: 'conditions', example: '' },
    { header: '申请材料', key: 'materials', example: '', hint: '每行一项：材料名称（份数）：说明，如“营业执照复印件（1份）：加盖公章”', parse: materialsCell },
    { header: '办理地点', key: 'location', example: '' },
    { header: '咨询电话', key: 'guidePhone', example: '' },
    { header: '收费标准', key: 'fee', example: '' },
  ],
  schema: createEnforcementItemBody,
  duplicateKey: { column: 'code', of: (v) => (typeof v.code === 'string' ? `${v.agencyId ?? ''}\u0000${v.code}` : undefined) },
  fieldColumns: {
    'timeLimit.statutoryDays': 'statutoryDays',
    'timeLimit.dayKind': 'dayKind',
    'timeLimit.promisedDays': 'promisedDays',
    timeLimit: 'statutoryDays',
    'remedies.reconsideration.organ': 'reconsiderationOrgan',
    'remedies.reconsideration.days': 'reconsiderationDays',
    'remedies.litigation.court': 'litigationCourt',
    'remedies.litigation.months': 'litigationMonths',
    remedies: 'reconsiderationOrgan',
    'guide.acceptingBody': 'acceptingBody',
    'guide.approvingBody': 'approvingBody',
    'guide.conditions': 'conditions',
    'guide.materials': 'materials',
    'guide.location': 'location',
    'guide.phone': 'guidePhone',
    'guide.fee': 'fee',
  },
  errorColumns: {
    AGENCY_REQUIRED: 'agencyId',
    AGENCY_NOT_FOUND: 'agencyId',
    ITEM_CODE_TAKEN: 'code',
    ITEM_WITHDRAWN: 'code',
    LEGAL_BASIS_INVALID: 'legalBasis',
    LEGAL_BASIS_NOT_FOUND: 'legalBasis',
    LEGAL_BASIS_DUPLICATE: 'legalBasis',
    PENALTIES_NOT_APPLICABLE: 'penalties',
    PENALTIES_REQUIRED: 'penalties',
    PENALTY_DUPLICATE: 'penalties',
    PENALTY_TARGET_MISMATCH: 'penalties',
    PENALTY_NOTE_REQUIRED: 'penalties',
    PENALTY_AMOUNT_NOT_APPLICABLE: 'penalties',
    FINE_RANGE_INVALID: 'penalties',
    FINE_CAP_UNEXPLAINED: 'penalties',
    SIMPLE_PROCEDURE_NOT_ALLOWED: 'procedure',
    TIME_LIMIT_INVALID: 'promisedDays',
    TIME_LIMIT_STATUTORY_REQUIRED: 'statutoryDays',
    TIME_LIMIT_DAY_KIND_REQUIRED: 'dayKind',
    REMEDY_PERIOD_TOO_SHORT: 'reconsiderationDays',
    REMEDY_ORGAN_REQUIRED: 'reconsiderationOrgan',
    REMEDY_COURT_REQUIRED: 'litigationCourt',
    GUIDE_INCOMPLETE: (details) => GUIDE_COLUMNS[((details as { missing?: string[] } | undefined)?.missing ?? [])[0] ?? ''] ?? 'acceptingBody',
  },
  prepare: async (tx, actor, v) => {
    const row = assemble(v as Row);
    if (typeof row.agencyId !== 'string') return row;
    return { ...row, agencyId: await agencyIdByName(tx, actor, 'item.manage', row.agencyId) };
  },
  commit: async (tx, actor, input, ctx) => {
    const { agencyId, ...body } = input as CreateEnforcementItemBody;
    const existing = await existingItem(tx, actor, 'item.manage', agencyId, async (owner) => {
      const [found] = await enforcementItemDetails(tx, and(eq(enforcementItem.agencyId, owner), eq(enforcementItem.code, body.code))!, chinaDateOf(ctx.now));
      return found;
    });
    if (existing) await updateEnforcementItem(tx, actor, existing.id, body, { now: ctx.now });
    else await createEnforcementItem(tx, actor, input as CreateEnforcementItemBody, { now: ctx.now });
  },
  exportRows: async (db, actor: Actor, ctx) => {
    const items = await enforcementItemDetails(db, and(reachableAgencies(actor, 'item.manage', enforcementItem.agencyId), isNull(enforcementItem.withdrawnAt))!, chinaDateOf(ctx.now));
    return items
      .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN') || a.code.localeCompare(b.code))
      .map((i) => {
        const noLimit = !i.timeLimit && i.procedure !== 'simple' && DEFAULT_TIME_LIMITS[i.kind as ItemKind];
        return [
          i.agencyName,
          i.code,
          i.name,
          ITEM_KIND_LABELS[i.kind],
          PROCEDURE_LABELS[i.procedure],
          citationsText(i.legalBasis.map((b) => b.citation)),
          targetTypesText(i.targetTypes as TargetType[]),
          penaltiesText(i.penalties as PenaltySpec[]),
          LEGAL_REVIEW_LABELS[i.legalReview],
          i.timeLimit ? String(i.timeLimit.statutoryDays) : noLimit ? NONE : '',
          i.timeLimit ? DAY_KIND_LABELS[i.timeLimit.dayKind] : '',
          i.timeLimit?.promisedDays ? String(i.timeLimit.promisedDays) : '',
          i.remedies.reconsideration.organ,
          String(i.remedies.reconsideration.days),
          i.remedies.litigation.court,
          String(i.remedies.litigation.months),
          i.guide.acceptingBody ?? '',
          i.guide.approvingBody ?? '',
          i.guide.conditions ?? '',
          materialsText(i.guide.materials),
          i.guide.location ?? '',
          i.guide.phone ?? '',
          i.guide.fee ?? '',
        ];
      });
  },
};
