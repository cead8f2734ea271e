import type { CreateEnforcementItemBody, CreateInspectionItemBody } from '@sanxiang/contracts';
import { type Actor, addDays, buildCalendar, chinaDateOf, isDomainError, type Role } from '@sanxiang/domain';
import { account, accountRole, agency, type Db, enforcementItem, loadCalendarRows } from '@sanxiang/db';
import { count, eq } from 'drizzle-orm';
import { declareDutiesChange } from './review-flags.ts';
import { createEnforcementItem } from './save-enforcement-item.ts';
import { createInspectionItem } from './save-inspection-item.ts';

type ItemSeed = Omit<CreateEnforcementItemBody, 'procedure' | 'penalties' | 'legalReview' | 'guide'> & Partial<Pick<CreateEnforcementItemBody, 'procedure' | 'penalties' | 'legalReview' | 'guide'>>;

const yuan = (amount: number) => amount * 100; // money is stored in 分

/** 市场监管: 食品安全、广告、产品质量, and the licence they issue. Every citation below exists in seeds/laws. */
const marketItems = (p: string, agencyName: string, county: string, all: boolean): ItemSeed[] => {
  const items: ItemSeed[] = [
    {
      code: `${p}-CF-001`,
      name: '对生产经营超过保质期食品的处罚',
      kind: 'penalty',
      legalBasis: ['《中华人民共和国食品安全法》第一百二十四条第一款第（五）项'],
      targetTypes: ['citizen', 'organization'],
      penalties: [
        { kind: 'confiscate-illegal-gains', appliesTo: 'any' },
        { kind: 'confiscate-illegal-property', appliesTo: 'any', note: '没收违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品' },
        { kind: 'fine', appliesTo: 'any', minFen: yuan(50_000), maxFen: null, note: '货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款' },
        { kind: 'revoke-licence', appliesTo: 'any', note: '情节严重的，吊销许可证' },
      ],
    },
    {
      code: `${p}-CF-002`,
      name: '对发布虚假广告的处罚',
      kind: 'penalty',
      legalBasis: ['《中华人民共和国广告法》第五十五条第一款'],
      targetTypes: ['citizen', 'organization'],
      legalReview: 'always',
      penalties: [
        { kind: 'fine', appliesTo: 'any', minFen: 0, maxFen: null, note: '处广告费用三倍以上五倍以下的罚款；广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；情节严重的，处广告费用五倍以上十倍以下或者一百万元以上二百万元以下的罚款' },
        { kind: 'revoke-licence', appliesTo: 'any', note: '两年内有三次以上违法行为或者有其他严重情节的，可以吊销营业执照' },
      ],
    },
    {
      code: `${p}-XK-001`,
      name: '食品经营许可',
      kind: 'licensing',
      legalBasis: ['《中华人民共和国食品安全法》第三十五条第一款', '《中华人民共和国食品安全法》第三十三条'],
      targetTypes: ['citizen', 'organization'],
      timeLimit: { statutoryDays: 20, dayKind: 'working', promisedDays: 10 },
      guide: {
        acceptingBody: `${county}政务服务中心市场监管窗口`,
        approvingBody: agencyName,
        conditions:
          '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；具有相应的消毒、更衣、洗手、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫等设备或者设施；有专职或者兼职的食品安全专业技术人员、食品安全管理人员和保证食品安全的规章制度；具有合理的设备布局和工艺流程（《食品安全法》第三十三条）。',
        materials: [
          { name: '食品经营许可申请书', copies: 1 },
          { name: '营业执照或者其他主体资格证明文件', copies: 1, note: '复印件，核验原件' },
          { name: '与食品经营相适应的主要设备设施布局、操作流程等文件', copies: 1 },
          { name: '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度', copies: 1 },
        ],
        location: `${county}政务服务中心一楼市场监管窗口`,
        phone: '0531-12345',
        fee: '不收费',
      },
    },
    {
      code: `${p}-CF-003`,
      name: '对行政许可申请人隐瞒有关情况或者提供虚假材料申请行政许可的处罚',
      kind: 'penalty',
      procedure: 'simple',
      legalBasis: ['《中华人民共和国行政许可法》第七十八条'],
      targetTypes: ['citizen', 'organization'],
      penalties: [{ kind: 'warning', appliesTo: 'any' }],
    },
  ];
  if (!all) return items;
  return [
    ...items,
    {
      code: `${p}-CF-004`,
      name: '对拒绝接受产品质量监督检查的处罚',
      kind: 'penalty',
      legalBasis: ['《中华人民共和国产品质量法》第五十六条'],
      targetTypes: ['citizen', 'organization'],
      penalties: [
        { kind: 'warning', appliesTo: 'any' },
        { kind: 'order-suspension', appliesTo: 'any', note: '拒不改正的，责令停业整顿' },
        { kind: 'revoke-licence', appliesTo: 'any', note: '情节特别严重的，吊销营业执照' },
      ],
    },
    {
      code: `${p}-QZ-001`,
      name: '查封、扣押不符合食品安全标准或者存在安全隐患的食品',
      kind: 'coercion',
      legalBasis: ['《中华人民共和国食品安全法》第一百一十条第（四）项'],
      targetTypes: ['citizen', 'organization'],
    },
    {
      code: `${p}-JC-001`,
      name: '对食品生产经营者的监督检查',
      kind: 'inspection',
      legalBasis: ['《中华人民共和国食品安全法》第一百一十条'],
      targetTypes: ['citizen', 'organization'],
    },
  ];
};

