import { describeEachDatabase, testDatabaseKinds } from '@sanxiang/db/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, searchDisclosures, searchDocumentOf, snippetHtml } from '../src/modules/disclosure/search-index.ts';
import { fenToWanYuan } from '../src/modules/disclosure/open-data.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

// The test clock starts at 2026-11-20 10:00 Beijing time. 翠微坊 is a word no demo record uses.
const RECORDS = {
  tea: {
    kind: 'penalty', documentNumber: '甲县市监罚〔2026〕701号', decisionDate: '2026-11-20',
    party: { name: '甲县翠微坊茶饮店', kind: 'organization', creditCode: '91350100M000100Y43' },
    category: '食品安全监管', violation: '使用过期奶茶原料', basis: '《中华人民共和国食品安全法》第一百二十四条', content: '警告，罚款5000元', fineFen: 500_000,
    summary: '当事人在翠微坊门店使用过期奶茶原料制作饮品，证人李四称购买时未见标签。',
  },
  fruit: {
    kind: 'penalty', documentNumber: '甲县市监罚〔2026〕702号', decisionDate: '2026-11-18',
    party: { name: '欧阳翠翠', kind: 'person' },
    category: '价格监督检查', violation: '未明码标价', basis: '《中华人民共和国价格法》第四十二条', content: '罚款2000元', fineFen: 200_000,
    summary: '当事人欧阳翠翠经营的翠微坊水果摊未明码标价，联系电话13900139000，家住甲县城关镇翠微坊小区3栋201室。',
  },
  licence: {
    kind: 'licence', documentNumber: '甲县市监许〔2026〕703号', decisionDate: '2026-11-19',
    party: { name: '甲县翠微坊农资经营部', kind: 'organization', creditCode: '91110108551385082Q' },
    category: '农药经营许可', violation: '', basis: '《农药管理条例》第二十四条', content: '准予农药经营许可，有效期五年',
  },
  withdrawn: {
    kind: 'penalty', documentNumber: '甲县市监罚〔2026〕704号', decisionDate: '2026-11-20',
    party: { name: '甲县翠微坊茶饮二店', kind: 'organization' },
    category: '食品安全监管', violation: '使用过期奶茶原料', basis: '《中华人民共和国食品安全法》第一百二十四条', content: '罚款8000元', fineFen: 800_000,
    summary: '二店后厨存放过期奶茶原料撤回专用语。',
  },
  other: {
    kind: 'penalty', documentNumber: '乙县市监罚〔2026〕705号', decisionDate: '2026-11-16',
    party: { name: '乙县翠微坊餐馆', kind: 'organization' },
    category: '食品安全监管', violation: '=1+1 使用过期奶茶原料', basis: '《中华人民共和国食品安全法》第一百二十四条', content: '罚款1万元，没收违法所得', fineFen: 1_000_000, confiscationFen: 12_345,
    summary: '餐馆使用过期奶茶原料。',
  },
} as const;
type Key = keyof typeof RECORDS;

/** Prepares and publishes the records through the API, withdraws one; returns their ids. */
const seed = async (t: TestApp) => {
  const jia = client(t.app, '10.8.0.1');
  await jia.login('jxsj.officer1');
  const yi = client(t.app, '10.8.0.2');
  await yi.login('yxsj.officer1');
  const ids = {} as Record<Key, string>;
  for (const key of Object.keys(RECORDS) as Key[]) {
    const c = key === 'other' ? yi : jia;
    const res = await c.post('/api/v1/disclosure/records', RECORDS[key]);
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().record.id;
    t.clock.advance(60_000); // publication times in a known order
    expect((await c.post(`/api/v1/disclosure/records/${ids[key]}/publish`)).statusCode).toBe(200);
  }
  t.clock.advance(60_000);
  const w = await jia.post(`/api/v1/disclosure/records/${ids.withdrawn}/withdraw`, { reason: '原处罚决定经行政复议被撤销' });
  expect(w.statusCode, w.body).toBe(200);
  return ids;
};

