import { officer } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readXlsx, writeXlsx } from '../src/modules/imports/xlsx.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['所属执法主体', '内设机构', '姓名*', '性别*', '职务', '执法证号*', '发证机关*', '有效期起*', '有效期止*', '执法领域*', '法律职业资格', '法制审核人员'];
const good = (n: number) => ['甲县市场监督管理局', '执法稽查大队', `导入员${n}`, n % 2 ? '男' : '女', '执法队员', `IMP-2026-${String(n).padStart(4, '0')}`, '某省人民政府（演示）', '2026-01-01', '2028-12-31', '市场监管', '否', '否'];

describeEachDatabase('bulk import and export of officers', (kind) => {
  let t: TestApp;
  let admin: Client;
  const upload = (c: Client, body: Buffer | string, type = XLSX) => c.request({ method: 'POST', url: '/api/v1/imports/officers', payload: body, headers: { 'content-type': type } });
  const finish = async (c: Client, id: string) => {
    for (let i = 0; i < 200; i++) {
      const job = (await c.get(`/api/v1/imports/jobs/${id}`)).json();
      if (job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  };
  const officers = async () => Number((await t.database.db.select({ n: count() }).from(officer))[0].n);

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = client(t.app, '10.8.0.1');
    await admin.login('sysadmin');
  });
  afterAll(() => t.close());

  it('offers templates in .xlsx and .csv', async () => {
    const x = await admin.get('/api/v1/imports/officers/template.xlsx');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain(XLSX);
    expect(readXlsx(x.rawPayload)[0]).toEqual(HEADER);
    const c = await admin.get('/api/v1/imports/officers/template.csv');
    expect(c.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(HEADER.join(','));
  });

  it('refuses a file with three bad rows, naming each row, column and reason, and imports nothing', async () => {
    const before = await officers();
    const rows = [
      HEADER,
      good(1),
      ['甲县市场监督管理局', '执法稽查大队', '错误甲', '未知', '执法队员', 'IMP-BAD-1', '某省人民政府（演示）', '2026-01-01', '2028-12-31', '市场监管', '否', '否'],
      good(2),
      ['甲县市场监督管理局', '执法稽查大队', '错误乙', '男', '执法队员', 'IMP-BAD-2', '某省人民政府（演示）', '2029-01-01', '2028-12-31', '市场监管', '否', '否'],
      ['不存在的局', '', '错误丙', '女', '', 'IMP-BAD-3', '某省人民政府（演示）', '2026-01-01', '2028-12-31', '市场监管', '否', '否'],
    ];
    const res = await upload(admin, Buffer.from(writeXlsx('执法人员', rows)));
    expect(res.statusCode).toBe(202);
    const job = await finish(admin, res.json().id);
    expect(job).toMatchObject({ status: 'failed', code: 'IMPORT_INVALID' });
    expect(job.errors.map((e: { row: number }) => e.row).sort()).toEqual([3, 5, 6]);
    expect(job.errors.find((e: { row: number }) => e.row === 3)).toMatchObject({ column: '性别', message: expect.stringContaining('男') });
    expect(job.errors.find((e: { row: number }) => e.row === 6)).toMatchObject({ column: '所属执法主体', message: expect.stringContaining('不存在的局') });
    expect(job.message).toMatch(/3 行数据有误，全部未导入/);
    expect(await officers()).toBe(before);
  });

  it('imports a valid file in one go, then refuses the same rows again as duplicates', async () => {
    const before = await officers();
    const rows = [HEADER, ...Array.from({ length: 60 }, (_, i) => good(100 + i))];
    const job = await finish(admin, (await upload(admin, Buffer.from(writeXlsx('执法人员', rows)))).json().id);
    expect(job).toMatchObject({ status: 'succeeded', imported: 60, processed: 60, total: 60 });
    expect(await officers()).toBe(before + 60);
    const again = await finish(admin, (await upload(admin, Buffer.from(writeXlsx('执法人员', rows.slice(0, 3))))).json().id);
    expect(again.status).toBe('failed');
    expect(again.errors).toHaveLength(2);
    expect(again.errors[0]).toMatchObject({ row: 2, column: '执法证号' });
  });

  it('imports CSV, refuses a wrong header and non-UTF-8 text clearly', async () => {
    const csv = `\uFEFF${HEADER.join(',')}\r\n${good(500).join(',')}\r\n`;
    expect((await finish(admin, (await upload(admin, csv, 'text/csv')).json().id)).status).toBe('succeeded');
    const shifted = await upload(admin, `姓名,性别\r\n张三,男\r\n`, 'text/csv');
    expect(shifted.statusCode).toBe(400);
    expect(shifted.json()).toMatchObject({ code: 'IMPORT_HEADER_MISMATCH', message: expect.stringContaining('缺少列') });
    const gbk = await upload(admin, Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]), 'text/csv');
    expect(gbk.json().code).toBe('IMPORT_FILE_ENCODING');
  });

  it('exports in the template layout, only what the actor may read', async () => {
    const all = await admin.get('/api/v1/exports/officers.xlsx');
    const table = readXlsx(all.rawPayload);
    expect(table[0]).toEqual(HEADER.map((h) => h.replace('*', '')));
    expect(table.length).toBeGreaterThan(40);
    const head = client(t.app, '10.8.0.2');
    await head.login('yxsj.head');
    const own = readXlsx((await head.get('/api/v1/exports/officers.xlsx')).rawPayload);
    expect(own.slice(1).every((r) => r[0] === '乙县市场监督管理局')).toBe(true);
    const officerUser = client(t.app, '10.8.0.3');
    await officerUser.login('jxsj.officer1');
    expect((await upload(officerUser, Buffer.from(writeXlsx('x', [HEADER])))).statusCode).toBe(403);
  });
});
