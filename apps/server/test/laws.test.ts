import { law, lawArticle, lawVersion } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveCitation } from '../src/modules/laws/resolve-citation.ts';
import { seedNationalLaws } from '../src/modules/laws/seed-laws.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

const EXPECTED_ARTICLES: Record<string, number> = {
  中华人民共和国行政处罚法: 86,
  中华人民共和国行政强制法: 71,
  中华人民共和国行政许可法: 83,
  中华人民共和国食品安全法: 154,
  中华人民共和国大气污染防治法: 129,
  中华人民共和国安全生产法: 119,
  中华人民共和国广告法: 74,
  中华人民共和国环境保护法: 70,
  中华人民共和国产品质量法: 74,
  行政执法机关移送涉嫌犯罪案件的规定: 20,
};

/** A small synthetic regulation; `article2` and `extra` vary between its versions. */
const testLaw = (article2: string, extra: string[] = []) =>
  [
    '# 测试市场秩序管理条例',
    '',
    '2020年1月1日 测试机关公布',
    '',
    '第一条 为了测试法律法规库，制定本条例。',
    '',
    `第二条 ${article2}`,
    '',
    '（一）明码标价；',
    '',
    '（二）不得虚假宣传。',
    '',
    '违反前款规定的，依法处理。',
    '',
    '第三条 本条例自施行之日起施行。',
    ...extra.flatMap((line) => ['', line]),
    '',
  ].join('\n');

type LawListItem = { id: string; title: string; kind: string; versionCount: number; current: { effectiveOn: string } | null };