describe('search index (no database)', () => {
  it('indexes the public fields as every jieba dictionary word of two or more characters', () => {
    const doc = searchDocumentOf({ agencyName: '甲县市场监督管理局', documentNumber: '甲县市监罚〔2026〕701号', partyName: '张某', creditCode: null, category: '食品安全监管', violation: '使用过期食品', basis: '《食品安全法》', content: '罚款５０００元', summary: '' });
    expect(doc.searchText).toBe('甲县市监罚〔2026〕701号 甲县市场监督管理局 张某 食品安全监管 使用过期食品 《食品安全法》 罚款５０００元');
    const words = doc.tokens.split(' ');
    expect(words).toEqual(expect.arrayContaining(['食品', '安全', '过期', '罚款', '5000', '2026', '监督', '管理局']));
    expect(words.every((w) => [...w].length >= 2)).toBe(true);
    // 食品安全监管 is cut 食品/安全监管 on jieba's best path; the index still holds 食品安全.
    expect(words).toContain('食品安全');
  });

  it('turns dictionary words into tsquery words and unknown runs or single characters into substrings', () => {
    expect(parseQuery('过期 食品')).toEqual({ words: ['过期', '食品'], substrings: [] });
    expect(parseQuery('鑫垚奶茶')).toEqual({ words: ['奶茶'], substrings: ['鑫垚奶茶'] });
    expect(parseQuery('翠微坊')).toEqual({ words: ['翠微'], substrings: ['翠微坊'] });
    expect(parseQuery('鑫垚')).toEqual({ words: [], substrings: ['鑫垚'] });
    expect(parseQuery('罚')).toEqual({ words: [], substrings: ['罚'] });
    expect(parseQuery('ＡＢＣ１２３')).toEqual({ words: ['abc123'], substrings: [] });
  });

  it('escapes the snippet and marks every match on the original characters', () => {
    expect(snippetHtml('<b>过期</b>食品与ＡＢＣ', ['过期', 'abc'])).toBe('&lt;b&gt;<mark>过期</mark>&lt;/b&gt;食品与<mark>ＡＢＣ</mark>');
  });
});

