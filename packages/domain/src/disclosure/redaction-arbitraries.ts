/**
 * Generated decision texts with personal data in many spellings, for the zero-leak property tests
 * (the engine here; the portal HTML and open-data API in the server's disclosure tests).
 * Test support only: imports fast-check, so it is not exported from the package index.
 */
import fc from 'fast-check';
import { COMPOUND_SURNAMES } from './redaction.ts';

/** What must not be readable in the output, compared after `leakView` of the output. */
export type Secret = { kind: string; value: string };
export type GeneratedText = { text: string; secrets: Secret[]; party: { name: string; kind: 'person' | 'organization' } };

/** The output as a reader would read it past any spacing trick: ASCII digits and letters, no separators. */
export const leakView = (text: string) =>
  text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u200b\u00a0\-‐‑–—·.()]/g, '')
    .toUpperCase();

export const leaksOf = (output: string, secrets: Secret[]) => {
  const view = leakView(output);
  return secrets.filter((s) => view.includes(leakView(s.value)));
};

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国春梅云飞海波宁辉宇浩凯俊欣婷雪琳晶倩颖慧玲燕莉凤珍荣林亮新利清光天德福山宝祥胜学斌兵永忠良晓小文志嘉子轩涵怡佳琪思雨'];
const ROADS = ['五四', '人民', '解放', '中山', '建设', '新华', '东风', '光明', '文化', '湖东', '江滨', '华林', '六一', '杨桥', '古田', '白马'];
const ESTATES = ['阳光', '金域', '碧水', '翠竹', '融侨', '香格里', '锦绣', '温泉'];
const VILLAGES = ['水南', '上坪', '下洋', '溪口', '后山', '前亭', '洋头', '坑尾'];
const ADMIN = ['', '福建省福州市鼓楼区', '福州市台江区', '南平市建阳区麻沙镇', '广东省深圳市南山区', '北京市朝阳区', '厦门市思明区', '浙江省杭州市西湖区'];
const REGIONS = ['110105', '350102', '350104', '440305', '310115', '330106', '350702', '510107'];
const DISEASES = ['乙肝', '乙型肝炎', '梅毒', '肺结核', '抑郁症', '精神分裂症', '糖尿病', '高血压', '白血病', '尿毒症', '癫痫'];

const idCheck = (first17: string) => {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * w[i];
  return '10X98765432'[sum % 11];
};
const luhnDigit = (body: string) => {
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return String(d);
  }
  return '0';
};

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const SEPARATORS = [' ', '-', '\n', '\r\n', '\u3000', ' - ', '\u200b', '  ', '\t'];

/** A number spelled as people write it: separators at random places, full-width or not. */
const spelled = (value: string) =>
  fc
    .record({
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: value.length - 1 }), { maxLength: 4 }),
      seps: fc.array(pick(SEPARATORS), { minLength: 4, maxLength: 4 }),
      wide: fc.boolean(),
      lower: fc.boolean(),
    })
    .map(({ cuts, seps, wide, lower }) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      let out = '';
      let at = 0;
      sorted.forEach((c, i) => {
        out += value.slice(at, c) + seps[i];
        at = c;
      });
      out += value.slice(at);
      if (lower) out = out.replace('X', 'x');
      return wide ? fullWidth(out) : out;
    });

