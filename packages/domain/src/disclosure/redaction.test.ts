import { describe, expect, it } from 'vitest';
import { normalizeForRedaction, redact } from './redaction.ts';

const kinds = (text: string, party?: Parameters<typeof redact>[1]) => redact(text, party).findings.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

describe('redaction engine', () => {
  it('shows the penalised person as surname + 某 and masks the other persons with 某某', () => {
    const text = '当事人张三于2026年3月1日销售过期食品，证人李四称其购买时未见标签，李四签字确认。';
    const r = redact(text, { name: '张三', kind: 'person' });
    expect(r.text).toBe('当事人张某于2026年3月1日销售过期食品，证人某某称其购买时未见标签，某某签字确认。');
    expect(r.findings.map((f) => f.kind)).toEqual(['party', 'person', 'person']);
  });

  it('reports offsets in the original text, also where full-width characters were read', () => {
    const text = '身份证号：１１０１０５１９４９１２３１００２Ｘ。';
    const [f] = redact(text).findings;
    expect(f).toEqual({ kind: 'id-number', start: 5, end: 23 });
    expect(text.slice(f.start, f.end)).toBe('１１０１０５１９４９１２３１００２Ｘ');
    expect(normalizeForRedaction(text).length).toBe(text.length);
  });

  it('masks ID numbers with a valid or a wrong check digit, 15-digit ones and ones broken by spaces or lines', () => {
    expect(kinds('号码110105194912310021与110105194912310022及110105491231002，还有110105 19491231\n002x。')).toEqual([
      'id-number:110105194912310021',
      'id-number:110105194912310022',
      'id-number:110105491231002',
      'id-number:110105 19491231\n002x',
    ]);
  });

  it('masks mobiles with +86, 0086, brackets, hyphens and ideographic spaces, landlines and 400 numbers', () => {
    const text = '电话+86 139-0013-9000、(+86)13900139000、0086 13900139000、１３９\u3000００１３\u3000９０００，座机(0591)8765 4321，热线400-810-8888。';
    const r = redact(text);
    expect(r.findings.map((f) => f.kind)).toEqual(['mobile', 'mobile', 'mobile', 'mobile', 'landline', 'landline']);
    expect(r.text).not.toMatch(/[0-9０-９]{4}/);
  });

  it('masks Luhn-valid bank cards with spaces and accounts named as such, not amounts or dates', () => {
    expect(kinds('卡号6222 0212 3456 7890 128，对公账号3502 0101 0000 12，罚款人民币50000元，2026-03-01。')).toEqual([
      'bank-card:6222 0212 3456 7890 128',
      'account-number:3502 0101 0000 12',
    ]);
  });

  it('masks plates, e-mail addresses and social accounts', () => {
    expect(kinds('车牌闽A12345与粤BD12345，邮箱zhang.san@example.com，微信号zhangsan_88。')).toEqual([
      'plate:闽A12345',
      'plate:粤BD12345',
      'email:zhang.san@example.com',
      'social-account:zhangsan_88',
    ]);
  });

  it('masks a home address below the administrative divisions, and keeps an organisation\'s labelled business address', () => {
    const party = { name: '福州某某贸易有限公司', kind: 'organization' as const };
    const text = '福州某某贸易有限公司经营场所位于福州市鼓楼区五四路123号，顾客欧阳娜娜家住福建省福州市鼓楼区东街街道阳光小区5栋2单元301室，证人王五住南平市建阳区麻沙镇水南村。';
    const r = redact(text, party);
    expect(r.text).toBe('福州某某贸易有限公司经营场所位于福州市鼓楼区五四路123号，顾客某某家住福建省福州市鼓楼区［住址已隐去］，证人某某住南平市建阳区麻沙镇［住址已隐去］。');
  });

  it('masks a natural person\'s business address like any other (it is often the home)', () => {
    const r = redact('当事人李四经营场所位于福州市鼓楼区五四路123号。', { name: '李四', kind: 'person' });
    expect(r.text).toBe('当事人李某经营场所位于福州市鼓楼区［住址已隐去］。');
  });

  it('masks health data but not the food-safety words of the violation', () => {
    expect(redact('员工赵六患有乙肝，仍从事直接入口食品工作，另一员工系HIV感染者。').text).toBe('员工某某［健康信息已隐去］，仍从事直接入口食品工作，另一员工系［健康信息已隐去］。');
    const food = '当事人销售病死猪肉，抽检检出沙门氏菌阳性，从业人员未取得健康证明，宣传产品可治疗高血压。';
    expect(redact(food).text).toBe(food);
  });

  it('finds names by role, list, marker, 之子, middle dots and spaces, and every other spelling of them', () => {
    const text = '证人张 三、李四和欧阳娜娜均证实；王某某之子刘小明到场。举报人：买买提·艾力称，张三（男，45岁）另称。顾客周·杰陈述。';
    const r = redact(text);
    expect(r.text).toBe('证人某某、某某和某某均证实；王某某之子某某到场。举报人：某某称，某某（男，45岁）另称。顾客某某陈述。');
  });

  it('leaves ordinary decision prose alone', () => {
    const text =
      '当事人于本月3日起在其经营场所销售超过保质期的食品，负责人未到场，经营者应当依法经营。上述事实有现场检查笔录、询问笔录等证据证实。依据《中华人民共和国食品安全法》第一百二十四条第一款，决定给予警告并处罚款人民币5000元。统一社会信用代码91350100M000100Y43，决定书文号闽市监罚〔2026〕12号。当事人宣称其公司声称产品合格。';
    expect(redact(text).findings).toEqual([]);
  });

  it('keeps an organisation party\'s own name even where it contains a person\'s name', () => {
    const party = { name: '鼓楼区张三小吃店', kind: 'organization' as const };
    expect(redact('当事人鼓楼区张三小吃店的负责人张三称。', party).text).toBe('当事人鼓楼区张三小吃店的负责人某某称。');
  });

  it('shows the penalised person per the display rule, compound surnames included', () => {
    expect(redact('当事人欧阳 娜娜销售，欧阳娜娜称。', { name: '欧阳娜娜', kind: 'person' }).text).toBe('当事人欧阳某销售，欧阳某称。');
    const full = redact('当事人张三销售，证人李四称。', { name: '张三', kind: 'person' }, { personRule: 'full' });
    expect(full.text).toBe('当事人张三销售，证人某某称。');
  });

  it('reads numbers written in Chinese digits', () => {
    expect(kinds('联系电话幺三八零零一三八零零零。')).toEqual(['mobile:幺三八零零一三八零零零']);
  });

  it('returns findings sorted and never overlapping', () => {
    const r = redact('证人李四13800138000住福州市鼓楼区五四路12号3栋402室，卡号6222021234567890128。');
    for (let i = 1; i < r.findings.length; i++) expect(r.findings[i].start).toBeGreaterThanOrEqual(r.findings[i - 1].end);
    expect(r.findings.map((f) => f.kind)).toEqual(['person', 'mobile', 'address', 'bank-card']);
  });
});
