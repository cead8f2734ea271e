/**
 * A synthetic but realistic corpus of published decisions for the search benchmark: records built from
 * templates and word lists the way 公示 records read (party, category, violation, basis, content, facts), with a
 * seeded generator so every run indexes the same text and asks the same queries.
 */

/** mulberry32: small, fast, seeded. */
export const rng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const REGIONS = [
  '鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县', '福清市', '思明区', '湖里区', '集美区', '海沧区',
  '同安区', '翔安区', '延平区', '建阳区', '邵武市', '武夷山市', '建瓯市', '顺昌县', '浦城县', '光泽县', '松溪县', '政和县', '鲤城区', '丰泽区', '洛江区', '泉港区',
  '石狮市', '晋江市', '南安市', '惠安县', '安溪县', '永春县', '德化县', '芗城区', '龙文区', '龙海区', '漳浦县', '云霄县', '诏安县', '东山县', '平和县', '华安县',
];
const TRADE_NAMES = [
  '鑫源', '恒通', '百佳', '康宁', '鲜味', '金穗', '华联', '永辉', '盛达', '宏发', '瑞丰', '福满', '嘉禾', '天成', '广源', '新纪元', '利民', '万家', '佳美', '顺意',
  '隆兴', '兴旺', '聚福', '安康', '同心', '海天', '绿源', '丰泽', '和顺', '东方', '长青', '春晖', '明珠', '开元', '大唐', '宏远', '众鑫', '富贵', '德润', '益民',
  '翠微', '远航', '晨光', '锦程', '金鼎', '银河', '星辰', '阳光', '蓝天', '青山', '碧水', '红日', '美满', '如意', '吉祥', '平安', '鸿运', '腾达', '昌盛', '裕丰',
];
const TRADES = ['餐饮', '便利店', '大药房', '超市', '五金', '建材', '茶叶', '食品', '酒业', '烟酒', '水产', '肉类', '粮油', '服装', '电器', '汽车维修', '化工', '农资', '印刷', '物流'];
const FORMS = ['有限公司', '有限责任公司', '经营部', '店', '商行', '厂', '合作社', '门市部'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'];

const CATEGORIES = [
  '食品安全监管', '药品经营监管', '医疗器械监管', '化妆品监管', '价格监督检查', '广告监管', '特种设备安全监察', '产品质量监督', '计量监督', '标准化管理', '知识产权保护',
  '网络交易监管', '登记注册管理', '大气污染防治', '水污染防治', '固体废物管理', '建设项目环境管理', '安全生产监管', '消防安全监管', '道路运输管理', '城市管理', '烟草专卖管理',
];
const FOODS = [
  '酱油', '食用油', '大米', '面粉', '奶粉', '牛奶', '酸奶', '奶茶', '蛋糕', '月饼', '粽子', '火腿肠', '腊肉', '香肠', '豆腐', '豆浆', '面包', '饼干', '方便面', '饮料',
  '矿泉水', '白酒', '啤酒', '葡萄酒', '黄酒', '茶叶', '咖啡', '巧克力', '糖果', '蜂蜜', '果脯', '坚果', '瓜子', '花生', '海带', '紫菜', '鱼丸', '虾仁', '鸡蛋', '鸭蛋',
  '猪肉', '牛肉', '羊肉', '鸡肉', '鸭肉', '冻品', '海鲜', '螃蟹', '鲍鱼', '蔬菜', '水果', '辣椒酱', '味精', '鸡精', '食醋', '料酒', '淀粉', '罐头', '冰淇淋', '保健食品',
];
const PRODUCTS = [
  '电线电缆', '插座', '电热水器', '燃气灶', '电动自行车', '头盔', '儿童玩具', '童装', '床上用品', '钢筋', '水泥', '瓷砖', '涂料', '化肥', '农药', '种子', '安全帽', '灭火器',
  '口罩', '消毒液', '眼镜', '手机充电器', '轮胎', '润滑油', '汽油', '柴油', '液化石油气', '压力容器', '电梯', '起重机械', '锅炉', '叉车', '电子秤', '加油机', '血压计', '体温计',
];
const VIOLATIONS = [
  '销售超过保质期的{food}', '经营标签不符合规定的预包装{food}', '使用超过保质期的{food}作为原料', '未取得食品经营许可从事{food}销售', '生产经营腐败变质的{food}',
  '销售不符合食品安全标准的{food}', '未按规定查验{food}进货票据', '销售不合格{product}', '生产不符合强制性国家标准的{product}', '未明码标价销售{food}',
  '发布虚假广告宣传{food}功效', '销售无中文标签的进口{food}', '使用未经检定的{product}', '超标排放大气污染物', '未按规定贮存危险废物', '未按规定设置消防设施',
  '无证经营烟草制品', '超限超载运输', '未经许可擅自经营{product}', '擅自占用道路堆放{product}', '销售假冒注册商标的{product}', '以次充好销售{product}',
];
const LAWS = [
  ['《中华人民共和国食品安全法》', [34, 35, 53, 71, 122, 124, 125, 126]],
  ['《中华人民共和国产品质量法》', [13, 26, 49, 50, 52]],
  ['《中华人民共和国价格法》', [13, 14, 42]],
  ['《中华人民共和国广告法》', [4, 28, 55]],
  ['《中华人民共和国特种设备安全法》', [32, 33, 83, 84]],
  ['《中华人民共和国计量法》', [9, 26]],
  ['《中华人民共和国大气污染防治法》', [18, 99]],
  ['《中华人民共和国固体废物污染环境防治法》', [79, 112]],
  ['《中华人民共和国消防法》', [16, 60]],
  ['《中华人民共和国商标法》', [57, 60]],
  ['《中华人民共和国烟草专卖法》', [15, 32]],
  ['《中华人民共和国行政处罚法》', [28, 32]],
] as const;
const FACTS = [
  '执法人员在日常监督检查中发现，当事人{place}经营场所货架上摆放{n}件{item}，经核查已超过保质期{d}天。',
  '根据群众举报，执法人员对当事人位于{place}的门店进行检查，现场查获{item}{n}箱，当事人无法提供合法来源证明。',
  '经抽样检验，当事人销售的{item}检验结论为不合格，货值金额{m}元，违法所得{g}元。',
  '当事人于{date}起在{place}从事{item}经营活动，至案发时共销售{n}件，违法所得{g}元。',
  '执法人员现场检查时，当事人未能提供{item}的进货查验记录和供货者资质证明。',
  '当事人对违法事实无异议，积极配合调查，主动下架并销毁涉案{item}。',
  '在线监测数据显示当事人排放口颗粒物浓度连续{d}日超过排放标准，现场核查属实。',
  '当事人在{place}门店对外宣传其{item}具有治疗功效，属虚假宣传。',
];
const PENALTIES = ['警告', '罚款{m}元', '警告，罚款{m}元', '没收违法所得{g}元，罚款{m}元', '没收涉案{item}，罚款{m}元', '责令停产停业，罚款{m}元', '吊销许可证件'];

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const fill = (r: () => number, template: string, item: string, place: string) =>
  template
    .replace(/\{food\}/g, item)
    .replace(/\{product\}/g, pick(r, PRODUCTS))
    .replace(/\{item\}/g, item)
    .replace(/\{place\}/g, place)
    .replace(/\{n\}/g, String(1 + Math.floor(r() * 200)))
    .replace(/\{d\}/g, String(1 + Math.floor(r() * 30)))
    .replace(/\{m\}/g, String(500 * (1 + Math.floor(r() * 200))))
    .replace(/\{g\}/g, String(10 * (1 + Math.floor(r() * 900))))
    .replace(/\{date\}/g, `2025年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日`);

export type BenchRecord = {
  kind: 'penalty' | 'licence' | 'coercion';
  agency: number;
  documentNumber: string;
  decisionDate: string;
  partyName: string;
  partyKind: 'person' | 'organization';
  category: string;
  violation: string;
  basis: string;
  content: string;
  fineFen: number | null;
  summary: string;
};

/** The i-th record of the corpus (the same for the same seed and index). */
export const recordAt = (seed: number, i: number, agencies: string[]): BenchRecord => {
  const r = rng(seed * 1_000_003 + i);
  const region = pick(r, REGIONS);
  const person = r() < 0.3;
  const partyName = person ? `${pick(r, SURNAMES)}某` : `${region.slice(0, 2)}${pick(r, TRADE_NAMES)}${pick(r, TRADES)}${pick(r, FORMS)}`;
  const item = r() < 0.65 ? pick(r, FOODS) : pick(r, PRODUCTS);
  const place = `${region}${pick(r, TRADE_NAMES)}路`;
  const roll = r();
  const kind = roll < 0.8 ? 'penalty' : roll < 0.95 ? 'licence' : 'coercion';
  const [law, articles] = pick(r, LAWS);
  const agency = Math.floor(r() * agencies.length);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const decisionDate = `${2024 + Math.floor(r() * 3)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const facts = [pick(r, FACTS), pick(r, FACTS), r() < 0.5 ? pick(r, FACTS) : ''].map((t) => fill(r, t, item, place)).join('');
  const content = kind === 'licence' ? `准予${item}经营许可，有效期五年` : kind === 'coercion' ? `查封涉案${item}${1 + Math.floor(r() * 90)}件` : fill(r, pick(r, PENALTIES), item, place);
  const fine = /罚款(\d+)元/.exec(content);
  return {
    kind,
    agency,
    documentNumber: `${agencies[agency].slice(0, 4)}${kind === 'licence' ? '许' : '罚'}〔${decisionDate.slice(0, 4)}〕${i + 1}号`,
    decisionDate,
    partyName,
    partyKind: person ? 'person' : 'organization',
    category: pick(r, CATEGORIES),
    violation: kind === 'licence' ? '' : fill(r, pick(r, VIOLATIONS), item, place),
    basis: `${law}第${pick(r, articles)}条`,
    content,
    fineFen: fine ? Number(fine[1]) * 100 : null,
    summary: kind === 'licence' ? `申请人${partyName}申请${item}经营许可，材料齐全，符合法定条件。` : facts,
  };
};

export const agencyNames = () => REGIONS.slice(0, 30).map((r) => `福建省${r}市场监督管理局`);

/**
 * 200 keyword queries as the public would type them: one word (an item, a trade name + trade, a category, a
 * place) or two words. Every keyword has three or more characters, so SQLite's trigram index can serve it too.
 */
export const benchQueries = (seed: number, count: number): string[] => {
  const r = rng(seed);
  const three = (w: string) => [...w].length >= 3;
  const pools = [
    FOODS.filter(three),
    PRODUCTS.filter(three),
    TRADE_NAMES.map((t) => `${t}${pick(r, TRADES)}`),
    CATEGORIES,
    REGIONS.filter(three),
    ['保质期', '明码标价', '虚假广告', '进货票据', '不合格', '违法所得', '腐败变质', '危险废物', '排放标准', '注册商标', '食品经营许可', '强制性国家标准'],
  ];
  const out: string[] = [];
  while (out.length < count) {
    const a = pick(r, pick(r, pools));
    if (r() < 0.3) {
      const b = pick(r, pick(r, pools));
      if (b !== a) out.push(`${a} ${b}`);
    } else out.push(a);
  }
  return out;
};