describeEachDatabase('law library', (kind) => {
  let t: TestApp;
  let admin: Client;
  let anyone: Client;
  const idOf = async (title: string) => ((await anyone.get('/api/v1/laws')).json().items as LawListItem[]).find((l) => l.title === title)!.id;
  const resolve = (citation: string, on: string) => anyone.get(`/api/v1/laws/resolve?citation=${encodeURIComponent(citation)}&on=${on}`);

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = client(t.app, '10.9.0.1');
    expect((await admin.login('sysadmin')).statusCode).toBe(200);
    anyone = client(t.app, '10.9.0.2');
  });
  afterAll(() => t.close());

  it('imports the ten national texts at start, with every article, and only once', async () => {
    const res = await anyone.get('/api/v1/laws');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as LawListItem[];
    expect(items.map((l) => l.title).sort()).toEqual(Object.keys(EXPECTED_ARTICLES).sort());
    expect(items.find((l) => l.title === '行政执法机关移送涉嫌犯罪案件的规定')!.kind).toBe('regulation');
    expect(items.filter((l) => l.kind === 'law')).toHaveLength(9);
    for (const item of items) {
      const detail = (await anyone.get(`/api/v1/laws/${item.id}`)).json();
      expect(detail.articles.length, item.title).toBe(EXPECTED_ARTICLES[item.title]);
      expect(detail.shown.articleCount, item.title).toBe(EXPECTED_ARTICLES[item.title]);
      expect(item.current, item.title).not.toBeNull();
    }
    const chufa = (await anyone.get(`/api/v1/laws/${await idOf('中华人民共和国行政处罚法')}`)).json();
    expect(chufa.shown).toMatchObject({ adoptedOn: '2021-01-22', effectiveOn: '2021-07-15', inForce: true });
    expect(chufa.chapters).toHaveLength(8);
    expect(chufa.chapters[4]).toMatchObject({ number: 5, title: '行政处罚的决定', anchor: 'c5' });
    expect(chufa.chapters[4].sections.map((s: { title: string }) => s.title)).toEqual(['一般规定', '简易程序', '普通程序', '听证程序']);
    expect(chufa.articles.find((a: { number: number }) => a.number === 61)).toMatchObject({ label: '第六十一条', anchor: 'a61', chapter: 5, section: 3 });
    expect(await seedNationalLaws(t.database.db, t.clock.now())).toBe(0);
    const [{ n }] = await t.database.db.select({ n: count() }).from(lawVersion);
    expect(Number(n)).toBe(10);
  });

  it('searches by title and kind', async () => {
    const byTitle = (await anyone.get(`/api/v1/laws?q=${encodeURIComponent('行政处罚')}`)).json().items as LawListItem[];
    expect(byTitle.map((l) => l.title)).toEqual(['中华人民共和国行政处罚法']);
    const regulations = (await anyone.get('/api/v1/laws?kind=regulation')).json().items as LawListItem[];
    expect(regulations.map((l) => l.title)).toEqual(['行政执法机关移送涉嫌犯罪案件的规定']);
    expect((await anyone.get(`/api/v1/laws?q=${encodeURIComponent('%')}`)).json().items).toEqual([]);
  });

  it('resolves full and short citations to the text in force on the date', async () => {
    const res = await resolve('《中华人民共和国行政处罚法》第六十一条', '2026-11-21');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ law: { title: '中华人民共和国行政处罚法' }, version: { adoptedOn: '2021-01-22', effectiveOn: '2021-07-15' }, article: 61 });
    expect(body.text).toBe(
      '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人。\n' +
        '当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式，将行政处罚决定书等送达当事人。',
    );
    const short = await resolve('《行政处罚法》第三十六条第一款', '2026-11-21');
    expect(short.statusCode, short.body).toBe(200);
    expect(short.json()).toMatchObject({
      law: { title: '中华人民共和国行政处罚法' },
      article: 36,
      paragraph: 1,
      citation: '《中华人民共和国行政处罚法》第三十六条第一款',
      text: '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。',
    });
    const item = await resolve('《食品安全法》第二条第一款第（二）项', '2026-11-21');
    expect(item.json()).toMatchObject({ item: 2, text: '食品添加剂的生产经营；' });
    // The use case other modules call, outside HTTP.
    const direct = await resolveCitation(t.database.db, '《行政强制法》第二十五条', '2026-11-21');
    expect(direct.text).toContain('三十日');
  });

  it('names the article count for a missing article, the reason for a bad citation, and refuses dates before the first version', async () => {
    const missing = await resolve('《中华人民共和国行政处罚法》第九十九条', '2026-11-21');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'ARTICLE_NOT_FOUND', message: expect.stringContaining('共86条') });
    const paragraph = await resolve('《行政处罚法》第六十一条第三款', '2026-11-21');
    expect(paragraph.statusCode).toBe(404);
    expect(paragraph.json()).toMatchObject({ code: 'PROVISION_NOT_FOUND', message: expect.stringContaining('共2款') });
    const before = await resolve('《行政处罚法》第六十一条', '2021-07-14');
    expect(before.statusCode).toBe(422);
    expect(before.json()).toMatchObject({ code: 'LAW_NOT_IN_FORCE', message: expect.stringContaining('2021-07-15') });
    expect((await resolve('《行政处罚法》第六十一条', '2021-07-15')).statusCode).toBe(200);
    const range = await resolve('《行政处罚法》第六十七条至第六十九条', '2026-11-21');
    expect(range.statusCode).toBe(400);
    expect(range.json()).toMatchObject({ code: 'CITATION_INVALID', message: expect.stringContaining('范围') });
    const noTitle = await resolve('第六十一条', '2026-11-21');
    expect(noTitle.json()).toMatchObject({ code: 'CITATION_INVALID', message: expect.stringContaining('名称') });
    const unknown = await resolve('《民法典》第一条', '2026-11-21');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'LAW_NOT_FOUND', message: expect.stringContaining('《民法典》') });
    expect((await resolve('《行政处罚法》第一条', '2026-02-30')).statusCode).toBe(400);
  });

  it('imports a new version that changes what resolves after its effective date but not before', async () => {
    const v1 = await admin.post('/api/v1/laws/import', { text: testLaw('经营者应当遵守下列规定：'), kind: 'regulation', adoptedOn: '2020-01-01', effectiveOn: '2020-03-01', issuer: '测试机关' });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ law: { title: '测试市场秩序管理条例', kind: 'regulation' }, newLaw: true, articleCount: 3, chapterCount: 0 });
    const lawId = v1.json().law.id;
    const v2 = await admin.post('/api/v1/laws/import', {
      text: testLaw('经营者和平台经营者应当遵守下列规定：', ['第四条 平台经营者应当核验经营者身份。']),
      kind: 'regulation',
      adoptedOn: '2026-06-01',
      effectiveOn: '2027-01-01',
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ law: { id: lawId }, newLaw: false, articleCount: 4 });

    const old = await resolve('《测试市场秩序管理条例》第二条第一款', '2026-12-31');
    expect(old.json()).toMatchObject({ version: { adoptedOn: '2020-01-01' }, text: '经营者应当遵守下列规定：\n（一）明码标价；\n（二）不得虚假宣传。' });
    const changed = await resolve('《测试市场秩序管理条例》第二条第一款', '2027-01-01');
    expect(changed.json()).toMatchObject({ version: { adoptedOn: '2026-06-01' }, text: '经营者和平台经营者应当遵守下列规定：\n（一）明码标价；\n（二）不得虚假宣传。' });
    const notYet = await resolve('《测试市场秩序管理条例》第四条', '2026-12-31');
    expect(notYet.json()).toMatchObject({ code: 'ARTICLE_NOT_FOUND', message: expect.stringContaining('共3条') });
    expect((await resolve('《测试市场秩序管理条例》第四条', '2027-01-02')).json().text).toBe('平台经营者应当核验经营者身份。');
    expect((await resolve('《测试市场秩序管理条例》第一条', '2020-02-29')).statusCode).toBe(422);

    // The older version keeps its dates: rows are history.
    const detail = (await anyone.get(`/api/v1/laws/${lawId}`)).json();
    expect(detail.versions.map((v: { adoptedOn: string; repealedOn: string | null; inForce: boolean }) => [v.adoptedOn, v.repealedOn, v.inForce])).toEqual([
      ['2026-06-01', null, false],
      ['2020-01-01', null, true],
    ]);
    expect(detail.articles).toHaveLength(3);
    expect((await anyone.get(`/api/v1/laws/${lawId}?on=2027-03-01`)).json().articles).toHaveLength(4);
    expect((await anyone.get(`/api/v1/laws/${lawId}?versionId=${v2.json().version.id}`)).json().shown.adoptedOn).toBe('2026-06-01');
    const none = (await anyone.get(`/api/v1/laws/${lawId}?on=2019-01-01`)).json();
    expect([none.shown, none.articles]).toEqual([null, []]);

    // Versions must take effect in the order they were adopted; a version cannot take effect before adoption.
    const outOfOrder = await admin.post('/api/v1/laws/import', { text: testLaw('乱序版本：'), kind: 'regulation', adoptedOn: '2026-07-01', effectiveOn: '2026-12-01' });
    expect(outOfOrder.statusCode).toBe(400);
    expect(outOfOrder.json().code).toBe('LAW_VERSION_ORDER');
    const backwards = await admin.post('/api/v1/laws/import', { text: testLaw('倒序日期：'), kind: 'regulation', adoptedOn: '2026-08-01', effectiveOn: '2026-07-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().code).toBe('LAW_DATES_INVALID');

    // The same version again is a conflict; so is another kind for the same law.
    const dup = await admin.post('/api/v1/laws/import', { text: testLaw('经营者应当遵守下列规定：'), kind: 'regulation', adoptedOn: '2020-01-01', effectiveOn: '2020-03-01' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('LAW_VERSION_EXISTS');
    const otherKind = await admin.post('/api/v1/laws/import', { text: testLaw('类别不同：'), kind: 'rule', adoptedOn: '2028-01-01', effectiveOn: '2028-01-01' });
    expect(otherKind.statusCode).toBe(409);
    expect(otherKind.json().code).toBe('LAW_KIND_MISMATCH');

    // Imports are audited with who, what and the result.
    const auditor = client(t.app, '10.9.0.3');
    await auditor.login('auditadmin');
    const rows = (await auditor.get('/api/v1/audit?action=law.import&pageSize=50')).json().items as Array<{ result: string; objectId: string | null; username: string }>;
    expect(rows.filter((r) => r.result === 'success' && r.objectId === lawId)).toHaveLength(2);
    expect(rows.some((r) => r.result === 'failure' && r.username === 'sysadmin')).toBe(true);
  });

  it('refuses a text with a gap in its numbering, naming the line, and stores nothing', async () => {
    const count0 = async () => {
      const [l] = await t.database.db.select({ n: count() }).from(law);
      const [v] = await t.database.db.select({ n: count() }).from(lawVersion);
      const [a] = await t.database.db.select({ n: count() }).from(lawArticle);
      return [Number(l.n), Number(v.n), Number(a.n)];
    };
    const before = await count0();
    const text = ['# 测试缺条条例', '', '第一条 第一条的内容。', '', '第二条 第二条的内容。', '', '第四条 第四条的内容。', ''].join('\n');
    const res = await admin.post('/api/v1/laws/import', { text, kind: 'regulation', adoptedOn: '2025-01-01', effectiveOn: '2025-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'LAW_TEXT_INVALID', message: expect.stringContaining('第7行'), details: { line: 7 } });
    expect(res.json().message).toContain('缺少第三条');
    // A broken new version of an existing law leaves that law as it was.
    const broken = await admin.post('/api/v1/laws/import', { text: testLaw('新版本').replace('第三条', '第五条'), kind: 'regulation', adoptedOn: '2029-01-01', effectiveOn: '2029-01-01' });
    expect(broken.json().code).toBe('LAW_TEXT_INVALID');
    expect(await count0()).toEqual(before);
  });

  it('lets only the system admin import, and keeps imported rows unchangeable', async () => {
    const body = { text: testLaw('权限测试：'), kind: 'regulation', adoptedOn: '2030-01-01', effectiveOn: '2030-01-01' };
    expect((await anyone.post('/api/v1/laws/import', body)).statusCode).toBe(401);
    const officer = client(t.app, '10.9.0.4');
    await officer.login('jxsj.officer1');
    const res = await officer.post('/api/v1/laws/import', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const extra = await admin.post('/api/v1/laws/import', { ...body, title: '夹带字段' });
    expect(extra.statusCode).toBe(400);

    const [v] = await t.database.db.select().from(lawVersion).limit(1);
    await expect(t.database.db.update(lawArticle).set({ text: '篡改' }).where(eq(lawArticle.versionId, v.id))).rejects.toThrow();
    await expect(t.database.db.update(lawVersion).set({ effectiveOn: '2099-01-01' }).where(eq(lawVersion.id, v.id))).rejects.toThrow();
    await expect(t.database.db.delete(lawVersion).where(eq(lawVersion.id, v.id))).rejects.toThrow();
    await expect(t.database.db.execute(sql`update law_version set repealed_on = effective_on - 1 where id = ${v.id}`)).rejects.toThrow();
  });

  it('renders the portal list and law pages without JavaScript, with article anchors', async () => {
    const list = await anyone.get('/laws');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('href="/laws"');
    expect(list.body).toMatch(/<h2 id="k-law">法律（9）<\/h2>/);
    expect(list.body).toContain('行政法规（');
    const searched = await anyone.get(`/laws?q=${encodeURIComponent('<script>处罚')}`);
    expect(searched.body).toContain('&lt;script&gt;处罚');
    expect(searched.body).not.toContain('<script>处罚');

    const id = await idOf('中华人民共和国行政处罚法');
    const page = await anyone.get(`/laws/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<section class="art" id="a61"><p><a class="label" href="#a61">第六十一条</a>行政处罚决定书应当在宣告后当场交付当事人');
    expect(page.body).toContain('<a href="#c5s3">第三节 普通程序</a>');
    expect(page.body).toContain('现行有效');
    expect(page.body).toContain('<p class="item">（一）');
    expect(Buffer.byteLength(page.body)).toBeLessThan(200_000);
    const food = await anyone.get(`/laws/${await idOf('中华人民共和国食品安全法')}`);
    expect(Buffer.byteLength(food.body)).toBeLessThan(200_000);

    const past = await anyone.get(`/laws/${id}?on=2020-01-01`);
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain('2020年1月1日没有施行中的版本');
    expect((await anyone.get(`/laws/${id}?on=2020-13-01`)).statusCode).toBe(400);
    expect((await anyone.get('/laws/not-a-law')).statusCode).toBe(404);
    expect((await anyone.get('/laws/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
