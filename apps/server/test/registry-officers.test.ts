import { creditCodeCheckChar as checkChar, residentIdCheckChar } from '@sanxiang/domain';
import { agency, officer, registryChange } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

type Officer = { id: string; name: string; agencyId: string; agencyName: string; certificateNo: string; certificateIssuer: string; standing: string; account: { username: string } | null };

// Demo clock: 2026-11-20 (Beijing). Credit codes below carry correct check characters unless said otherwise.
const VALID_CODE = '12370121MB1000999'; // 17 characters; the check character is computed

describeEachDatabase('registries: agencies and officers', (kind) => {
  let t: TestApp;
  let admin: Client;
  let jiaHead: Client;
  const counts = async () => {
    const [a] = await t.database.db.select({ n: count() }).from(agency);
    const [o] = await t.database.db.select({ n: count() }).from(officer);
    const [h] = await t.database.db.select({ n: count() }).from(registryChange);
    return { agencies: Number(a.n), officers: Number(o.n), history: Number(h.n) };
  };
  const agencyId = async (name: string) => (await t.database.db.select({ id: agency.id }).from(agency).where(eq(agency.name, name)))[0].id;
  const officerOf = async (c: Client, username: string): Promise<Officer> => {
    const items = (await c.get('/api/v1/officers?pageSize=200')).json().items as Officer[];
    return items.find((o) => o.account?.username === username)!;
  };
  const newOfficer = (over: Record<string, unknown> = {}) => ({
    name: '测试员',
    gender: 'male',
    post: '执法队员',
    certificateNo: `T${Math.floor(Math.random() * 1e9)}`,
    certificateIssuer: '某省人民政府（演示）',
    validFrom: '2026-01-01',
    validTo: '2028-12-31',
    fields: ['market'],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = client(t.app, '10.9.0.1');
    expect((await admin.login('sysadmin')).statusCode).toBe(200);
    jiaHead = client(t.app, '10.9.0.2');
    expect((await jiaHead.login('jxsj.head')).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  describe('agencies', () => {
    const options = async () => (await admin.get('/api/v1/registry/options')).json();
    const agencyBody = async (over: Record<string, unknown> = {}) => {
      const regions = (await options()).regions as Array<{ id: string; code: string }>;
      return {
        name: '甲县交通运输局',
        shortName: '甲县交通',
        kind: 'statutory',
        creditCode: VALID_CODE + checkChar(VALID_CODE),
        level: 'county',
        regionId: regions.find((r) => r.code === '370121')!.id,
        field: 'transport',
        address: '甲县人民路1号',
        phone: '0531-88880000',
        legalBasis: '《中华人民共和国道路运输条例》第七条',
        units: [{ name: '交通运输综合行政执法大队', address: '甲县人民路1号', phone: '0531-88880001' }],
        ...over,
      };
    };

    it('refuses an invalid credit code precisely and stores nothing', async () => {
      const before = await counts();
      const good = VALID_CODE + checkChar(VALID_CODE);
      const wrongCheck = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A');
      const res = await admin.post('/api/v1/agencies', await agencyBody({ creditCode: wrongCheck }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'CREDIT_CODE_INVALID', message: expect.stringContaining(`第18位应为“${good[17]}”`) });
      const badChar = await admin.post('/api/v1/agencies', await agencyBody({ creditCode: '12370121MB10009I9X' }));
      expect(badChar.json()).toMatchObject({ code: 'CREDIT_CODE_INVALID', message: expect.stringContaining('第16位“I”不是合法字符') });
      expect((await admin.post('/api/v1/agencies', await agencyBody({ creditCode: '123' }))).json().message).toContain('长度应为18位');
      expect(await counts()).toEqual(before);
    });

    it('registers an agency with its units and keeps the registration in the history', async () => {
      const res = await admin.post('/api/v1/agencies', await agencyBody());
      expect(res.statusCode, res.body).toBe(201);
      const a = res.json();
      expect(a).toMatchObject({ name: '甲县交通运输局', kind: 'statutory', kindLabel: '法定行政机关', fieldLabel: '交通运输', region: { code: '370121' } });
      expect(a.units).toEqual([expect.objectContaining({ name: '交通运输综合行政执法大队', phone: '0531-88880001' })]);
      const pub = await t.app.inject({ method: 'GET', url: `/api/v1/agencies/${a.id}` });
      expect(pub.statusCode).toBe(200);
      const history = (await admin.get(`/api/v1/agencies/${a.id}/history`)).json().items;
      expect(history.map((h: { entityType: string; kind: string }) => `${h.entityType}:${h.kind}`).sort()).toEqual(['agency:create', 'agency_unit:create']);
      expect(history[0].effectiveOn).toBe('2026-11-20');
      // Duplicates of name and credit code are conflicts.
      const other = '12370121MB1000998';
      const dupName = await admin.post('/api/v1/agencies', await agencyBody({ creditCode: other + checkChar(other) }));
      expect(dupName.statusCode).toBe(409);
      expect(dupName.json().code).toBe('AGENCY_NAME_TAKEN');
      const dupCode = await admin.post('/api/v1/agencies', await agencyBody({ name: '甲县交通运输局（重复）' }));
      expect(dupCode.statusCode).toBe(409);
      expect(dupCode.json().code).toBe('CREDIT_CODE_TAKEN');
    });

    it('requires the entrusting agency of an entrusted organisation (400), and refuses re-entrustment', async () => {
      const code = '12370121MB1000997';
      const body = await agencyBody({ name: '甲县交通运输事务中心', shortName: '甲县交通中心', kind: 'entrusted', creditCode: code + checkChar(code), units: [] });
      const before = await counts();
      const res = await admin.post('/api/v1/agencies', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('ENTRUSTING_AGENCY_REQUIRED');
      expect(await counts()).toEqual(before);
      const entrusting = await agencyId('甲县交通运输局');
      const ok = await admin.post('/api/v1/agencies', { ...body, entrustingAgencyId: entrusting });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().entrustingAgency).toMatchObject({ id: entrusting, name: '甲县交通运输局' });
      const code2 = '12370121MB1000996';
      const again = await admin.post('/api/v1/agencies', { ...body, name: '甲县交通运输再委托站', creditCode: code2 + checkChar(code2), entrustingAgencyId: ok.json().id });
      expect(again.json().code).toBe('ENTRUSTING_AGENCY_INVALID');
      // A statutory agency that names an entrusting agency is refused too.
      expect((await admin.patch(`/api/v1/agencies/${entrusting}`, { entrustingAgencyId: entrusting })).json().code).toBe('ENTRUSTING_AGENCY_NOT_ALLOWED');
    });

    it('refuses a parent that would make a cycle', async () => {
      const city = await agencyId('某市市场监督管理局');
      const jia = await agencyId('甲县市场监督管理局');
      const res = await admin.patch(`/api/v1/agencies/${city}`, { parentId: jia });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'AGENCY_PARENT_CYCLE', message: expect.stringContaining('某市市场监督管理局 → 甲县市场监督管理局 → 某市市场监督管理局') });
      expect((await admin.patch(`/api/v1/agencies/${city}`, { parentId: city })).json().code).toBe('AGENCY_PARENT_CYCLE');
    });

    it('keeps agency bodies strict and agency changes for the system admin', async () => {
      const jia = await agencyId('甲县市场监督管理局');
      expect((await admin.patch(`/api/v1/agencies/${jia}`, { isDemo: false })).statusCode).toBe(400);
      expect((await jiaHead.patch(`/api/v1/agencies/${jia}`, { phone: '0531-1' })).statusCode).toBe(403);
      const res = await admin.patch(`/api/v1/agencies/${jia}`, { phone: '0531-87654321', effectiveOn: '2026-11-02', reason: '办公电话调整' });
      expect(res.statusCode, res.body).toBe(200);
      const [h] = (await admin.get(`/api/v1/agencies/${jia}/history`)).json().items;
      expect(h).toMatchObject({ kind: 'update', effectiveOn: '2026-11-02', reason: '办公电话调整', changes: [{ field: 'phone', label: '电话', after: '0531-87654321' }] });
      expect((await admin.patch(`/api/v1/agencies/${jia}`, { phone: '0531-1', effectiveOn: '2026-12-01' })).json().code).toBe('EFFECTIVE_DATE_IN_FUTURE');
    });
  });

  describe('officers', () => {
    it('refuses a duplicate certificate number of the same issuer (409) and a validity that ends before it starts (400)', async () => {
      const existing = await officerOf(jiaHead, 'jxsj.officer1');
      const before = await counts();
      const dup = await jiaHead.post('/api/v1/officers', newOfficer({ certificateNo: existing.certificateNo, certificateIssuer: existing.certificateIssuer }));
      expect(dup.statusCode).toBe(409);
      expect(dup.json().code).toBe('CERTIFICATE_NUMBER_TAKEN');
      const dates = await jiaHead.post('/api/v1/officers', newOfficer({ validFrom: '2027-01-01', validTo: '2026-12-31' }));
      expect(dates.statusCode).toBe(400);
      expect(dates.json()).toMatchObject({ code: 'CERTIFICATE_DATES_INVALID', message: expect.stringContaining('不能晚于') });
      expect((await jiaHead.post('/api/v1/officers', newOfficer({ validFrom: '2026-02-30' }))).json().code).toMatch(/DATE_INVALID|VALIDATION_FAILED/);
      expect((await jiaHead.post('/api/v1/officers', newOfficer({ status: 'active' }))).statusCode).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('lets an agency head register an officer of their own agency only', async () => {
      const body17 = '37012119900101123'; // 17th digit odd: a man
      const full = body17 + residentIdCheckChar(body17);
      const wrongCheck = body17 + (full.endsWith('0') ? '1' : '0');
      const res = await jiaHead.post('/api/v1/officers', newOfficer({ name: '周新', idNumber: wrongCheck, phone: '13905319999' }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'ID_NUMBER_INVALID', message: expect.stringContaining('校验码错误') });
      const female = await jiaHead.post('/api/v1/officers', newOfficer({ name: '周新', gender: 'female', idNumber: full }));
      expect(female.json().code).toBe('GENDER_MISMATCH');
      const ok = await jiaHead.post('/api/v1/officers', newOfficer({ name: '周新', idNumber: full, phone: '13905319999' }));
      expect(ok.statusCode, ok.body).toBe(201);
      const o = ok.json();
      expect(o).toMatchObject({ agencyName: '甲县市场监督管理局', standing: 'valid', idNumberMasked: '370***********' + full.slice(-4), phoneMasked: '139****9999' });
      expect(o.verifyUrl).toMatch(/\/verify\/officer\/[0-9a-f]{32}$/);
      expect(JSON.stringify(o)).not.toContain(full);
      const yi = await agencyId('乙县市场监督管理局');
      const other = await jiaHead.post('/api/v1/officers', newOfficer({ agencyId: yi }));
      expect(other.statusCode).toBe(404);
      expect((await admin.post('/api/v1/officers', newOfficer())).json().code).toBe('AGENCY_REQUIRED');
    });

    it('refuses an officer active in another agency: same certificate, same person, or an account of another agency', async () => {
      const jiaOfficer = await officerOf(jiaHead, 'jxsj.officer2');
      const yi = await agencyId('乙县市场监督管理局');
      const before = await counts();
      // The same certificate under the same name, the issuer written differently, in a second agency.
      const sameCert = await admin.post('/api/v1/officers', newOfficer({ agencyId: yi, name: jiaOfficer.name, certificateNo: jiaOfficer.certificateNo, certificateIssuer: '某省政府' }));
      expect(sameCert.statusCode).toBe(409);
      expect(sameCert.json()).toMatchObject({ code: 'OFFICER_ACTIVE_IN_OTHER_AGENCY', message: expect.stringContaining('甲县市场监督管理局') });
      // The same person (ID number) in a second agency.
      const body17 = '37012119850505123';
      const idNumber = body17 + residentIdCheckChar(body17);
      const first = await jiaHead.post('/api/v1/officers', newOfficer({ name: '钱进', idNumber }));
      expect(first.statusCode, first.body).toBe(201);
      const second = await admin.post('/api/v1/officers', newOfficer({ agencyId: yi, name: '钱进', idNumber }));
      expect(second.statusCode).toBe(409);
      expect(second.json().code).toBe('OFFICER_ACTIVE_IN_OTHER_AGENCY');
      // An account of 甲县 cannot be the account of an officer of 乙县.
      const acc = (await admin.get('/api/v1/admin/accounts?q=jxsj.reviewer2')).json().items[0];
      const linked = await admin.post('/api/v1/officers', newOfficer({ agencyId: yi, accountId: acc.id }));
      expect(linked.json().code).toBe('ACCOUNT_IN_OTHER_AGENCY');
      expect((await counts()).officers).toBe(before.officers + 1);
      // Moving: revoke in 甲县, then 乙县 registers the person with the certificate issued for the new post.
      const revoked = await jiaHead.post(`/api/v1/officers/${first.json().id}/revoke`, { reason: '调离本机关' });
      expect(revoked.json()).toMatchObject({ status: 'revoked', standingLabel: '已吊销' });
      const page = await t.app.inject({ method: 'GET', url: new URL(revoked.json().verifyUrl).pathname });
      expect(page.body).toMatch(/data-standing="revoked"[^>]*>已吊销</);
      const moved = await admin.post('/api/v1/officers', newOfficer({ agencyId: yi, name: '钱进', idNumber }));
      expect(moved.statusCode, moved.body).toBe(201);
      // A revoked certificate is final.
      expect((await jiaHead.patch(`/api/v1/officers/${first.json().id}`, { post: '科员' })).json().code).toBe('OFFICER_REVOKED');
    });

    it('writes history rows with the effective date in the change transaction, and keeps them append-only', async () => {
      const o = await officerOf(jiaHead, 'jxsj.officer2');
      const res = await jiaHead.patch(`/api/v1/officers/${o.id}`, { post: '执法中队长', effectiveOn: '2026-11-10', reason: '职务调整' });
      expect(res.statusCode, res.body).toBe(200);
      const susp = await jiaHead.patch(`/api/v1/officers/${o.id}`, { status: 'suspended', reason: '涉嫌违纪，暂扣执法证' });
      expect(susp.json()).toMatchObject({ status: 'suspended', standing: 'suspended', standingLabel: '已暂扣' });
      expect((await t.app.inject({ method: 'GET', url: new URL(susp.json().verifyUrl).pathname })).body).toMatch(/data-standing="suspended"[^>]*>已暂扣</);
      const items = (await jiaHead.get(`/api/v1/officers/${o.id}/history`)).json().items;
      expect(items[0]).toMatchObject({ kind: 'suspend', effectiveOn: '2026-11-20', changes: [expect.objectContaining({ field: 'status', before: '正常', after: '暂扣' })] });
      expect(items[1]).toMatchObject({ kind: 'update', effectiveOn: '2026-11-10', reason: '职务调整', changedBy: { name: expect.any(String) } });
      expect(items[1].changes).toEqual([{ field: 'post', label: '职务', before: '执法队员', after: '执法中队长' }]);
      // Registered by the demo loader before any change: the history starts with that registration.
      expect(items.at(-1)).toMatchObject({ kind: 'create', changedBy: null, reason: expect.stringContaining('初始登记') });
      expect(items.at(-1).changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'certificateNo', after: o.certificateNo })]));
      const rows = await t.database.db.select().from(registryChange).where(eq(registryChange.entityId, o.id));
      expect(rows.filter((r) => r.kind !== 'create').map((r) => `${r.kind} ${r.effectiveOn}`).sort()).toEqual(['suspend 2026-11-20', 'update 2026-11-10']);
      expect(JSON.stringify(rows)).not.toMatch(/\d{17}[\dX]/);
      await expect(t.database.db.execute(sql`update registry_change set reason = 'x'`)).rejects.toThrow();
      await expect(t.database.db.execute(sql`delete from registry_change`)).rejects.toThrow();
      // A refused change leaves no history.
      const n = (await counts()).history;
      expect((await jiaHead.patch(`/api/v1/officers/${o.id}`, { validTo: '2020-01-01' })).json().code).toBe('CERTIFICATE_DATES_INVALID');
      expect((await jiaHead.patch(`/api/v1/officers/${o.id}`, {})).json().code).toBe('NOTHING_TO_UPDATE');
      expect((await counts()).history).toBe(n);
      expect((await jiaHead.patch(`/api/v1/officers/${o.id}`, { status: 'active', reason: '调查结束' })).json().standing).toBe('valid');
    });

    it("answers 404 when an agency head edits another agency's officer, 403 to an officer", async () => {
      const o = await officerOf(jiaHead, 'jxsj.officer1');
      const yiHead = client(t.app, '10.9.0.3');
      await yiHead.login('yxsj.head');
      for (const res of [
        await yiHead.patch(`/api/v1/officers/${o.id}`, { post: '越权修改' }),
        await yiHead.post(`/api/v1/officers/${o.id}/revoke`, { reason: '越权吊销' }),
        await yiHead.get(`/api/v1/officers/${o.id}`),
        await yiHead.get(`/api/v1/officers/${o.id}/history`),
        await yiHead.get(`/api/v1/officers/${o.id}/qr.svg`),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('OFFICER_NOT_FOUND');
      }
      expect((await yiHead.get('/api/v1/officers?pageSize=200')).json().items.every((x: Officer) => x.agencyName === '乙县市场监督管理局')).toBe(true);
      const officer1 = client(t.app, '10.9.0.4');
      await officer1.login('jxsj.officer1');
      expect((await officer1.patch(`/api/v1/officers/${o.id}`, { post: '自己改' })).statusCode).toBe(403);
      expect((await officer1.get(`/api/v1/officers/${o.id}`)).statusCode).toBe(200);
      const auditor = client(t.app, '10.9.0.5');
      await auditor.login('auditadmin');
      const rows = (await auditor.get(`/api/v1/audit?objectId=${o.id}&result=not-found`)).json().items;
      expect(rows.some((r: { username: string; action: string }) => r.username === 'yxsj.head' && r.action === 'officer.update')).toBe(true);
    });

    it('shows a supervisor the expiring and expired certificates of their jurisdiction only', async () => {
      const jiaSup = client(t.app, '10.9.0.6');
      await jiaSup.login('jxsf.supervisor');
      const res = await jiaSup.get('/api/v1/officers/expiring?days=30');
      expect(res.statusCode).toBe(200);
      const { items, today } = res.json();
      expect(today).toBe('2026-11-20');
      const agencies = new Set(items.map((o: Officer) => o.agencyName));
      expect(agencies).toContain('甲县市场监督管理局');
      expect(agencies).toContain('某市生态环境局甲县分局');
      expect(agencies).not.toContain('乙县市场监督管理局');
      expect(agencies).not.toContain('某市市场监督管理局');
      expect(new Set(items.map((o: Officer) => o.standing))).toEqual(new Set(['expiring', 'expired']));
      expect(items.every((o: { validTo: string }) => o.validTo <= '2026-12-20')).toBe(true);
      expect((await jiaSup.patch(`/api/v1/officers/${items[0].id}`, { post: 'x' })).statusCode).toBe(403);
      const citySup = client(t.app, '10.9.0.7');
      await citySup.login('smsf.supervisor');
      const all = new Set((await citySup.get('/api/v1/officers/expiring?days=30')).json().items.map((o: Officer) => o.agencyName));
      expect(all).toContain('乙县市场监督管理局');
      const head = (await jiaHead.get('/api/v1/officers/expiring')).json().items;
      expect(head.every((o: Officer) => o.agencyName === '甲县市场监督管理局')).toBe(true);
      expect(head.map((o: Officer) => o.account?.username).sort()).toEqual(['jxsj.officer3', 'jxsj.officer4']);
    });
  });

  describe('public portal', () => {
    const verifyPath = async (username: string) => new URL((await jiaHead.get(`/api/v1/officers/${(await officerOf(jiaHead, username)).id}`)).json().verifyUrl).pathname;

    it('shows 有效 for a valid officer, 已过期 for jxsj.officer4, and 404 for a forged token', async () => {
      const valid = await t.app.inject({ method: 'GET', url: await verifyPath('jxsj.officer1') });
      expect(valid.statusCode).toBe(200);
      expect(valid.body).toMatch(/data-standing="valid"[^>]*>有效</);
      expect(valid.headers['cache-control']).toBe('no-store');
      expect(valid.headers['referrer-policy']).toBe('no-referrer');
      const expiredPath = await verifyPath('jxsj.officer4');
      const expired = await t.app.inject({ method: 'GET', url: expiredPath });
      expect(expired.statusCode).toBe(200);
      expect(expired.body).toMatch(/data-standing="expired"[^>]*>已过期</);
      expect(expired.body).toContain('2026年10月31日到期');
      const token = expiredPath.split('/').pop()!;
      const forged = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
      for (const url of [`/verify/officer/${forged}`, '/verify/officer/not-a-token', `/verify/officer/${(await officerOf(jiaHead, 'jxsj.officer1')).id}`]) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.body).toContain('未查到该执法证');
      }
      const qr = await jiaHead.get(`/api/v1/officers/${(await officerOf(jiaHead, 'jxsj.officer1')).id}/qr.svg`);
      expect(qr.statusCode).toBe(200);
      expect(qr.headers['content-type']).toContain('image/svg+xml');
      expect(qr.body).toMatch(/^<svg/);
      const print = await jiaHead.get(`/officers/${(await officerOf(jiaHead, 'jxsj.officer1')).id}/qr.svg`);
      expect(print.statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/officers/${(await officerOf(jiaHead, 'jxsj.officer1')).id}/qr.svg` })).statusCode).toBe(401);
    });

    it('never publishes an ID number or phone in the officer list or on agency pages', async () => {
      const rows = await t.database.db.select().from(officer);
      const secrets = rows.flatMap((o) => [o.idNumberCipher, o.phoneCipher].filter(Boolean).map((c) => t.deps.cipher.decrypt(c!)));
      expect(secrets.length).toBeGreaterThan(20);
      const masks = rows.flatMap((o) => [o.idNumberMasked, o.phoneMasked].filter(Boolean) as string[]);
      const pages: string[] = [];
      for (let page = 1; ; page++) {
        const res = await t.app.inject({ method: 'GET', url: `/officers?page=${page}` });
        expect(res.statusCode).toBe(200);
        pages.push(res.body);
        if (!res.body.includes('rel="next"')) break;
      }
      expect(pages.length).toBeGreaterThan(1);
      const list = pages.join('\n');
      expect(list).toContain('执法人员');
      const jia = await agencyId('甲县市场监督管理局');
      const agencyPage = (await t.app.inject({ method: 'GET', url: `/agencies/${jia}` })).body;
      expect(agencyPage).toContain('执法稽查大队');
      for (const body of [list, agencyPage]) {
        for (const s of [...secrets, ...masks]) expect(body).not.toContain(s);
        expect(body).not.toMatch(/\b\d{17}[\dX]\b/);
        expect(body).not.toMatch(/\b1[3-9]\d{9}\b/);
      }
      // Only certificates valid today are listed: the expired officer4 of 甲县 is not.
      const expired = await officerOf(jiaHead, 'jxsj.officer4');
      expect(list).not.toContain(expired.certificateNo);
      const search = (await t.app.inject({ method: 'GET', url: `/officers?q=${encodeURIComponent((await officerOf(jiaHead, 'jxsj.officer1')).certificateNo)}` })).body;
      expect(search).toContain('符合条件的执法人员 1 名');
      expect((await t.app.inject({ method: 'GET', url: '/agencies/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/agencies/nope' })).statusCode).toBe(404);
    });
  });
});
