/**
 * Redaction of free text before it is published on the disclosure portal.
 *
 * 国办发〔2018〕118号 and 处罚法 第四十八条 make penalty decisions public, but only what the public needs:
 * the penalised party (a natural person shown per the local rule, by default surname + 某), never
 * other natural persons, ID numbers, phone numbers, home addresses, bank accounts, plates or health data
 * (个人信息保护法 第二十八条: ID numbers, accounts, whereabouts and health are sensitive personal information).
 *
 * How it works
 * 1. The text is normalised one UTF-16 unit for one (full-width ASCII to ASCII, every kind of space to ' ',
 *    zero-width characters to ' ', dash variants to '-', dot variants to '·'), so a match on the normalised
 *    text has the same offsets in the original and masking replaces the original characters.
 * 2. Detectors find spans: numbers are read as runs of digit groups joined by short separators (spaces,
 *    line breaks, hyphens, dots, brackets), so `138 0013\n8000` and `１３８００１３８０００` are one number.
 * 3. Overlapping spans are merged (the longest decides the kind) and every span is replaced by a fixed mask
 *    that does not reveal the length of what it hides.
 *
 * Mask scheme (one for all): other persons' names become 某某; the penalised natural person becomes
 * surname + 某 (欧阳娜娜 -> 欧阳某); everything else becomes ［<what>已隐去］ with full-width brackets,
 * e.g. ［身份证号已隐去］. Offsets are UTF-16 code units of the original text (JavaScript string indices).
 *
 * Addresses: administrative divisions (省/市/区/县/镇/乡/街道) stay, because they say where an act happened
 * without saying who lives there; from the road, village, community or estate down to the house number,
 * building, unit and room is masked. The business address of a penalised ORGANISATION stays when the text
 * labels it as such (经营场所/营业场所/注册地址/生产地址/办公地址/厂址...): it is already public in the business
 * register. A natural person's 经营场所 is often the home, so for a person party it is masked like any other.
 *
 * Names are found by context (a role word such as 证人/负责人/之子 before them, a list after a name, a marker
 * after them such as （男， or 称), by a surname table with the two-character surnames, and with spaces or
 * middle dots inside; once found, every other spelling of the same name in the text is masked too.
 * Heuristics cannot find every name in unconstrained prose: the publication pipeline publishes structured
 * fields and shows the officer the redaction preview before approval.
 */

import { DEFAULT_PERSON_NAME_RULE, displayPartyName, type PersonNameRule } from './party-display.ts';

export type RedactionKind =
  | 'person'
  | 'party'
  | 'id-number'
  | 'mobile'
  | 'landline'
  | 'bank-card'
  | 'account-number'
  | 'email'
  | 'plate'
  | 'address'
  | 'health'
  | 'social-account';

export type RedactionFinding = { kind: RedactionKind; start: number; end: number };

export type RedactionParty = { name: string; kind: 'person' | 'organization' };

/** How the penalised natural person is shown: the local rule of `party-display.ts` (default 张某). */
export type RedactionOptions = { personRule?: PersonNameRule };

export type RedactionResult = { text: string; findings: RedactionFinding[] };

export const REDACTION_MASKS: Record<Exclude<RedactionKind, 'party' | 'person'>, string> & { person: string } = {
  person: '某某',
  'id-number': '［身份证号已隐去］',
  mobile: '［手机号已隐去］',
  landline: '［电话号码已隐去］',
  'bank-card': '［银行卡号已隐去］',
  'account-number': '［账号已隐去］',
  email: '［电子邮箱已隐去］',
  plate: '［车牌号已隐去］',
  address: '［住址已隐去］',
  health: '［健康信息已隐去］',
  'social-account': '［社交账号已隐去］',
};

/** Labels for previews ("what was hidden"). */
export const REDACTION_KIND_LABELS: Record<RedactionKind, string> = {
  person: '其他自然人姓名',
  party: '当事人姓名（按规则显示）',
  'id-number': '身份证号',
  mobile: '手机号码',
  landline: '固定电话',
  'bank-card': '银行卡号',
  'account-number': '账号',
  email: '电子邮箱',
  plate: '车牌号',
  address: '住址',
  health: '健康信息',
  'social-account': '社交账号',
};

// ---------------------------------------------------------------------------------------------------------
// Normalisation (length-preserving)