const residentId = fc
  .record({ region: pick(REGIONS), y: fc.integer({ min: 1940, max: 2008 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), seq: digits(3), validCheck: fc.boolean(), old: fc.integer({ min: 0, max: 9 }) })
  .map(({ region, y, m, d, seq, validCheck, old }) => {
    const date = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
    if (old === 0) return `${region}${date.slice(2)}${seq}`; // 15-digit, issued before 1999
    const body = region + date + seq;
    const check = idCheck(body);
    return body + (validCheck ? check : check === '0' ? '1' : '0');
  });

const mobile = fc
  .record({ second: fc.integer({ min: 3, max: 9 }), rest: digits(9), prefix: pick(['', '', '+86', '+86 ', '86', '0086 ', '(+86)', '+86-']) })
  .chain(({ second, rest, prefix }) => spelled(`1${second}${rest}`).map((n) => ({ secret: `1${second}${rest}`, text: prefix + n })));

const landline = fc
  .record({ area: pick(['010', '021', '0591', '0755', '0599', '020']), n: digits(7), first: fc.integer({ min: 2, max: 8 }), paren: fc.boolean() })
  .chain(({ area, n, first, paren }) =>
    spelled(`${first}${n}`).map((num) => ({ secret: `${area}${first}${n}`, text: paren ? `(${area})${num}` : `${area}-${num}` })),
  );

const bankCard = fc
  .record({ len: fc.integer({ min: 16, max: 19 }), bin: pick(['622202', '621700', '622848', '436742', '518710', '625965']), body: digits(13) })
  .map(({ len, bin, body }) => {
    const partial = (bin + body).slice(0, len - 1);
    return partial + luhnDigit(partial);
  });

const personName = fc.record({ compound: fc.integer({ min: 0, max: 5 }), s: pick(SURNAMES), c: pick(COMPOUND_SURNAMES.slice(0, 20)), g: fc.array(pick(GIVEN), { minLength: 1, maxLength: 2 }) }).map(({ compound, s, c, g }) => (compound === 0 ? c : s) + g.join(''));

/** A name as written: plain, with a space, an ideographic space or a middle dot between the characters. */
const nameSpelling = (name: string) =>
  fc.record({ mode: fc.integer({ min: 0, max: 5 }), at: fc.integer({ min: 1, max: Math.max(1, name.length - 1) }) }).map(({ mode, at }) => {
    if (mode <= 2) return name;
    const sep = mode === 3 ? ' ' : mode === 4 ? '\u3000' : '·';
    return name.slice(0, at) + sep + name.slice(at);
  });

const address = fc
  .record({
    admin: pick(ADMIN),
    form: fc.integer({ min: 0, max: 2 }),
    road: pick(ROADS),
    estate: pick(ESTATES),
    village: pick(VILLAGES),
    no: fc.integer({ min: 1, max: 399 }),
    b: fc.integer({ min: 1, max: 40 }),
    u: fc.integer({ min: 1, max: 6 }),
    r: fc.integer({ min: 101, max: 3208 }),
    wide: fc.boolean(),
  })
  .map(({ admin, form, road, estate, village, no, b, u, r, wide }) => {
    const n = (x: number) => (wide ? fullWidth(String(x)) : String(x));
    const detail =
      form === 0 ? `${road}路${n(no)}号` : form === 1 ? `${estate}小区${n(b)}栋${n(u)}单元${n(r)}室` : `${village}村${n(u)}组${n(no)}号`;
    return { text: admin + detail, detail };
  });

type Piece = { text: string; secrets: Secret[] };

const ROLE_CONTEXTS = ['证人{n}称', '举报人{n}反映', '负责人{n}，', '顾客{n}（女，32岁）', '联系人：{n}，', '员工{n}均证实', '法定代表人{n}，', '消费者{n}投诉', '{p}之子{n}到场', '驾驶员{n}，'];

const namePiece = (party: string) =>
  fc.record({ ctx: pick(ROLE_CONTEXTS), name: personName, list: fc.array(personName, { maxLength: 2 }) }).chain(({ ctx, name, list }) =>
    fc.tuple(nameSpelling(name), ...list.map(nameSpelling)).map(([first, ...rest]) => {
      const names = [first, ...rest].join('、');
      const all = [name, ...list].filter((n) => n !== party && !party.includes(n));
      return { text: ctx.replace('{n}', names).replace('{p}', party), secrets: all.map((value) => ({ kind: 'person', value })) } as Piece;
    }),
  );

const idPiece = residentId.chain((id) =>
  fc.tuple(spelled(id), pick(['身份证号{x}，', '（公民身份号码：{x}）', '证件号码{x}。', '其身份证{x}，'])).map(([t, ctx]) => ({ text: ctx.replace('{x}', t), secrets: [{ kind: 'id-number', value: id }] })),
);
const phonePiece = fc
  .tuple(fc.oneof(mobile, landline), pick(['联系电话{x}，', '手机{x}。', '电话：{x}；', '其号码为{x}，', '（{x}）']))
  .map(([p, ctx]) => ({ text: ctx.replace('{x}', p.text), secrets: [{ kind: 'phone', value: p.secret }] }));
const cardPiece = bankCard.chain((card) =>
  fc.tuple(spelled(card), pick(['银行卡号{x}，', '收款账户{x}。', '转入{x}账户，', '卡号：{x}；'])).map(([t, ctx]) => ({ text: ctx.replace('{x}', t), secrets: [{ kind: 'bank-card', value: card }] })),
);
const addressPiece = fc
  .tuple(address, pick(['家住{x}，', '住{x}。', '住址：{x}，', '现住{x}；', '户籍地{x}，', '家庭住址{x}。']))
  .map(([a, ctx]) => ({ text: ctx.replace('{x}', a.text), secrets: [{ kind: 'address', value: a.detail }] }));
const healthPiece = fc
  .tuple(pick(DISEASES), pick(['其患有{x}，', '经诊断为{x}。', '确诊{x}，', '有{x}病史，']))
  .map(([d, ctx]) => ({ text: ctx.replace('{x}', d), secrets: [{ kind: 'health', value: d }] }));
const FILLERS = [
  '当事人于2026年3月1日在其经营场所销售超过保质期的食品',
  '执法人员现场检查发现',
  '上述事实有现场检查笔录、询问笔录等证据证实',
  '依据《中华人民共和国食品安全法》第一百二十四条第一款',
  '决定给予警告并处罚款人民币5000元',
  '当事人对违法事实无异议',
];
const fillerPiece = pick(FILLERS).map((text) => ({ text: `${text}。`, secrets: [] as Secret[] }));

export const decisionText: fc.Arbitrary<GeneratedText> = fc
  .record({ person: fc.boolean(), partyPerson: personName, orgIndex: fc.integer({ min: 0, max: 3 }) })
  .chain(({ person, partyPerson, orgIndex }) => {
    const party = person
      ? { name: partyPerson, kind: 'person' as const }
      : { name: ['福州某某贸易有限公司', '鼓楼区鑫源便利店', '厦门市海鲜餐饮有限公司', '南平市绿源农资经营部'][orgIndex], kind: 'organization' as const };
    const piece = fc.oneof(namePiece(party.name), idPiece, phonePiece, cardPiece, addressPiece, healthPiece, fillerPiece);
    return fc.array(piece, { minLength: 3, maxLength: 9 }).map((pieces) => {
      const opening = `当事人${party.name}，`;
      const secrets = pieces.flatMap((p) => p.secrets);
      // The penalised person is shown as surname + 某, never in full.
      if (person) secrets.push({ kind: 'party', value: party.name });
      return { text: opening + pieces.map((p) => p.text).join(''), secrets, party };
    });
  });