describeEachDatabase('公示检索、开放数据与订阅', (kind) => {
  let t: TestApp;
  let anon: Client;
  let ids: Record<Key, string>;
  const search = async (query: string) => {
    const res = await anon.get(`/api/v1/open/search?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Array<{ id: string; documentNumber: string; snippetHtml: string }>; total: number; terms: string[] };
  };
  const numbers = (r: { items: Array<{ documentNumber: string }> }) => r.items.map((i) => i.documentNumber);

  beforeAll(async () => {
    t = await startTestApp(kind);
    anon = client(t.app, '10.8.0.9');
    ids = await seed(t);
  });
  afterAll(() => t.close());

  it('finds published decisions by a two-word Chinese query, ranked, highlighted, never a withdrawn one', async () => {
    const r = await search(`q=${encodeURIComponent('过期 奶茶')}`);
    expect(numbers(r).sort()).toEqual(['乙县市监罚〔2026〕705号', '甲县市监罚〔2026〕701号']);
    expect(r.items[0].snippetHtml).toContain('<mark>过期</mark>');
    expect(r.items[0].snippetHtml).toContain('<mark>奶茶</mark>');
    expect(JSON.stringify(r)).not.toContain('704号');
    expect((await search(`q=${encodeURIComponent('撤回专用语')}`)).total).toBe(0);
  });

  it('finds unknown words and names by substring (pg_trgm), and single characters', async () => {
    expect(numbers(await search(`q=${encodeURIComponent('翠微坊')}&pageSize=10`)).sort()).toEqual(['乙县市监罚〔2026〕705号', '甲县市监许〔2026〕703号', '甲县市监罚〔2026〕701号', '甲县市监罚〔2026〕702号'].sort());
    expect(numbers(await search(`q=${encodeURIComponent('欧阳某')}`))).toEqual(['甲县市监罚〔2026〕702号']);
    expect(numbers(await search(`q=${encodeURIComponent('市监许〔2026〕703')}`))).toEqual(['甲县市监许〔2026〕703号']);
    // The full name of the penalised person and other persons' data were never indexed.
    expect((await search(`q=${encodeURIComponent('欧阳翠翠')}`)).total).toBe(0);
    expect((await search('q=13900139000')).total).toBe(0);
    expect((await search(`q=${encodeURIComponent('李四')}`)).total).toBe(0);
  });

  it('filters by agency, kind, party type and decision date, and pages', async () => {
    const q = `q=${encodeURIComponent('翠微坊')}`;
    expect(numbers(await search(`${q}&kind=licence`))).toEqual(['甲县市监许〔2026〕703号']);
    expect(numbers(await search(`${q}&partyKind=person`))).toEqual(['甲县市监罚〔2026〕702号']);
    expect(numbers(await search(`${q}&from=2026-11-17&to=2026-11-19`)).sort()).toEqual(['甲县市监许〔2026〕703号', '甲县市监罚〔2026〕702号'].sort());
    const yiAgency = (await anon.get(`/api/v1/open/decisions?pageSize=200`)).json().items.find((i: { documentNumber: string }) => i.documentNumber.startsWith('乙县市监罚〔2026〕705')).agencyId;
    expect(numbers(await search(`${q}&agencyId=${yiAgency}`))).toEqual(['乙县市监罚〔2026〕705号']);
    // No index words (坊 alone is a substring): newest publication first, paged.
    const p1 = await search(`q=${encodeURIComponent('坊')}&pageSize=3&page=1`);
    const p2 = await search(`q=${encodeURIComponent('坊')}&pageSize=3&page=2`);
    expect(p1.total).toBe(4);
    expect([...numbers(p1), ...numbers(p2)]).toEqual(['乙县市监罚〔2026〕705号', '甲县市监许〔2026〕703号', '甲县市监罚〔2026〕702号', '甲县市监罚〔2026〕701号']);
    expect((await anon.get('/api/v1/open/search?q=' + 'x'.repeat(81))).statusCode).toBe(400);
  });

  it('counts up to the cap, then gives the newest first and says the total is a lower bound', async () => {
    const ranked = await searchDisclosures(t.database.db, { q: '过期 奶茶', page: 1, pageSize: 20 });
    expect(ranked).toMatchObject({ total: 2, totalIsLowerBound: false });
    const capped = await searchDisclosures(t.database.db, { q: '翠微', page: 1, pageSize: 2, rankedMatches: 2 });
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(capped.items.map((i) => i.documentNumber)).toEqual(['乙县市监罚〔2026〕705号', '甲县市监许〔2026〕703号']);
  });

  it('serves the search page without JavaScript: labelled form, marks, escaped query, pagination links', async () => {
    const page = await anon.get(`/search?q=${encodeURIComponent('过期 奶茶')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label for="q">关键词</label>');
    expect(page.body).toContain('role="search"');
    expect(page.body).toContain(`href="/decisions/${ids.tea}"`);
    expect(page.body).not.toContain(ids.withdrawn);
    expect(page.body).toContain('<mark>奶茶</mark>');
    expect(page.body).toContain('找到 2 条执法决定');
    const evil = await anon.get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(evil.body).not.toContain('<script>alert(1)</script>');
    expect(evil.body).toContain('&lt;script&gt;');
    const paged = await anon.get(`/search?q=${encodeURIComponent('翠微坊')}`);
    expect(paged.body).toContain('找到 4 条执法决定');
    // Bad filter values are dropped, not errors.
    expect((await anon.get('/search?kind=nonsense&from=yesterday&agency=1')).statusCode).toBe(200);
  });

  it('lists published decisions as open JSON with the public fields only', async () => {
    const res = await anon.get('/api/v1/open/decisions?pageSize=200');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<Record<string, unknown>>;
    const tea = items.find((i) => i.id === ids.tea)!;
    expect(tea).toMatchObject({ documentNumber: '甲县市监罚〔2026〕701号', partyName: '甲县翠微坊茶饮店', creditCode: '91350100M000100Y43', fineFen: 500_000, kind: 'penalty', url: `http://localhost:80/decisions/${ids.tea}` });
    expect(tea.summary).toBe('当事人在翠微坊门店使用过期奶茶原料制作饮品，证人某某称购买时未见标签。');
    expect(items.some((i) => i.id === ids.withdrawn)).toBe(false);
    const fruit = items.find((i) => i.id === ids.fruit)!;
    expect(fruit).toMatchObject({ partyName: '欧阳某', creditCode: null });
    expect(res.body).not.toContain('欧阳翠翠');
    expect(res.body).not.toContain('13900139000');
    expect(res.body).not.toContain('3栋201室');
    const person = await anon.get('/api/v1/open/decisions?partyKind=person&kind=penalty&from=2026-11-18&to=2026-11-18');
    expect(person.json().items.map((i: { id: string }) => i.id)).toContain(ids.fruit);
    expect((await anon.get('/api/v1/open/decisions?kind=bogus')).statusCode).toBe(400);
  });

  it('exports the 双公示 CSV for penalties and licences, formula-safe, 万元 exact, nothing for persons\' identities', async () => {
    const res = await anon.get('/api/v1/open/decisions.csv?kind=penalty&from=2026-11-16&to=2026-11-20');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\ufeff/, '').trim().split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 7)).toEqual(['行政相对人名称', '行政相对人类别', '统一社会信用代码', '法定代表人', '证件类型', '证件号码', '行政处罚决定书文号']);
    expect(header).toEqual(expect.arrayContaining(['罚款金额（万元）', '没收违法所得、没收非法财物的金额（万元）', '处罚决定日期', '公示截止期', '处罚机关', '数据来源单位']));
    const row = (no: string) => lines.find((l) => l.includes(no))!.split(',');
    const other = row('乙县市监罚〔2026〕705号');
    expect(other[header.indexOf('违法事实')]).toMatch(/^'=1\+1/);
    expect(other[header.indexOf('罚款金额（万元）')]).toBe('1');
    expect(other[header.indexOf('没收违法所得、没收非法财物的金额（万元）')]).toBe('0.012345');
    expect(other[header.indexOf('处罚类别')]).toBe('罚款;没收违法所得');
    const fruit = row('甲县市监罚〔2026〕702号');
    expect(fruit.slice(0, 6)).toEqual(['欧阳某', '自然人', '', '', '', '']);
    expect(fruit[header.indexOf('罚款金额（万元）')]).toBe('0.2');
    expect(res.body).not.toContain('704号');
    expect(res.body).not.toContain('欧阳翠翠');
    const licences = await anon.get('/api/v1/open/decisions.csv?kind=licence');
    expect(licences.body).toContain('行政许可决定文书号');
    expect(licences.body).toContain('甲县市监许〔2026〕703号');
    expect(licences.body).not.toContain('701号');
  });

  it('announces publications and withdrawals in the Atom feed, the withdrawal without its content', async () => {
    const res = await anon.get('/feeds/decisions.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(res.body).toContain(`/decisions/${ids.tea}</id>`);
    const withdrawal = res.body.split('<entry>').find((e) => e.includes(`${ids.withdrawn}#withdrawn`))!;
    expect(withdrawal).toContain('已撤回');
    expect(withdrawal).toContain('term="withdrawn"');
    expect(res.body).not.toContain('甲县翠微坊茶饮二店');
    expect(res.body).not.toContain('罚款8000元');
    expect(res.body.split('<entry>').filter((e) => e.includes(`/decisions/${ids.withdrawn}`))).toHaveLength(1);
  });

  it('redacts text for anyone who asks, within a rate limit', async () => {
    const res = await anon.post('/api/v1/disclosure/redact', { text: '证人李四，电话138 0013 8000。', party: { name: '张三', kind: 'person' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ text: '证人某某，电话［手机号已隐去］。', findings: [{ kind: 'person', start: 2, end: 4 }, { kind: 'mobile', start: 7, end: 20 }] });
    expect((await anon.post('/api/v1/disclosure/redact', { text: 'x', extra: 1 })).statusCode).toBe(400);
    expect((await anon.post('/api/v1/disclosure/redact', { text: 'x'.repeat(50_001) })).statusCode).toBe(400);
    const flood = client(t.app, '10.8.0.77');
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await flood.post('/api/v1/disclosure/redact', { text: '无' })).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 200)).toBe(true);
    expect(codes[60]).toBe(429);
  });
});