const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0x2e3a, 0x2e3b, 0x30fc]);
const DOTS = new Set([0x00b7, 0x2022, 0x2027, 0x30fb, 0xff65, 0x2219, 0x22c5, 0x0387, 0x16eb, 0x2e31]);
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/** One output unit per input unit, so offsets carry over unchanged. */
export const normalizeForRedaction = (text: string): string => {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || INVISIBLE.has(c)) out += ' ';
    else if (DASHES.has(c)) out += '-';
    else if (DOTS.has(c)) out += '·';
    else out += text[i];
  }
  return out;
};

// ---------------------------------------------------------------------------------------------------------
// Numbers

type Span = { kind: RedactionKind; start: number; end: number };

const GAP = /^[\s\-.·()/_]{1,4}$/;
const luhnValid = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idChecksumValid = (id: string) => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return '10X98765432'[sum % 11] === id[17].toUpperCase();
};

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccValid = (code: string) => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(code[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === code[17];
};

const PHONE_KEYWORD = /(?:电话|手机|座机|固话|联系方式|联系电话|号码|热线|传真|tel|phone|mobile|fax)[^0-9\n]{0,6}$/i;
const ACCOUNT_KEYWORD = /(?:账号|帐号|账户|帐户|卡号|银行卡|开户行?|收款码|存折|account)[^0-9\n]{0,8}$/i;
const CREDIT_CODE_KEYWORD = /(?:信用代码|USCC)[^0-9\n]{0,6}$/i;
const SOCIAL_KEYWORD = /(?:微信号?|QQ号?|qq号?|支付宝账?号?|抖音号|微博)[：:\s]{0,3}$/;

/** Classifies a run of digits (separators removed). `before` is the text before it, for keyword context. */
const classifyDigits = (d: string, before: string, prefixPlus: boolean): RedactionKind | null => {
  const n = d.length;
  if (n === 11 && /^1[3-9]/.test(d)) return 'mobile';
  if (n === 12 && /^01[3-9]/.test(d)) return 'mobile';
  if (n === 13 && /^861[3-9]/.test(d)) return 'mobile';
  if (n === 15 && /^00861[3-9]/.test(d)) return 'mobile';
  if (n >= 10 && n <= 12 && /^0[1-9]/.test(d)) return 'landline';
  if (n === 10 && /^[48]00/.test(d)) return 'landline';
  if (prefixPlus && n >= 11 && n <= 13 && /^86[1-9]/.test(d)) return 'landline';
  if (n === 18 && /^[0-9]{17}[0-9]$/.test(d)) {
    if (CREDIT_CODE_KEYWORD.test(before) && usccValid(d) && !idChecksumValid(d)) return null;
    if (idChecksumValid(d)) return 'id-number';
    if (luhnValid(d)) return 'bank-card';
    return 'id-number';
  }
  if (n === 15) return 'id-number';
  if (n >= 16 && n <= 19 && luhnValid(d)) return 'bank-card';
  if (ACCOUNT_KEYWORD.test(before) && n >= 8) return 'account-number';
  if (PHONE_KEYWORD.test(before) && n >= 7 && n <= 12) return /^1[3-9]/.test(d) ? 'mobile' : 'landline';
  if (SOCIAL_KEYWORD.test(before) && n >= 5) return 'social-account';
  return null;
};

const findNumbers = (norm: string): Span[] => {
  const groups: { start: number; end: number; digits: string }[] = [];
  for (const m of norm.matchAll(/[0-9]+/g)) groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });
  const spans: Span[] = [];
  for (let i = 0; i < groups.length; i++) {
    const first = groups[i];
    const before = norm.slice(Math.max(0, first.start - 16), first.start);
    const prefixPlus = /(?:\+|00)\s*$/.test(norm.slice(Math.max(0, first.start - 3), first.start)) || /\+\s*\(?\s*$/.test(before);
    // A single long group that is nothing we know is still masked: 16+ digits are never needed by the public.
    if (first.digits.length >= 16 && !classifyDigits(first.digits, before, prefixPlus)) {
      if (!(first.digits.length === 18 && CREDIT_CODE_KEYWORD.test(before))) spans.push({ kind: 'account-number', start: first.start, end: first.end });
    }
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      if (j > i && !GAP.test(norm.slice(groups[j - 1].end, groups[j].start))) break;
      digits += groups[j].digits;
      if (digits.length > 21) break;
      let end = groups[j].end;
      const d = digits;
      // An ID number's last character may be X, right after the digits or after a separator.
      if (d.length === 17) {
        const rest = /^[\s\-.·]{0,3}[Xx]/.exec(norm.slice(end, end + 4));
        if (rest && !/[A-Za-z0-9]/.test(norm[end + rest[0].length] ?? '')) {
          end += rest[0].length;
          const uscc = CREDIT_CODE_KEYWORD.test(before) && usccValid(`${d}X`) && !idChecksumValid(`${d}X`);
          if (!uscc) spans.push({ kind: 'id-number', start: first.start, end });
          continue;
        }
      }
      const kind = classifyDigits(d, before, prefixPlus);
      if (!kind) continue;
      let start = first.start;
      // Include a leading + or (+86) so the prefix does not stay behind alone.
      const lead = /(?:\+\s*\(?\s*|\(\s*)$/.exec(norm.slice(Math.max(0, start - 4), start));
      if (lead && (kind === 'mobile' || kind === 'landline')) start -= lead[0].length;
      spans.push({ kind, start, end });
    }
  }
  return spans;
};

/** Numbers written in Chinese digits (幺三八零零一三八零零零) are read too: seven or more in a row. */
const CN_DIGIT = '〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖';
const CN_DIGIT_VALUE: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
const findChineseDigitNumbers = (norm: string): Span[] => {
  const spans: Span[] = [];
  for (const m of norm.matchAll(new RegExp(`[${CN_DIGIT}](?:[\\s\\-·]{0,2}[${CN_DIGIT}]){6,}`, 'g'))) {
    const d = [...m[0]].filter((c) => c in CN_DIGIT_VALUE).map((c) => CN_DIGIT_VALUE[c]).join('');
    const kind: RedactionKind = d.length === 11 && /^1[3-9]/.test(d) ? 'mobile' : d.length === 18 || d.length === 15 ? 'id-number' : d.length >= 16 ? 'bank-card' : 'landline';
    spans.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return spans;
};

// ---------------------------------------------------------------------------------------------------------
// E-mail, plates, social accounts

const findEmails = (norm: string): Span[] =>
  [...norm.matchAll(/[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)].map((m) => ({ kind: 'email' as const, start: m.index, end: m.index + m[0].length }));

/** 机动车号牌 (GA 36): province + letter + 5 characters, new-energy + 6; optional separator after the letter. */
const PLATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Za-z][\s·-]?(?=[A-Za-z0-9]{0,5}[0-9])[A-Za-z0-9]{5,6}[挂学警港澳领试超]?(?![A-Za-z0-9])/gu;
const findPlates = (norm: string): Span[] => [...norm.matchAll(PLATE)].map((m) => ({ kind: 'plate' as const, start: m.index, end: m.index + m[0].length }));

const findSocialAccounts = (norm: string): Span[] =>
  [...norm.matchAll(/(?:微信号?|QQ号?|支付宝账?号?|抖音号|微博)[：:\s]{0,3}([A-Za-z][A-Za-z0-9_-]{4,29})/gi)].map((m) => ({
    kind: 'social-account' as const,
    start: m.index + m[0].length - m[1].length,
    end: m.index + m[0].length,
  }));

// ---------------------------------------------------------------------------------------------------------
// Health data

const DISEASES =
  'HIV|艾滋病?|AIDS|乙肝|乙型肝炎|丙肝|丙型肝炎|梅毒|淋病|尖锐湿疣|肺结核|结核病|精神分裂症?|精神病|精神疾病|抑郁症|双相情感障碍|焦虑症|癫痫|白血病|尿毒症|癌症|[肝肺胃肠乳腺宫颈鼻咽]+癌|肿瘤|糖尿病|高血压|心脏病|冠心病|脑梗|中风|偏瘫|残疾|智力障碍|智力残疾|自闭症|阿尔茨海默病?|老年痴呆|吸毒史|戒毒|怀孕|妊娠|流产|不孕';
const HEALTH_TRIGGER = '患有|患上|罹患|身患|诊断为|确诊为|确诊患有|确诊|被诊断|经诊断|诊断结果|病史|病情|病历|住院治疗|住院|就医记录|查出患有|检查出患有|检出患有';
const HEALTH_PATTERNS = [
  // A trigger and what follows up to the end of the clause: "患有乙肝", "经诊断为重度抑郁症".
  new RegExp(`(?:${HEALTH_TRIGGER})[^，。；;,.\\n（）()、]{0,20}`, 'giu'),
  // A disease named as a person's attribute: "HIV感染者", "乙肝病毒携带者", "精神病人", "残疾人".
  new RegExp(`(?:${DISEASES})(?:病毒)?(?:感染者|携带者|患者|病人|阳性|症状|病史|既往史|等病史)`, 'giu'),
  // These name a person's health whatever the context.
  /HIV|艾滋病|AIDS|精神分裂症?|抑郁症|智力残疾|智力障碍/giu,
];
const DISEASE_RE = new RegExp(DISEASES, 'giu');
const findHealth = (norm: string): Span[] => {
  const spans: Span[] = [];
  const named = new Set<string>();
  for (const re of HEALTH_PATTERNS) {
    for (const m of norm.matchAll(re)) {
      spans.push({ kind: 'health', start: m.index, end: m.index + m[0].length });
      for (const d of m[0].matchAll(DISEASE_RE)) named.add(d[0]);
    }
  }
  // Once a text says someone has a disease, the disease is that person's wherever else it is named.
  for (const d of named) for (const m of norm.matchAll(new RegExp(escapeRe(d), 'gu'))) spans.push({ kind: 'health', start: m.index, end: m.index + m[0].length });
  return spans;
};

// ---------------------------------------------------------------------------------------------------------
// Addresses

const ADMIN = '(?:特别行政区|自治区|自治州|自治县|自治旗|开发区|高新区|新区|地区|街道办事处|街道|省|市|(?<![小社园景校厂营])区|县|旗|盟|镇|乡)';
const PLACE_SUFFIX = '(?:大道|大街|胡同|社区|小区|花园|家园|公寓|新村|大厦|广场|山庄|苑|庭|府|城|湾|路|街|巷|弄|里|村|屯|寨|组|坊|院)';
const HOUSE_NUM = '[0-9A-Za-z一二三四五六七八九十百零〇两]{1,6}(?:-[0-9A-Za-z]{1,5})*';
const HOUSE_UNIT = '(?:号楼|号院|号|栋|幢|座|单元|室|楼|层|组|弄|户|排|附)';
const HOUSE = `(?:[\\p{Script=Han}]{0,6}?${HOUSE_NUM}${HOUSE_UNIT})+`;
const NAME_CHARS = '[^\\s\\p{P}0-9A-Za-z省市区县镇乡在于住址到至往向从和与及的是为了]';
/** A road, village or estate name followed by house-level parts, starting after an anchor so a sentence is not swallowed. */
const STREET_ADDRESS = new RegExp(
  `(?<=^|[\\s\\p{P}省市区县旗盟镇乡在于住址到至往向从和与及是为]|街道)${NAME_CHARS}{1,10}?${PLACE_SUFFIX}${HOUSE}`,
  'gu',
);
/** House-level parts without a street: "12号3栋402室", "3栋2单元". */
const HOUSE_CHAIN = new RegExp(`${HOUSE_NUM}${HOUSE_UNIT}(?:${HOUSE_NUM}(?:号楼|栋|幢|座|单元|室|楼|层|户))+`, 'gu');
/** After a home keyword everything below the administrative divisions is masked, even without a number. */
const HOME_KEYWORD = /(?:家庭住址|家住|现住址?|暂住地?|住址|住所地?|居住地?|居住在|居住于|住在|户籍地|户籍所在地|户籍|籍贯|联系地址|送达地址|住)[：:\s]{0,2}/gu;
const BUSINESS_ADDRESS_KEYWORD = /(?:经营场所|经营地址|营业场所|营业地址|注册地址|生产地址|生产场所|生产经营场所|办公地址|办公场所|厂址|门店地址|店址)(?:位于|设在|为|是|在)?[：:\s]{0,2}/u;

const findAddresses = (norm: string, party?: RedactionParty): Span[] => {
  const spans: Span[] = [];
  // The organisation's labelled business address: the keyword, then at most administrative divisions before the street.
  const exempt = (start: number) => {
    if (party?.kind !== 'organization') return false;
    const clause = /[^，。；;,\n]*$/u.exec(norm.slice(Math.max(0, start - 40), start))![0];
    const k = BUSINESS_ADDRESS_KEYWORD.exec(clause);
    return Boolean(k) && new RegExp(`^(?:[^\\s\\p{P}0-9]{1,8}?${ADMIN})*$`, 'u').test(clause.slice(k!.index + k![0].length));
  };
  for (const m of norm.matchAll(STREET_ADDRESS)) if (!exempt(m.index)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  for (const m of norm.matchAll(HOUSE_CHAIN)) if (!exempt(m.index)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  for (const m of norm.matchAll(HOME_KEYWORD)) {
    if (m[0] === '住' && /^住(?:宿|房|院|户|持|手|口|嘴)/.test(norm.slice(m.index, m.index + 2))) continue;
    const from = m.index + m[0].length;
    const clause = /^[^，。；;,\n（）()、]{1,60}/u.exec(norm.slice(from));
    if (!clause) continue;
    // Keep the leading administrative divisions; mask from the first part below them.
    const admin = new RegExp(`^(?:[^\\s\\p{P}0-9]{1,8}?${ADMIN})*`, 'u').exec(clause[0]);
    const keep = admin ? admin[0].length : 0;
    const rest = clause[0].slice(keep);
    if (!rest || !new RegExp(`${PLACE_SUFFIX}|${HOUSE_UNIT}|[0-9]`, 'u').test(rest)) continue;
    spans.push({ kind: 'address', start: from + keep, end: from + clause[0].length });
  }
  return spans;
};

// ---------------------------------------------------------------------------------------------------------
// Names

/** 百家姓 and the common surnames of the 2020 census; compound surnames are matched first. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐',
  '钟离', '闻人', '赫连', '澹台', '公冶', '宗政', '濮阳', '太叔', '申屠', '端木', '万俟', '呼延', '南宫', '独孤', '西门',
  '百里', '东郭', '淳于', '单于', '拓跋', '司空', '左丘', '梁丘', '闾丘', '微生', '羊舌', '乐正', '公良', '漆雕', '壤驷',
  '公西', '巫马', '亓官', '子车', '颛孙', '段干', '第五', '呼和', '爱新觉罗', '叶赫那拉',
];
export const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖畅苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东殴殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯赏墨哈谯笪年爱阳佟言福';
const SURNAME_SET = new Set([...SINGLE_SURNAMES]);

/** Characters that do not occur in a given name here: function words, verbs and nouns that follow a role word. */
const NOT_GIVEN =
  '的了着过在于和与及或而但并将把被让给向对从自到往为因由以按据经跟比称说讲问答系是有无不没未已曾再又也都就还仅只均皆各每该本此其这那之所等们个名位岁年月日时分号元万千百十米克斤吨次件份张条辆台户店厂司局处室组队部校区县市省镇乡村路街巷楼栋层单男女先士经理主任老板述证认供签署按捺印作陈表示承确提具交持携拒要求请申诉举报投检查询调罚款收令告销暂购营产运输储存使用进行开展实施构违规法款项期间内外上下前后左右电话机码身份住址属情况场所地点当今昨某人员工顾客负责代理监护驾驶患曾';
const NOT_GIVEN_SET = new Set([...NOT_GIVEN]);
/** What may follow a name: punctuation, digits, ASCII, end, or a word that starts a new clause. */
const AFTER_NAME = '投反告交购买消患称说讲系是在于的等和与及、将已曾向对因为从经到均并即也被把让给现亲当驾销购使持携未不没拒同签确承证陈表供提出男女今于住家电手身也有无作';
const AFTER_NAME_SET = new Set([...AFTER_NAME]);
/** Surnames that are also function words (于, 和, 向...): after a role word they count only when a terminator follows. */
const AMBIGUOUS_SURNAMES = new Set([...'于和向将从与把被给为以因由及经自未已曾又再也就都还只并即但而其所此该本各每全共同不无非是有时']);
const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
const isTerminator = (c: string | undefined) => c === undefined || !isHan(c) || AFTER_NAME_SET.has(c);

/** Role words after which a person's name is written. Longest first so 法定代表人 wins over 代表人. */
const ROLE_WORDS = [
  '法定代表人', '实际控制人', '实际经营者', '委托代理人', '被询问人', '受送达人', '违法行为人', '被监护人', '被侵权人', '被申请人',
  '工作人员', '从业人员', '值班人员', '操作人员', '当班人员', '销售人员', '送货人员', '陪同人员', '执法人员', '检查人员', '翻译人员',
  '当事人', '证人', '举报人', '投诉人', '申诉人', '申请人', '负责人', '法人代表', '经营者', '业主', '店主', '老板', '员工', '职工', '雇员',
  '店员', '营业员', '服务员', '收银员', '厨师', '顾客', '消费者', '购买人', '购买者', '联系人', '代理人', '受托人', '委托人', '见证人',
  '监护人', '驾驶人', '驾驶员', '司机', '车主', '房东', '房主', '租户', '承租人', '出租人', '户主', '村民', '居民', '患者', '病人',
  '收款人', '付款人', '户名', '开户人', '持卡人', '被害人', '受害人', '股东', '会计', '出纳', '主管', '经理', '店长', '主任', '医生',
  '护士', '家属', '亲属', '丈夫', '妻子', '儿子', '女儿', '父亲', '母亲', '哥哥', '弟弟', '姐姐', '妹妹', '邻居', '同事', '朋友',
  '学生', '客户', '租客', '乘客', '旅客', '游客', '行为人', '报案人', '发现人', '签收人', '送达人', '记录人', '询问人', '检查人',
  '之子', '之女', '之妻', '之夫', '之父', '之母', '之兄', '之弟', '之姐', '之妹', '之孙', '之媳', '之婿',
  '姓名', '名叫', '叫作',
].sort((a, b) => b.length - a.length);
const ROLE_RE = new RegExp(`(?:${ROLE_WORDS.join('|')})(?:[：:\\s]|为|是|系|有)*`, 'gu');

/** Between the characters of a name: spaces or a middle dot (张 三, 张·三, 欧阳 娜娜). */
const NAME_SEP = /^[ \t·.]{0,2}/;

const COMPOUND_SPELLINGS = new Map(COMPOUND_SURNAMES.map((s) => [s, new RegExp(`^${[...s].join('[ \\t·.]{0,2}')}`, 'u')]));

type NameMatch = { start: number; end: number; name: string; pseudonym: boolean };

/** Reads a name at `at`: surname (compound first) + one or two given characters, separators allowed between. */
const readName = (norm: string, at: number, requireTerminator: boolean): NameMatch | null => {
  let surname = '';
  let i = at;
  for (const s of COMPOUND_SURNAMES) {
    // 欧阳 may be written 欧 阳 or 欧·阳 too.
    const m = COMPOUND_SPELLINGS.get(s)!.exec(norm.slice(at, at + s.length + 4));
    if (m) {
      surname = s;
      i += m[0].length;
      break;
    }
  }
  if (!surname) {
    const c = norm[at];
    if (!c || !SURNAME_SET.has(c)) return null;
    surname = c;
    i += 1;
  }
  const given: { ch: string; end: number }[] = [];
  let j = i;
  for (let k = 0; k < 2; k++) {
    const sep = NAME_SEP.exec(norm.slice(j, j + 2))![0];
    const c = norm[j + sep.length];
    if (!isHan(c)) break;
    if (c === '某') {
      // 张某 / 张某某: already anonymised, but it still opens a list.
      const m = /^某+/.exec(norm.slice(j + sep.length))!;
      return { start: at, end: j + sep.length + m[0].length, name: surname + m[0], pseudonym: true };
    }
    if (NOT_GIVEN_SET.has(c)) break;
    j += sep.length + 1;
    given.push({ ch: c, end: j });
  }
  const nameOf = (n: number): NameMatch => ({ start: at, end: given[n - 1].end, name: surname + given.slice(0, n).map((g) => g.ch).join(''), pseudonym: false });
  // Prefer two given characters when what follows ends a name; else one.
  for (let n = given.length; n >= 1; n--) {
    const end = given[n - 1].end;
    if (!requireTerminator || isTerminator(norm[end]) || /^[ \t]/.test(norm.slice(end, end + 1))) return nameOf(n);
  }
  // Nothing clearly ends it: a real surname still makes it a name (the longer reading, so nothing of it stays).
  if (given.length && !AMBIGUOUS_SURNAMES.has(surname)) return nameOf(given.length);
  return null;
};

/** Transliterated names with a middle dot: 买买提·艾力, 阿依古丽·吐尔逊. */
const findDottedNames = (norm: string): NameMatch[] => {
  const out: NameMatch[] = [];
  for (const m of norm.matchAll(/\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})+/gu)) {
    const firstDot = m[0].indexOf('·');
    const lastDot = m[0].lastIndexOf('·');
    // In front: at most four characters, and nothing of a role word glued before them ("证人买买提·艾力").
    const head = m[0].slice(0, firstDot);
    let cut = Math.max(0, head.length - 4);
    for (const w of ROLE_WORDS) {
      const p = head.lastIndexOf(w);
      if (p >= 0 && p + w.length < head.length) cut = Math.max(cut, p + w.length);
    }
    // Behind: the last part up to a word that starts a clause ("艾力称").
    const tail = m[0].slice(lastDot + 1);
    let keep = 0;
    while (keep < tail.length && keep < 6 && (keep < 1 || !AFTER_NAME_SET.has(tail[keep]))) keep++;
    const start = m.index + cut;
    const end = m.index + lastDot + 1 + keep;
    out.push({ start, end, name: norm.slice(start, end).replace(/[·\s]/g, ''), pseudonym: false });
  }
  return out;
};

/** What marks the words before it as a person: （男，/ 38岁 / 身份证 / 称 / 之子. */
const PERSON_MARKER = /^[ \t]{0,2}(?:[（(,，][ \t]{0,1}(?:男|女)|[（(]?(?:身份证|公民身份号码|居民身份证)|[0-9]{1,3}岁|先生|女士|同志|之(?:子|女|妻|夫|父|母|兄|弟|姐|妹|孙|媳|婿)|的(?:陈述|证言|询问笔录|笔录|证词|身份证)|称|陈述|证实|承认|供述|签字|签名|捺印|按手印|作证|住|家住|现住|电话|手机|联系电话)/u;
/** What may stand right before a name found by its marker: not a Han character, or a word that ends a phrase. */
const BEFORE_MARKED_NAME = /(?:^|[^\p{Script=Han}]|[与和及向对由经据被让给将把同跟叫找]|之(?:子|女|妻|夫|父|母))$/u;

const findNames = (norm: string): NameMatch[] => {
  const found: NameMatch[] = [];
  const listFrom = (m: NameMatch) => {
    // A list after a name: 张三、李四和王五 / 张某某、李四.
    let cur = m;
    for (;;) {
      const sep = /^[ \t]{0,1}(?:、|，|,|和|及|与|或|以及|还有)[ \t]{0,1}/u.exec(norm.slice(cur.end, cur.end + 4));
      if (!sep) break;
      const next = readName(norm, cur.end + sep[0].length, true);
      if (!next) break;
      found.push(next);
      cur = next;
    }
  };
  // 1. After a role word.
  for (const m of norm.matchAll(ROLE_RE)) {
    const at = m.index + m[0].length;
    const explicit = /[：:\s]$/.test(m[0]);
    const name = readName(norm, at, !explicit);
    if (name) {
      found.push(name);
      listFrom(name);
    }
  }
  // 2. Before a person marker, with nothing name-like glued in front.
  for (let at = 0; at < norm.length; at++) {
    const c = norm[at];
    if (!SURNAME_SET.has(c) && !COMPOUND_SURNAMES.some((s) => s[0] === c)) continue;
    if (!BEFORE_MARKED_NAME.test(norm.slice(Math.max(0, at - 3), at))) continue;
    const name = readName(norm, at, false);
    if (!name) continue;
    if (PERSON_MARKER.test(norm.slice(name.end, name.end + 8))) {
      found.push(name);
      listFrom(name);
    }
  }
  // 3. Dotted transliterations.
  for (const n of findDottedNames(norm)) found.push(n);
  // A name before 之子/之妻 is a person too, whichever side the role word is on (handled by marker 之...).
  return found;
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every spelling of a name: its characters with optional spaces or middle dots between them. */
const spellingsOf = (name: string) => new RegExp([...name].map(escapeRe).join('[ \\t·.]{0,2}'), 'gu');

/** The penalised natural person as published, by the same rule as the record's party field. */
const partyShownAs = (name: string, rule: PersonNameRule) => displayPartyName({ name: normalizeForRedaction(name).replace(/[\s·.]/g, ''), kind: 'person' }, rule);

// ---------------------------------------------------------------------------------------------------------
// The engine

const PRIORITY: RedactionKind[] = ['id-number', 'bank-card', 'account-number', 'mobile', 'landline', 'email', 'social-account', 'plate', 'address', 'health', 'person', 'party'];

/** Merges overlapping spans; the longest part decides the kind, ties by priority. */
const merge = (spans: Span[]): Span[] => {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Span & { best: number; bestKind: RedactionKind; other?: RedactionKind })[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      const len = s.end - s.start;
      if (len > last.best || (len === last.best && PRIORITY.indexOf(s.kind) < PRIORITY.indexOf(last.bestKind))) {
        last.best = len;
        last.bestKind = s.kind;
      }
      // A party name merged with anything else is masked as the other thing.
      if (s.kind !== 'party') last.other = s.kind;
      continue;
    }
    out.push({ ...s, best: s.end - s.start, bestKind: s.kind, other: s.kind === 'party' ? undefined : s.kind });
  }
  return out.map((s) => ({ kind: s.bestKind === 'party' && s.other ? s.other : s.bestKind, start: s.start, end: s.end }));
};

export const MAX_REDACTION_INPUT = 50_000;

/**
 * Finds and masks personal information in `text`. Findings carry offsets in the original text.
 * `party` is the penalised party: a natural person is shown per `options.personRule` (default 张某),
 * an organisation's name is kept.
 */
export const redact = (text: string, party?: RedactionParty, options: RedactionOptions = {}): RedactionResult => {
  const norm = normalizeForRedaction(text);
  const spans: Span[] = [];
  spans.push(...findNumbers(norm), ...findChineseDigitNumbers(norm), ...findEmails(norm), ...findPlates(norm), ...findSocialAccounts(norm));
  spans.push(...findAddresses(norm, party), ...findHealth(norm));

  const partyName = party ? normalizeForRedaction(party.name).replace(/[\s·.]/g, '') : '';
  const protectedSpans: Span[] = [];
  const partySpans: Span[] = [];
  if (partyName.length >= 2) {
    for (const m of norm.matchAll(spellingsOf(partyName))) {
      // An organisation, or a person under a rule that shows the full name, stays as written.
      const shownInFull = party!.kind === 'organization' || options.personRule === 'full';
      (shownInFull ? protectedSpans : partySpans).push({ kind: 'party', start: m.index, end: m.index + m[0].length });
    }
  }
  const inside = (s: { start: number; end: number }, list: Span[]) => list.some((p) => s.start >= p.start && s.end <= p.end);
  const overlaps = (s: { start: number; end: number }, list: Span[]) => list.some((p) => s.start < p.end && p.start < s.end);

  // Names: found by context, then every other spelling of the same name.
  const names = findNames(norm).filter((n) => !n.pseudonym && n.name !== partyName && !overlaps(n, partySpans) && !inside(n, protectedSpans));
  const distinct = new Set(names.map((n) => n.name));
  for (const n of names) spans.push({ kind: 'person', start: n.start, end: n.end });
  for (const name of distinct) {
    if (name.length < 2) continue;
    for (const m of norm.matchAll(spellingsOf(name))) {
      const s: Span = { kind: 'person', start: m.index, end: m.index + m[0].length };
      if (!overlaps(s, partySpans) && !inside(s, protectedSpans)) spans.push(s);
    }
  }
  // Inside the organisation's own name only numbers are masked (a shop named after its owner stays as registered).
  const kept = spans.filter((s) => !(inside(s, protectedSpans) && (s.kind === 'person' || s.kind === 'address' || s.kind === 'plate' || s.kind === 'health')));
  const findings = merge([...kept, ...partySpans]);

  let out = '';
  let at = 0;
  const rule = options.personRule ?? DEFAULT_PERSON_NAME_RULE;
  const partyShown = party?.kind === 'person' && partyName ? partyShownAs(party.name, rule) : '';
  for (const f of findings) {
    out += text.slice(at, f.start);
    out += f.kind === 'party' ? partyShown : f.kind === 'person' ? REDACTION_MASKS.person : REDACTION_MASKS[f.kind];
    at = f.end;
  }
  out += text.slice(at);
  return { text: out, findings };
};
