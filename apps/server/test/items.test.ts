import { readFileSync } from 'node:fs';
import { checkWellFormedXml } from '@sanxiang/domain';
import { agency, enforcementItem, inspectionItem, itemLegalBasis, lawSeedFolder, reviewFlag } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

type Summary = { id: string; agencyId: string; agencyName: string; code: string; name: string; kind: string; procedure: string };
type Flag = { id: string; agencyId: string; agencyName: string; subjectType: string; enforcementItemId: string | null; inspectionItemId: string | null; reason: string; dueOn: string; triggerOn: string; status: string; workingDays: number };

/** A penalty item body of 甲县市场监督管理局, changed by `over`. */
const penaltyItem = (over: Record<string, unknown> = {}) => ({
  code: 'T-CF-001',
  name: '对测试违法行为的处罚',
  kind: 'penalty',
  legalBasis: ['《中华人民共和国食品安全法》第一百二十六条第一款'],
  targetTypes: ['citizen', 'organization'],
  penalties: [
    { kind: 'warning', appliesTo: 'any' },
    { kind: 'fine', appliesTo: 'any', minFen: 500_000, maxFen: 5_000_000 },
  ],
  ...over,
});

const inspectionBody = (over: Record<string, unknown> = {}) => ({
  code: 'T-SJ-001',
  name: '测试抽查事项',
  legalBasis: ['《中华人民共和国产品质量法》第十五条'],
  targetType: '产品生产者、销售者',
  population: '辖区内生产企业约200家',
  ratioBp: 250,
  period: 'yearly',
  methods: ['on-site', 'sampling'],
  inspectingBody: '执法稽查大队',
  ...over,
});

const lawText = (file: string) => readFileSync(`${lawSeedFolder}${file}`, 'utf8');