const ecologyItems = (p: string): ItemSeed[] => [
  {
    code: `${p}-CF-001`,
    name: '对超标排放大气污染物的处罚',
    kind: 'penalty',
    legalBasis: ['《中华人民共和国大气污染防治法》第九十九条第（二）项'],
    targetTypes: ['organization'],
    legalReview: 'always',
    penalties: [
      { kind: 'fine', appliesTo: 'organization', minFen: yuan(100_000), maxFen: yuan(1_000_000) },
      { kind: 'restrict-business', appliesTo: 'organization', note: '责令改正或者限制生产、停产整治' },
      { kind: 'order-closure', appliesTo: 'organization', note: '情节严重的，报经有批准权的人民政府批准，责令停业、关闭' },
    ],
    remedies: { reconsideration: { organ: '某市人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } },
  },
  {
    code: `${p}-CF-002`,
    name: '对未按照规定安装、使用大气污染物排放自动监测设备的处罚',
    kind: 'penalty',
    legalBasis: ['《中华人民共和国大气污染防治法》第一百条第（三）项'],
    targetTypes: ['organization'],
    penalties: [
      { kind: 'fine', appliesTo: 'organization', minFen: yuan(20_000), maxFen: yuan(200_000) },
      { kind: 'order-suspension', appliesTo: 'organization', note: '拒不改正的，责令停产整治' },
    ],
    remedies: { reconsideration: { organ: '某市人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } },
  },
  {
    code: `${p}-QZ-001`,
    name: '查封、扣押造成污染物排放的设施、设备',
    kind: 'coercion',
    legalBasis: ['《中华人民共和国环境保护法》第二十五条'],
    targetTypes: ['organization'],
    remedies: { reconsideration: { organ: '某市人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } },
  },
  {
    code: `${p}-JC-001`,
    name: '对排放污染物的企业事业单位和其他生产经营者的现场检查',
    kind: 'inspection',
    legalBasis: ['《中华人民共和国环境保护法》第二十四条', '《中华人民共和国大气污染防治法》第二十九条'],
    targetTypes: ['citizen', 'organization'],
    remedies: { reconsideration: { organ: '某市人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } },
  },
];

const comprehensiveItems = (p: string): ItemSeed[] => [
  {
    code: `${p}-CF-001`,
    name: '对露天焚烧秸秆、落叶等产生烟尘污染物质的处罚',
    kind: 'penalty',
    legalBasis: ['《中华人民共和国大气污染防治法》第一百一十九条第一款'],
    targetTypes: ['citizen', 'organization'],
    penalties: [{ kind: 'fine', appliesTo: 'any', minFen: yuan(500), maxFen: yuan(2_000), note: '责令改正，并可以处五百元以上二千元以下的罚款' }],
  },
  {
    code: `${p}-CF-002`,
    name: '对餐饮服务业经营者未安装油烟净化设施超标排放油烟的处罚',
    kind: 'penalty',
    legalBasis: ['《中华人民共和国大气污染防治法》第一百一十八条第一款'],
    targetTypes: ['citizen', 'organization'],
    penalties: [
      { kind: 'fine', appliesTo: 'any', minFen: yuan(5_000), maxFen: yuan(50_000) },
      { kind: 'order-suspension', appliesTo: 'any', note: '拒不改正的，责令停业整治' },
    ],
  },
  {
    code: `${p}-CF-003`,
    name: '对施工工地未采取有效防尘降尘措施的处罚',
    kind: 'penalty',
    legalBasis: ['《中华人民共和国大气污染防治法》第一百一十五条第一款第（一）项'],
    targetTypes: ['organization'],
    penalties: [
      { kind: 'fine', appliesTo: 'organization', minFen: yuan(10_000), maxFen: yuan(100_000) },
      { kind: 'order-suspension', appliesTo: 'organization', note: '拒不改正的，责令停工整治' },
    ],
  },
];

const marketInspections = (p: string, unit: string, county: string): CreateInspectionItemBody[] => [
  {
    code: `${p}-SJ-001`,
    name: '食品经营者食品安全监督检查',
    legalBasis: ['《中华人民共和国食品安全法》第一百一十条'],
    targetType: '食品经营者（食品销售者、餐饮服务提供者）',
    population: `${county}辖区内取得食品经营许可证的经营者，约1,260户`,
    ratioBp: 500,
    period: 'yearly',
    methods: ['on-site', 'sampling'],
    inspectingBody: unit,
  },
  {
    code: `${p}-SJ-002`,
    name: '广告发布行为检查',
    legalBasis: ['《中华人民共和国广告法》第四十九条'],
    targetType: '广告主、广告经营者、广告发布者',
    population: `${county}辖区内的广告经营单位及互联网广告发布者，约340户`,
    ratioBp: 300,
    period: 'half-yearly',
    methods: ['online', 'documentary'],
    inspectingBody: unit,
  },
];

const DEMO_AGENCIES: Array<{ code: string; items: (name: string) => ItemSeed[]; inspections: () => CreateInspectionItemBody[] }> = [
  { code: 'jxsj', items: (n) => marketItems('JXSJ', n, '甲县', true), inspections: () => marketInspections('JXSJ', '执法稽查大队', '甲县') },
  { code: 'yxsj', items: (n) => marketItems('YXSJ', n, '乙县', false), inspections: () => marketInspections('YXSJ', '执法稽查大队', '乙县') },
  { code: 'smsj', items: (n) => marketItems('SMSJ', n, '某市', false), inspections: () => marketInspections('SMSJ', '执法稽查支队', '某市') },
  {
    code: 'jxhj',
    items: () => ecologyItems('JXHJ'),
    inspections: () => [
      {
        code: 'JXHJ-SJ-001',
        name: '重点排污单位污染物排放情况检查',
        legalBasis: ['《中华人民共和国环境保护法》第二十四条', '《中华人民共和国大气污染防治法》第二十九条'],
        targetType: '重点排污单位',
        population: '列入本年度重点排污单位名录的企业，共46家',
        ratioBp: 2_500,
        period: 'quarterly',
        methods: ['on-site', 'remote-monitoring'],
        inspectingBody: '生态环境保护综合行政执法大队',
      },
      {
        code: 'JXHJ-SJ-002',
        name: '一般排污单位污染物排放情况检查',
        legalBasis: ['《中华人民共和国环境保护法》第二十四条'],
        targetType: '排污许可登记管理的一般排污单位',
        population: '甲县辖区内实行排污登记管理的单位，约380家',
        ratioBp: 500,
        period: 'yearly',
        methods: ['on-site', 'sampling'],
        inspectingBody: '生态环境保护综合行政执法大队',
      },
    ],
  },
  {
    code: 'jxzf',
    items: () => comprehensiveItems('JXZF'),
    inspections: () => [
      {
        code: 'JXZF-SJ-001',
        name: '餐饮服务业油烟排放检查',
        legalBasis: ['《中华人民共和国大气污染防治法》第八十一条'],
        targetType: '排放油烟的餐饮服务业经营者',
        population: '甲县城区临街餐饮服务经营者，约520户',
        ratioBp: 1_000,
        period: 'half-yearly',
        methods: ['on-site'],
        inspectingBody: '执法一中队',
      },
      {
        code: 'JXZF-SJ-002',
        name: '建筑工地扬尘污染防治检查',
        legalBasis: ['《中华人民共和国大气污染防治法》第六十九条'],
        targetType: '房屋建筑和市政工程施工工地',
        population: '甲县在建房屋建筑和市政工程工地，约60个',
        ratioBp: 2_000,
        period: 'quarterly',
        methods: ['on-site'],
        inspectingBody: '执法一中队',
      },
    ],
  },
];

const headOf = async (db: Db, code: string): Promise<{ actor: Actor; agencyName: string } | undefined> => {
  const [row] = await db.select({ a: account, agencyName: agency.name }).from(account).innerJoin(agency, eq(agency.id, account.agencyId)).where(eq(account.username, `${code}.head`));
  if (!row) return undefined;
  const roles = (await db.select().from(accountRole).where(eq(accountRole.accountId, row.a.id))).map((r) => r.role as Role);
  return { actor: { accountId: row.a.id, agencyId: row.a.agencyId, unitId: row.a.unitId, roles, jurisdictionAgencyIds: new Set() }, agencyName: row.agencyName };
};

/**
 * Demo 权责清单 and 随机抽查事项清单 for the demo agencies, created by each agency head through the real use
 * cases (so every citation is checked against the law library), marked is_demo. One demo agency also declared a
 * change of duties six weeks ago, so the supervisors' view shows an overdue review.
 */
export const seedDemoItems = async (db: Db, now: Date): Promise<number> => {
  const [{ n }] = await db.select({ n: count() }).from(enforcementItem);
  if (Number(n) > 0) return 0;
  let created = 0;
  for (const spec of DEMO_AGENCIES) {
    const head = await headOf(db, spec.code);
    if (!head) continue;
    await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      for (const item of spec.items(head.agencyName)) {
        await createEnforcementItem(tx, head.actor, { procedure: 'general', penalties: [], legalReview: 'major-only', guide: { materials: [] }, ...item }, { now, isDemo: true });
        created++;
      }
      for (const inspection of spec.inspections()) await createInspectionItem(tx, head.actor, inspection, { now, isDemo: true });
    });
  }
  const zf = await headOf(db, 'jxzf');
  if (zf) {
    const { years, days } = await loadCalendarRows(db);
    const calendar = buildCalendar(years, days);
    await db
      .transaction(async (t) =>
        declareDutiesChange(
          t as unknown as Db,
          zf.actor,
          zf.actor.agencyId,
          { effectiveOn: addDays(chinaDateOf(now), -42), description: '承接住房城乡建设领域施工扬尘污染行政处罚权（县政府划转）' },
          { now, calendar },
        ),
      )
      .catch((e: unknown) => {
        // A year without a published holiday schedule: the demo simply has no overdue review to show.
        if (!(isDomainError(e) && e.code === 'CALENDAR_YEAR_MISSING')) throw e;
      });
  }
  return created;
};