describe('search answers alike on PGlite and PostgreSQL', () => {
  const QUERIES = ['q=过期 奶茶', 'q=翠微坊', 'q=翠微坊&kind=penalty&pageSize=2&page=2', 'q=食品安全', 'q=罚款', 'q=罚', 'q=欧阳某', 'q=农药 许可', 'q=2026', 'q=翠微坊&partyKind=organization&from=2026-11-19'];
  it.runIf(testDatabaseKinds().length === 2)('gives the same hits, order, totals and snippets for the same records and queries', async () => {
    const answers: unknown[] = [];
    for (const kind of testDatabaseKinds()) {
      const t = await startTestApp(kind);
      try {
        await seed(t);
        const rows: unknown[] = [];
        for (const q of QUERIES) {
          const params = Object.fromEntries(new URLSearchParams(q.replace(/ /g, '+')));
          const r = await searchDisclosures(t.database.db, { ...params, page: Number(params.page ?? 1), pageSize: Number(params.pageSize ?? 20) } as never);
          rows.push({ q, total: r.total, lowerBound: r.totalIsLowerBound, hits: r.items.map((i) => [i.documentNumber, i.snippetHtml]) });
        }
        answers.push(rows);
      } finally {
        await t.close();
      }
    }
    expect(answers[1]).toEqual(answers[0]);
    expect((answers[0] as Array<{ total: number }>).every((a) => a.total > 0)).toBe(true);
  });
});

describe('万元', () => {
  it('converts 分 exactly', () => {
    expect([fenToWanYuan(500_000), fenToWanYuan(1_000_000), fenToWanYuan(12_345), fenToWanYuan(123_456_789), fenToWanYuan(null)]).toEqual(['0.5', '1', '0.012345', '123.456789', '']);
  });
});