describeEachDatabase('enforcement items, inspection lists and update deadlines', (kind) => {
  let t: TestApp;
  let jxHead: Client;
  let yxHead: Client;
  let admin: Client;
  let officer: Client;
  let anyone: Client;
  const agencyId = async (name: string) => (await t.database.db.select({ id: agency.id }).from(agency).where(eq(agency.name, name)))[0].id;
  const counts = async () => {
    const [i] = await t.database.db.select({ n: count() }).from(enforcementItem);
    const [b] = await t.database.db.select({ n: count() }).from(itemLegalBasis);
    return [Number(i.n), Number(b.n)];
  };
  const itemsOf = async (c: Client, query = '') => (await c.get(`/api/v1/items?pageSize=200${query}`)).json().items as Summary[];
  const flagsOf = async (c: Client, query: string) => {
    const res = await c.get(`/api/v1/registry/flags?pageSize=200${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Flag[];
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    jxHead = client(t.app, '10.7.0.1');
    yxHead = client(t.app, '10.7.0.2');
    admin = client(t.app, '10.7.0.3');
    officer = client(t.app, '10.7.0.4');
    anyone = client(t.app, '10.7.0.5');
    expect((await jxHead.login('jxsj.head')).statusCode).toBe(200);
    expect((await yxHead.login('yxsj.head')).statusCode).toBe(200);
    expect((await admin.login('sysadmin')).statusCode).toBe(200);
    expect((await officer.login('jxsj.officer1')).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('seeds demo lists for every enforcement agency through the real use case, marked is_demo', async () => {
    const all = await itemsOf(admin);
    const byAgency = new Map<string, Summary[]>();
    for (const i of all) byAgency.set(i.agencyName, [...(byAgency.get(i.agencyName) ?? []), i]);
    expect([...byAgency.keys()].sort()).toEqual(['乙县市场监督管理局', '某市市场监督管理局', '某市生态环境局甲县分局', '甲县市场监督管理局', '甲县综合行政执法局'].sort());
    for (const [name, rows] of byAgency) expect(rows.length, name).toBeGreaterThanOrEqual(3);
    const jx = byAgency.get('甲县市场监督管理局')!;
    expect(jx.map((i) => i.name)).toEqual(expect.arrayContaining(['对生产经营超过保质期食品的处罚', '对发布虚假广告的处罚', '食品经营许可']));
    expect(jx.find((i) => i.procedure === 'simple')).toBeDefined();
    expect(byAgency.get('某市生态环境局甲县分局')!.map((i) => i.name)).toContain('对超标排放大气污染物的处罚');
    const rows = await t.database.db.select({ isDemo: enforcementItem.isDemo }).from(enforcementItem);
    expect(rows.every((r) => r.isDemo)).toBe(true);
    // Two random-inspection items per enforcement agency.
    const inspections = await t.database.db.select({ agencyId: inspectionItem.agencyId, isDemo: inspectionItem.isDemo }).from(inspectionItem);
    expect(inspections).toHaveLength(10);
    expect(inspections.every((r) => r.isDemo)).toBe(true);
    expect(new Set(inspections.map((r) => r.agencyId)).size).toBe(5);
    // The detail links each basis to its article in the version in force.
    const food = jx.find((i) => i.name === '对生产经营超过保质期食品的处罚')!;
    const detail = (await jxHead.get(`/api/v1/items/${food.id}`)).json();
    expect(detail.legalBasis[0]).toMatchObject({
      citation: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
      article: 124,
      paragraph: 1,
      item: 5,
      versionAdoptedOn: '2021-04-29',
      inForce: true,
      href: `/laws/${detail.legalBasis[0].lawId}#a124`,
    });
    expect(detail.penalties.find((p: { kind: string }) => p.kind === 'fine')).toMatchObject({ minFen: 5_000_000, maxFen: null, rangeText: '50,000元以上' });
    expect(detail.remedies).toEqual({ reconsideration: { organ: '甲县人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } });
  });

  it('refuses a citation that does not exist, naming it, and stores nothing', async () => {
    const before = await counts();
    const missing = await jxHead.post('/api/v1/items', penaltyItem({ legalBasis: ['《中华人民共和国食品安全法》第一百二十六条', '《中华人民共和国食品安全法》第九百九十九条'] }));
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      code: 'LEGAL_BASIS_NOT_FOUND',
      details: { field: 'legalBasis.1', citation: '《中华人民共和国食品安全法》第九百九十九条', cause: 'ARTICLE_NOT_FOUND' },
    });
    expect(missing.json().message).toBe(
      '法律依据第2项“《中华人民共和国食品安全法》第九百九十九条”在法律法规库中找不到：《中华人民共和国食品安全法》（2021-04-29通过的版本）共154条，没有第九百九十九条',
    );
    const noLaw = await jxHead.post('/api/v1/items', penaltyItem({ legalBasis: ['《中华人民共和国民法典》第一条'] }));
    expect(noLaw.statusCode).toBe(422);
    expect(noLaw.json().message).toContain('《中华人民共和国民法典》');
    const noParagraph = await jxHead.post('/api/v1/items', penaltyItem({ legalBasis: ['《食品安全法》第一百二十六条第五款'] }));
    expect(noParagraph.json()).toMatchObject({ code: 'LEGAL_BASIS_NOT_FOUND', details: { cause: 'PROVISION_NOT_FOUND' } });
    const malformed = await jxHead.post('/api/v1/items', penaltyItem({ legalBasis: ['食品安全法第一百二十六条'] }));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'LEGAL_BASIS_INVALID', message: expect.stringContaining('“食品安全法第一百二十六条”') });
    const twice = await jxHead.post('/api/v1/items', penaltyItem({ legalBasis: ['《食品安全法》第一百二十六条', '《中华人民共和国食品安全法》第一百二十六条'] }));
    expect(twice.json().code).toBe('LEGAL_BASIS_DUPLICATE');
    expect(await counts()).toEqual(before);
    // The refusal is audited with its code.
    const auditor = client(t.app, '10.7.0.9');
    await auditor.login('auditadmin');
    const rows = (await auditor.get('/api/v1/audit?action=item.create&result=failure&pageSize=50')).json().items as Array<{ detail: { code?: string } }>;
    expect(rows.some((r) => r.detail?.code === 'LEGAL_BASIS_NOT_FOUND')).toBe(true);
  });

  it('keeps money in integer 分 with min <= max', async () => {
    const fraction = await jxHead.post('/api/v1/items', penaltyItem({ penalties: [{ kind: 'fine', minFen: 100.5, maxFen: 20_000 }] }));
    expect(fraction.statusCode).toBe(400);
    expect(fraction.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('分') });
    const yuanString = await jxHead.post('/api/v1/items', penaltyItem({ penalties: [{ kind: 'fine', minFen: '5000', maxFen: 20_000 }] }));
    expect(yuanString.statusCode).toBe(400);
    const inverted = await jxHead.post('/api/v1/items', penaltyItem({ penalties: [{ kind: 'fine', minFen: 5_000_000, maxFen: 500_000 }] }));
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json()).toMatchObject({ code: 'FINE_RANGE_INVALID', message: '处罚种类第1项（罚款）的最低罚款额50,000元高于最高罚款额5,000元', details: { field: 'penalties.0.minFen' } });
    const amountOnWarning = await jxHead.post('/api/v1/items', penaltyItem({ penalties: [{ kind: 'warning', minFen: 100 }] }));
    expect(amountOnWarning.json().code).toBe('PENALTY_AMOUNT_NOT_APPLICABLE');

    const created = await jxHead.post('/api/v1/items', penaltyItem());
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ agencyName: '甲县市场监督管理局', code: 'T-CF-001', kindLabel: '行政处罚', procedure: 'general', timeLimit: { statutoryDays: 90, dayKind: 'calendar' } });
    expect(body.penalties[1]).toMatchObject({ kind: 'fine', minFen: 500_000, maxFen: 5_000_000, rangeText: '5,000元以上50,000元以下' });
    const [row] = await t.database.db.select().from(enforcementItem).where(eq(enforcementItem.id, body.id));
    expect(row.penalties[1]).toEqual({ kind: 'fine', appliesTo: 'any', minFen: 500_000, maxFen: 5_000_000 });
    const again = await jxHead.post('/api/v1/items', penaltyItem());
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ITEM_CODE_TAKEN');
    // Strict bodies: no smuggled fields.
    expect((await jxHead.post('/api/v1/items', penaltyItem({ code: 'T-CF-009', isDemo: true }))).statusCode).toBe(400);
  });

  it('refuses the simple procedure when the fine range exceeds 处罚法 第五十一条', async () => {
    const over = await jxHead.post('/api/v1/items', penaltyItem({ code: 'T-JY-001', procedure: 'simple', targetTypes: ['citizen'], penalties: [{ kind: 'fine', minFen: 5_000, maxFen: 50_000 }] }));
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'SIMPLE_PROCEDURE_NOT_ALLOWED', details: { field: 'procedure' } });
    expect(over.json().message).toContain('对公民的罚款最高500元，超过200元');
    expect(over.json().message).toContain('第五十一条');
    const orgOver = await jxHead.post('/api/v1/items', penaltyItem({ code: 'T-JY-001', procedure: 'simple', targetTypes: ['organization'], penalties: [{ kind: 'fine', minFen: 0, maxFen: 300_001 }] }));
    expect(orgOver.json().code).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED');
    const confiscation = await jxHead.post('/api/v1/items', penaltyItem({ code: 'T-JY-001', procedure: 'simple', penalties: [{ kind: 'warning' }, { kind: 'confiscate-illegal-gains' }] }));
    expect(confiscation.json().code).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED');
    const licensing = await jxHead.post('/api/v1/items', penaltyItem({ code: 'T-JY-001', kind: 'licensing', procedure: 'simple', penalties: [] }));
    expect(licensing.json().code).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED');

    const within = await jxHead.post(
      '/api/v1/items',
      penaltyItem({ code: 'T-JY-001', procedure: 'simple', penalties: [{ kind: 'warning' }, { kind: 'fine', appliesTo: 'citizen', minFen: 5_000, maxFen: 20_000 }, { kind: 'fine', appliesTo: 'organization', minFen: 100_000, maxFen: 300_000 }] }),
    );
    expect(within.statusCode, within.body).toBe(201);
    expect(within.json()).toMatchObject({ procedure: 'simple', procedureLabel: '简易程序', simpleProcedure: { allowed: true } });
    const chart = (await jxHead.get(`/api/v1/items/${within.json().id}/flowchart`)).json();
    expect(chart).toMatchObject({ key: 'penalty-simple', procedure: 'simple' });
    expect(checkWellFormedXml(chart.svg)).toMatchObject({ ok: true, root: 'svg' });
  });

  it('flags every item citing a law that gets a new version, due 10 working days after its adoption', async () => {
    const [{ n: before }] = await t.database.db.select({ n: count() }).from(reviewFlag);
    // 2026-09-25 is a Friday in the 中秋 holiday; 10-01..07 are 国庆 and 10-10 (Sat) is a make-up workday:
    // 09-28, 09-29, 09-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14, 10-15.
    const food = await admin.post('/api/v1/laws/import', { text: lawText('食品安全法(2021-04-29).md'), kind: 'law', adoptedOn: '2026-09-25', effectiveOn: '2026-12-01' });
    expect(food.statusCode, food.body).toBe(201);
    const foodLawId = food.json().law.id;
    const flagged = await t.database.db.select().from(reviewFlag).where(eq(reviewFlag.lawVersionId, food.json().version.id));
    const citingItems = await t.database.db
      .selectDistinct({ e: itemLegalBasis.enforcementItemId, i: itemLegalBasis.inspectionItemId })
      .from(itemLegalBasis)
      .where(eq(itemLegalBasis.lawId, foodLawId));
    expect(flagged).toHaveLength(citingItems.length);
    expect(flagged.length).toBeGreaterThanOrEqual(10);
    for (const f of flagged) expect(f).toMatchObject({ reason: 'law-changed', triggerOn: '2026-09-25', workingDays: 10, dueOn: '2026-10-15', resolvedAt: null });
    expect(flagged.some((f) => f.subjectType === 'inspection-item')).toBe(true);
    const [{ n: after }] = await t.database.db.select({ n: count() }).from(reviewFlag);
    expect(Number(after) - Number(before)).toBe(flagged.length);

    // Adopted 2026-11-18 (Wed): due 2026-12-02, not yet overdue on 2026-11-20.
    const ads = await admin.post('/api/v1/laws/import', { text: lawText('广告法(2021-04-29).md'), kind: 'law', adoptedOn: '2026-11-18', effectiveOn: '2026-11-18' });
    expect(ads.statusCode, ads.body).toBe(201);
    const adFlags = await t.database.db.select().from(reviewFlag).where(eq(reviewFlag.lawVersionId, ads.json().version.id));
    expect(adFlags.length).toBeGreaterThanOrEqual(6);
    expect(new Set(adFlags.map((f) => f.dueOn))).toEqual(new Set(['2026-12-02']));

    // The item keeps its link to the version it was checked against; the new one is in force from 11-18.
    const ad = (await itemsOf(jxHead)).find((i) => i.name === '对发布虚假广告的处罚')!;
    const basis = (await jxHead.get(`/api/v1/items/${ad.id}`)).json().legalBasis[0];
    expect(basis).toMatchObject({ versionAdoptedOn: '2021-04-29', inForce: false, href: `/laws/${ads.json().law.id}?versionId=${basis.lawVersionId}#a55` });
    expect((await jxHead.get(`/api/v1/items/${ad.id}`)).json().openFlags).toBe(1);

    // Importing a law nobody cites flags nothing; the audit says how many were flagged.
    const auditor = client(t.app, '10.7.0.9');
    await auditor.login('auditadmin');
    const rows = (await auditor.get(`/api/v1/audit?action=law.import&objectId=${foodLawId}`)).json().items as Array<{ detail: { flaggedItems?: number } }>;
    expect(rows[0].detail.flaggedItems).toBe(flagged.length);
  });

  it('flags both lists of an agency whose duties change, due 20 working days after the change takes effect', async () => {
    const yx = await agencyId('乙县市场监督管理局');
    const body = { effectiveOn: '2026-11-02', description: '承接县商务局划转的成品油流通领域行政执法职权' };
    expect((await officer.post(`/api/v1/agencies/${yx}/duties-changed`, body)).statusCode).toBe(403);
    const foreign = await jxHead.post(`/api/v1/agencies/${yx}/duties-changed`, body);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('AGENCY_NOT_FOUND');
    expect((await yxHead.post(`/api/v1/agencies/${yx}/duties-changed`, { ...body, agencyId: yx })).statusCode).toBe(400);
    const res = await yxHead.post(`/api/v1/agencies/${yx}/duties-changed`, body);
    expect(res.statusCode, res.body).toBe(201);
    // 2026-11-02 (Mon) + 20 working days, November has no holidays: 11-30.
    expect(res.json().flags.map((f: Flag) => [f.subjectType, f.reason, f.triggerOn, f.workingDays, f.dueOn, f.status])).toEqual([
      ['power-list', 'duties-changed', '2026-11-02', 20, '2026-11-30', 'open'],
      ['inspection-list', 'duties-changed', '2026-11-02', 20, '2026-11-30', 'open'],
    ]);
    // A year whose holiday schedule is not in the calendar is refused, not guessed.
    const unknownYear = await yxHead.post(`/api/v1/agencies/${yx}/duties-changed`, { ...body, effectiveOn: '2027-12-20' });
    expect(unknownYear.statusCode).toBe(422);
    expect(unknownYear.json().code).toBe('CALENDAR_YEAR_MISSING');
    const auditor = client(t.app, '10.7.0.9');
    await auditor.login('auditadmin');
    const rows = (await auditor.get(`/api/v1/audit?action=agency.duties-change&objectId=${yx}`)).json().items as Array<{ result: string; username: string }>;
    expect(rows.map((r) => `${r.username}:${r.result}`)).toEqual(expect.arrayContaining(['yxsj.head:success', 'jxsj.head:not-found']));
  });

  it("shows supervisors the overdue flags of their jurisdiction only, overdue first", async () => {
    const jia = client(t.app, '10.7.1.1');
    await jia.login('jxsf.supervisor');
    const yi = client(t.app, '10.7.1.2');
    await yi.login('yxsf.supervisor');
    const city = client(t.app, '10.7.1.3');
    await city.login('smsf.supervisor');
    const jiaAgencies = new Set([await agencyId('甲县市场监督管理局'), await agencyId('某市生态环境局甲县分局'), await agencyId('甲县综合行政执法局')]);

    const jiaOverdue = await flagsOf(jia, '&overdue=true');
    expect(jiaOverdue.length).toBeGreaterThan(0);
    expect(jiaOverdue.every((f) => jiaAgencies.has(f.agencyId) && f.status === 'overdue')).toBe(true);
    // The demo's change of duties of 甲县综合行政执法局 six weeks ago, and the 食品安全法 flags of 甲县市监.
    expect(jiaOverdue.some((f) => f.agencyName === '甲县综合行政执法局' && f.reason === 'duties-changed')).toBe(true);
    expect(jiaOverdue.some((f) => f.agencyName === '甲县市场监督管理局' && f.reason === 'law-changed' && f.dueOn === '2026-10-15')).toBe(true);

    const yiOverdue = await flagsOf(yi, '&overdue=true');
    expect(yiOverdue.length).toBeGreaterThan(0);
    expect(yiOverdue.every((f) => f.agencyName === '乙县市场监督管理局')).toBe(true);
    expect(yiOverdue.some((f) => f.reason === 'duties-changed')).toBe(false); // due 11-30, not overdue yet

    const cityAll = await flagsOf(city, '');
    // The city's 司法局 watches both counties and the city's own agencies.
    expect(new Set(cityAll.map((f) => f.agencyName))).toEqual(new Set(['某市市场监督管理局', '甲县市场监督管理局', '甲县综合行政执法局', '乙县市场监督管理局']));
    const firstOpen = cityAll.findIndex((f) => f.status === 'open');
    expect(firstOpen).toBeGreaterThan(0);
    expect(cityAll.slice(0, firstOpen).every((f) => f.status === 'overdue')).toBe(true);
    expect(cityAll.slice(firstOpen).every((f) => f.status === 'open')).toBe(true);
    // Another jurisdiction's agency filter finds nothing; officers may not read flags at all.
    expect(await flagsOf(yi, `&agencyId=${[...jiaAgencies][0]}`)).toEqual([]);
    expect((await officer.get('/api/v1/registry/flags')).statusCode).toBe(403);
    // An agency head sees their own agency's only.
    expect((await flagsOf(jxHead, '')).every((f) => f.agencyName === '甲县市场监督管理局')).toBe(true);
  });

  it('lets the agency confirm its review, once, and nobody else', async () => {
    const [flag] = await flagsOf(jxHead, '&overdue=true');
    const supervisor = client(t.app, '10.7.1.4');
    await supervisor.login('jxsf.supervisor');
    expect((await supervisor.post(`/api/v1/registry/flags/${flag.id}/resolve`, { note: '已复核' })).statusCode).toBe(403);
    const foreign = await yxHead.post(`/api/v1/registry/flags/${flag.id}/resolve`, { note: '已复核' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('FLAG_NOT_FOUND');
    const res = await jxHead.post(`/api/v1/registry/flags/${flag.id}/resolve`, { note: '已对照新版本复核，条文序号未变' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: flag.id, status: 'resolved-late', statusLabel: '逾期后复核', resolvedByName: expect.any(String), resolutionNote: '已对照新版本复核，条文序号未变' });
    expect(res.json().daysOverdue).toBeGreaterThan(0);
    expect((await jxHead.post(`/api/v1/registry/flags/${flag.id}/resolve`, { note: '再次确认' })).json().code).toBe('FLAG_ALREADY_RESOLVED');
    expect((await flagsOf(jxHead, '&overdue=true')).some((f) => f.id === flag.id)).toBe(false);
    expect((await flagsOf(jxHead, '&status=resolved')).map((f) => f.id)).toContain(flag.id);
  });

  it('answers 404 for another agency’s items and lets only the owner (or the system admin) change them', async () => {
    const own = (await itemsOf(jxHead)).find((i) => i.code === 'T-CF-001')!;
    const body = penaltyItem({ name: '对测试违法行为的处罚（修订）' });
    for (const res of [await yxHead.put(`/api/v1/items/${own.id}`, body), await yxHead.del(`/api/v1/items/${own.id}`), await yxHead.get(`/api/v1/items/${own.id}`)]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('ITEM_NOT_FOUND');
    }
    expect((await itemsOf(yxHead)).some((i) => i.id === own.id)).toBe(false);
    expect((await officer.put(`/api/v1/items/${own.id}`, body)).statusCode).toBe(403);
    const updated = await jxHead.put(`/api/v1/items/${own.id}`, body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().name).toBe('对测试违法行为的处罚（修订）');
    // Moving an item to another agency is not a field of the body.
    expect((await jxHead.put(`/api/v1/items/${own.id}`, { ...body, agencyId: await agencyId('乙县市场监督管理局') })).statusCode).toBe(400);
    // The system admin names the agency of a new item.
    const noAgency = await admin.post('/api/v1/items', penaltyItem({ code: 'SYS-1' }));
    expect(noAgency.json().code).toBe('AGENCY_REQUIRED');
    const bySys = await admin.post('/api/v1/items', penaltyItem({ code: 'SYS-1', agencyId: await agencyId('乙县市场监督管理局') }));
    expect(bySys.statusCode, bySys.body).toBe(201);
    expect(bySys.json().agencyName).toBe('乙县市场监督管理局');
    // A head cannot create for another agency.
    const other = await jxHead.post('/api/v1/items', penaltyItem({ code: 'X-1', agencyId: await agencyId('乙县市场监督管理局') }));
    expect(other.statusCode).toBe(404);
    // Withdrawing keeps the row and frees nothing.
    expect((await jxHead.del(`/api/v1/items/${own.id}`)).statusCode).toBe(200);
    expect((await itemsOf(jxHead)).some((i) => i.id === own.id)).toBe(false);
    expect((await jxHead.put(`/api/v1/items/${own.id}`, body)).json().code).toBe('ITEM_WITHDRAWN');
    expect((await jxHead.post('/api/v1/items', penaltyItem())).json().code).toBe('ITEM_CODE_TAKEN');
    expect((await anyone.get(`/items/${own.id}`)).statusCode).toBe(404);
  });

  it('keeps the random-inspection list: create, update, withdraw, with scope and strict bodies', async () => {
    const bad = await jxHead.post('/api/v1/inspection-items', inspectionBody({ ratioBp: 2.5 }));
    expect(bad.statusCode).toBe(400);
    expect((await jxHead.post('/api/v1/inspection-items', inspectionBody({ ratioBp: 0 }))).statusCode).toBe(400);
    expect((await jxHead.post('/api/v1/inspection-items', inspectionBody({ ratioBp: 10_001 }))).statusCode).toBe(400);
    const noBasis = await jxHead.post('/api/v1/inspection-items', inspectionBody({ legalBasis: ['《中华人民共和国产品质量法》第二百条'] }));
    expect(noBasis.statusCode).toBe(422);
    expect(noBasis.json().message).toContain('第二百条');
    expect((await officer.post('/api/v1/inspection-items', inspectionBody())).statusCode).toBe(403);
    const created = await jxHead.post('/api/v1/inspection-items', inspectionBody());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ratioBp: 250, ratioText: '2.5%', periodLabel: '每年', methodLabels: ['现场检查', '抽样检测'], agencyName: '甲县市场监督管理局' });
    const id = created.json().id;
    expect((await yxHead.put(`/api/v1/inspection-items/${id}`, inspectionBody())).statusCode).toBe(404);
    const updated = await jxHead.put(`/api/v1/inspection-items/${id}`, inspectionBody({ ratioBp: 1_000, period: 'quarterly' }));
    expect(updated.json()).toMatchObject({ ratioText: '10%', periodLabel: '每季度' });
    const list = (await officer.get('/api/v1/inspection-items?pageSize=50')).json();
    expect(list.items.every((i: { agencyName: string }) => i.agencyName === '甲县市场监督管理局')).toBe(true);
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await jxHead.del(`/api/v1/inspection-items/${id}`)).statusCode).toBe(200);
    expect((await officer.get('/api/v1/inspection-items?pageSize=50')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const [row] = await t.database.db.select().from(inspectionItem).where(eq(inspectionItem.id, id));
    expect(row.withdrawnAt).not.toBeNull();
  });

  it('publishes the powers list, the item page with its flowchart and law links, and the inspection lists', async () => {
    const jx = await agencyId('甲县市场监督管理局');
    const index = await anyone.get('/powers');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain(`href="/agencies/${jx}/powers"`);
    expect(index.body).toContain('href="/powers">权责清单</a>');

    const powers = await anyone.get(`/agencies/${jx}/powers`);
    expect(powers.statusCode).toBe(200);
    expect(powers.body).toContain('甲县市场监督管理局 权责清单');
    expect(powers.body).toContain('对生产经营超过保质期食品的处罚');
    expect(powers.body).toContain('复议：甲县人民政府（60日内）');

    const items = await t.database.db.select().from(enforcementItem).where(eq(enforcementItem.agencyId, jx));
    const food = items.find((i) => i.name === '对生产经营超过保质期食品的处罚')!;
    const [basis] = await t.database.db.select().from(itemLegalBasis).where(eq(itemLegalBasis.enforcementItemId, food.id));
    const page = await anyone.get(`/items/${food.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<a href="/laws/${basis.lawId}#a124">《中华人民共和国食品安全法》第一百二十四条第一款第（五）项</a>`);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page.body)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="[^"]+">对生产经营超过保质期食品的处罚：行政处罚一般程序流程图<\/title>/);
    expect(svg).toContain('data-procedure="general"');
    expect(checkWellFormedXml(svg)).toMatchObject({ ok: true, root: 'svg' });
    expect(page.body).toContain('60 日</strong>内，向 <strong>甲县人民政府</strong> 申请行政复议');
    expect(page.body).toContain('6 个月</strong>内，向 <strong>甲县人民法院</strong> 提起行政诉讼');
    // The law page the link points to has the anchor.
    expect((await anyone.get(`/laws/${basis.lawId}`)).body).toContain('id="a124"');

    const licence = items.find((i) => i.name === '食品经营许可')!;
    const guide = await anyone.get(`/items/${licence.id}`);
    expect(guide.body).toContain('服务指南');
    expect(guide.body).toContain('食品经营许可申请书');
    expect(guide.body).toContain('法定20个工作日，承诺10个工作日');
    expect(guide.body).toContain('data-flow="licensing"');
    const simple = items.find((i) => i.procedure === 'simple')!;
    expect((await anyone.get(`/items/${simple.id}`)).body).toContain('data-procedure="simple"');

    const inspections = await anyone.get('/inspections');
    expect(inspections.statusCode).toBe(200);
    expect(inspections.body).toContain('食品经营者食品安全监督检查');
    expect(inspections.body).toContain('5%');
    expect(inspections.body).toContain('某市生态环境局甲县分局');
    expect((await anyone.get('/agencies/00000000-0000-4000-8000-000000000000/powers')).statusCode).toBe(404);
    expect((await anyone.get('/items/not-an-id')).statusCode).toBe(404);
    const current = await t.database.db.select({ n: count() }).from(enforcementItem).where(isNull(enforcementItem.withdrawnAt));
    expect(Number(current[0].n)).toBeGreaterThan(0);
  });

  it('previews the flowchart of a procedure definition without saving', async () => {
    const res = await officer.post('/api/v1/items/flowchart-preview', { kind: 'licensing', timeLimit: { statutoryDays: 20, dayKind: 'working', promisedDays: 5 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ key: 'licensing', procedure: 'general' });
    expect(res.json().svg).toContain('承诺5个工作日内办结');
    expect((await anyone.post('/api/v1/items/flowchart-preview', { kind: 'licensing' })).statusCode).toBe(401);
  });
  it('keeps the history of every change to a published item, with its effective date', async () => {
    const created = await jxHead.post('/api/v1/items', penaltyItem({ code: 'HIST-001', name: '历史记录测试事项' }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const edited = await jxHead.put(`/api/v1/items/${id}`, penaltyItem({ code: 'HIST-001', name: '历史记录测试事项（修订）' }));
    expect(edited.statusCode).toBe(200);
    expect((await jxHead.del(`/api/v1/items/${id}`)).statusCode).toBeLessThan(300);
    const history = (await jxHead.get(`/api/v1/items/${id}/history`)).json().items as Array<{ kind: string; effectiveOn: string; changes: Array<{ label: string; before: string | null; after: string | null }> }>;
    expect(history.map((h) => h.kind)).toEqual(['withdraw', 'update', 'create']);
    expect(history.every((h) => h.effectiveOn === '2026-11-20')).toBe(true);
    expect(history[1].changes).toEqual([{ field: 'name', label: '事项名称', before: '历史记录测试事项', after: '历史记录测试事项（修订）' }]);
    expect(history[2].changes.find((c) => c.label === '实施依据')?.after).toContain('《中华人民共和国食品安全法》');
    const yiHead = client(t.app, '10.9.1.9');
    await yiHead.login('yxsj.head');
    expect((await yiHead.get(`/api/v1/items/${id}/history`)).statusCode).toBe(404);
  });
});
