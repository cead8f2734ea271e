import { creditCodeCheckChar } from '@sanxiang/domain';
import { agency, agencyUnit, enforcementItem, inspectionItem, law, lawVersion, officer } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fenToYuan, percentToBasisPoints, yuanToFen } from '../src/modules/imports/cells.ts';
import { readCsv, writeCsv } from '../src/modules/imports/csv.ts';
import { penaltiesCell, penaltiesText } from '../src/modules/imports/item-cells.ts';
import { readXlsx, writeXlsx } from '../src/modules/imports/xlsx.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP = 'application/zip';
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

// ——— 元 → 分, percentages and the cells of the item templates (no database) ———

describe('cell parsers of the import templates', () => {
  it('reads 元 as integer 分 without floating point', () => {
    expect(yuanToFen('0')).toBe(0);
    expect(yuanToFen('200')).toBe(20_000);
    expect(yuanToFen('3000.5')).toBe(300_050);
    expect(yuanToFen('1,234.56')).toBe(123_456);
    expect(yuanToFen('1234.56')).toBe(123_456);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(yuanToFen('1,000,000.01')).toBe(100_000_001);
    expect(yuanToFen('200元')).toBe(20_000);
    expect(() => yuanToFen('1.234')).toThrow(/两位小数/);
    expect(() => yuanToFen('-1')).toThrow(/负数/);
    expect(() => yuanToFen('1e3')).toThrow(/格式不正确/);
    expect(() => yuanToFen('12,34')).toThrow(/格式不正确/);
    expect(() => yuanToFen('1.')).toThrow(/格式不正确/);
    expect(() => yuanToFen('')).toThrow(/格式不正确/);
    expect(() => yuanToFen('10000000000000')).toThrow(/过大/);
    for (const fen of [0, 1, 29, 20_000, 300_050, 123_456, 100_000_001]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });

  it('reads percentages as basis points, forgiving only spreadsheet float noise', () => {
    expect(percentToBasisPoints('5%')).toBe(500);
    expect(percentToBasisPoints('5')).toBe(500);
    expect(percentToBasisPoints('2.5%')).toBe(250);
    expect(percentToBasisPoints('0.01%')).toBe(1);
    expect(percentToBasisPoints('2.5000000000000001%')).toBe(250);
    expect(percentToBasisPoints('2.4999999999999%')).toBe(250);
    expect(() => percentToBasisPoints('1.234%')).toThrow(/两位小数/);
    expect(() => percentToBasisPoints('五%')).toThrow(/格式不正确/);
  });

  it('reads a number the spreadsheet shows as a percentage the way people see it', () => {
    const file = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/styles.xml': strToU8('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs></styleSheet>'),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>0.05</v></c><c r="B1" s="2"><v>2.5000000000000001E-2</v></c><c r="C1"><v>0.05</v></c></row></sheetData></worksheet>',
      ),
    });
    const [[a, b, c]] = readXlsx(file);
    expect([a, b, c]).toEqual(['5%', '2.5000000000000001%', '0.05']);
    expect(percentToBasisPoints(b)).toBe(250);
  });

  it('reads penalty lines with fines in 元 and writes them back the same', () => {
    const text = ['警告', '罚款：1,234.56元以上3,000.5元以下', '罚款（法人或者其他组织）：50,000元以上；货值金额十倍以上二十倍以下', '没收非法财物：没收违法生产经营的食品', '罚款（公民）：200元以下'].join('\n');
    const penalties = penaltiesCell(text);
    expect(penalties).toEqual([
      { kind: 'warning', appliesTo: 'any' },
      { kind: 'fine', appliesTo: 'any', minFen: 123_456, maxFen: 300_050 },
      { kind: 'fine', appliesTo: 'organization', minFen: 5_000_000, maxFen: null, note: '货值金额十倍以上二十倍以下' },
      { kind: 'confiscate-illegal-property', appliesTo: 'any', note: '没收违法生产经营的食品' },
      { kind: 'fine', appliesTo: 'citizen', minFen: 0, maxFen: 20_000 },
    ]);
    expect(penaltiesCell(penaltiesText(penalties))).toEqual(penalties);
    expect(penaltiesCell('罚款：5000-50000元')[0]).toMatchObject({ minFen: 500_000, maxFen: 5_000_000 });
    expect(penaltiesCell('罚款：200元')[0]).toMatchObject({ minFen: 20_000, maxFen: 20_000 });
    expect(() => penaltiesCell('罚款：1.234元以下')).toThrow(/第1行.*两位小数/);
    expect(() => penaltiesCell('警告\n罚款：货值金额十倍')).toThrow(/第2行.*无法识别/);
    expect(() => penaltiesCell('罚款')).toThrow(/须写明幅度/);
    expect(() => penaltiesCell('记过')).toThrow(/未知的处罚种类“记过”/);
  });
});

// ——— 执法主体, 权责清单, 随机抽查事项 and 法律法规文本 ———

const AGENCY_HEADER = ['主体名称*', '简称*', '主体类别*', '委托机关', '统一社会信用代码*', '层级*', '上级机关', '管辖区域*', '执法领域*', '司法行政部门', '地址', '电话', '职权依据', '内设机构'];
const ITEM_HEADER = [
  '所属执法主体',
  '事项编码*',
  '事项名称*',
  '事项类别*',
  '适用程序',
  '法律依据*',
  '对象类型*',
  '处罚种类及幅度',
  '法制审核',
  '法定时限（天）',
  '时限计算',
  '承诺时限（天）',
  '复议机关',
  '复议期限（日）',
  '管辖法院',
  '起诉期限（月）',
  '受理机构',
  '审批机构',
  '受理条件',
  '申请材料',
  '办理地点',
  '咨询电话',
  '收费标准',
];
const INSPECTION_HEADER = ['所属执法主体', '事项编码*', '抽查事项*', '法律依据*', '抽查对象*', '抽查对象基数*', '抽查比例*', '抽查周期*', '抽查方式*', '抽查主体*', '备注'];
const LAW_HEADER = ['文件名*', '类别*', '通过日期*', '施行日期*', '发布机关'];

const creditCode = (seq: number) => {
  const body = `11370121MB${String(seq).padStart(7, '0')}`;
  return body + creditCodeCheckChar(body);
};
const agencyRow = (name: string, seq: number, over: Partial<Record<'parent' | 'region' | 'kind' | 'units' | 'code', string>> = {}) => [
  name,
  name.slice(0, 4),
  over.kind ?? '法定行政机关',
  '',
  over.code ?? creditCode(seq),
  '县级',
  over.parent ?? '',
  over.region ?? '甲县',
  '市场监管',
  '否',
  '甲县政务服务中心',
  '0531-80000000',
  '有关法律、法规',
  over.units ?? '',
];
/** A 权责清单 row of 甲县市场监督管理局; `over` replaces cells by header. */
const itemRow = (code: string, over: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    所属执法主体: '甲县市场监督管理局',
    '事项编码*': code,
    '事项名称*': `导入测试事项${code}`,
    '事项类别*': '行政处罚',
    适用程序: '一般程序',
    '法律依据*': '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项',
    '对象类型*': '公民、法人或者其他组织',
    处罚种类及幅度: '警告\n罚款：1,234.56元以上3,000.5元以下',
    法制审核: '重大执法决定须法制审核',
  };
  return ITEM_HEADER.map((h) => over[h] ?? base[h] ?? '');
};
const inspectionRow = (code: string, over: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    所属执法主体: '甲县市场监督管理局',
    '事项编码*': code,
    '抽查事项*': `导入测试抽查${code}`,
    '法律依据*': '《中华人民共和国产品质量法》第十五条',
    '抽查对象*': '产品生产者、销售者',
    '抽查对象基数*': '辖区内生产企业约200家',
    '抽查比例*': '2.5%',
    '抽查周期*': '每年',
    '抽查方式*': '现场检查、抽样检测',
    '抽查主体*': '执法稽查大队',
  };
  return INSPECTION_HEADER.map((h) => over[h] ?? base[h] ?? '');
};
const lawText = (title: string, article2 = '经营者应当明码标价。') => `# ${title}\n\n第一条 为了测试批量导入，制定本条例。\n\n第二条 ${article2}\n`;
const bundle = (manifest: string[][], files: Record<string, string>) => Buffer.from(zipSync({ '清单.csv': strToU8(writeCsv(manifest)), ...Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])) }));

type RowError = { row: number; column?: string; message: string };
const byRow = (errors: RowError[]) => new Map(errors.map((e) => [e.row, e]));

describeEachDatabase('bulk import and export of agencies, lists and law texts', (kind) => {
  let t: TestApp;
  let admin: Client;
  let head: Client;
  let officerUser: Client;
  const upload = (c: Client, type: string, body: Buffer | string, contentType = XLSX) =>
    c.request({ method: 'POST', url: `/api/v1/imports/${type}`, payload: body, headers: { 'content-type': contentType } });
  const finish = async (c: Client, id: string) => {
    for (let i = 0; i < 400; i++) {
      const job = (await c.get(`/api/v1/imports/jobs/${id}`)).json();
      if (job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  };
  const run = async (c: Client, type: string, body: Buffer | string, contentType = XLSX) => {
    const res = await upload(c, type, body, contentType);
    expect(res.statusCode, res.body).toBe(202);
    return finish(c, res.json().id);
  };
  const sheet = (rows: string[][]) => Buffer.from(writeXlsx('导入', rows));
  const counts = async () => {
    const out: number[] = [];
    for (const table of [agency, agencyUnit, enforcementItem, inspectionItem, law, lawVersion]) out.push(Number((await t.database.db.select({ n: count() }).from(table))[0].n));
    return out;
  };
  const itemByCode = async (c: Client, code: string) => {
    const { items } = (await c.get(`/api/v1/items?pageSize=200&q=${encodeURIComponent(code)}`)).json();
    const found = (items as Array<{ id: string; code: string }>).find((i) => i.code === code);
    return found ? (await c.get(`/api/v1/items/${found.id}`)).json() : undefined;
  };
  const inspectionByCode = async (c: Client, code: string) =>
    ((await c.get(`/api/v1/inspection-items?pageSize=200&q=${encodeURIComponent(code)}`)).json().items as Array<{ code: string; ratioBp: number; name: string }>).find((i) => i.code === code);

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = client(t.app, '10.8.1.1');
    head = client(t.app, '10.8.1.2');
    officerUser = client(t.app, '10.8.1.3');
    expect((await admin.login('sysadmin')).statusCode).toBe(200);
    expect((await head.login('jxsj.head')).statusCode).toBe(200);
    expect((await officerUser.login('jxsj.officer1')).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('lists the types each role may import, with templates in the documented layouts', async () => {
    const types = (c: Client) => c.get('/api/v1/imports/types').then((r) => (r.json().items as Array<{ type: string }>).map((x) => x.type));
    expect(await types(admin)).toEqual(['agencies', 'officers', 'enforcement-items', 'inspection-items', 'laws']);
    expect(await types(head)).toEqual(['officers', 'enforcement-items', 'inspection-items']);
    expect(await types(officerUser)).toEqual([]);
    for (const [type, header] of [
      ['agencies', AGENCY_HEADER],
      ['enforcement-items', ITEM_HEADER],
      ['inspection-items', INSPECTION_HEADER],
      ['laws', LAW_HEADER],
    ] as const) {
      const x = await admin.get(`/api/v1/imports/${type}/template.xlsx`);
      expect(x.statusCode, type).toBe(200);
      expect(readXlsx(x.rawPayload)[0], type).toEqual(header);
      const c = await admin.get(`/api/v1/imports/${type}/template.csv`);
      expect(c.body.replace(/^\uFEFF/, '').split('\r\n')[0], type).toBe(header.join(','));
    }
    expect((await admin.get('/api/v1/imports/agencies/template.zip')).statusCode).toBe(404);
    expect((await head.get('/api/v1/imports/agencies/template.xlsx')).statusCode).toBe(403);
    expect((await upload(officerUser, 'enforcement-items', sheet([ITEM_HEADER]))).statusCode).toBe(403);
  });

  it('agencies: refuses three bad rows by row, column and reason and stores nothing, then registers a good file with its units', async () => {
    const before = await counts();
    const bad = await run(
      admin,
      'agencies',
      sheet([
        AGENCY_HEADER,
        agencyRow('丙县市场监督管理局', 1),
        agencyRow('丙县文化市场综合执法大队', 2, { kind: '事业单位' }),
        agencyRow('丙县交通运输局', 3, { code: creditCode(3).replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
        agencyRow('丙县卫生健康局', 4, { region: '丙县' }),
      ]),
    );
    expect(bad).toMatchObject({ status: 'failed', code: 'IMPORT_INVALID' });
    const errors = byRow(bad.errors);
    expect([...errors.keys()].sort()).toEqual([3, 4, 5]);
    expect(errors.get(3)).toMatchObject({ column: '主体类别', message: expect.stringContaining('事业单位') });
    expect(errors.get(4)).toMatchObject({ column: '统一社会信用代码', message: expect.stringContaining('校验码') });
    expect(errors.get(5)).toMatchObject({ column: '管辖区域', message: expect.stringContaining('丙县') });
    expect(bad.message).toMatch(/3 行数据有误，全部未导入/);
    expect(await counts()).toEqual(before);

    const good = await run(
      admin,
      'agencies',
      sheet([
        AGENCY_HEADER,
        agencyRow('丙县市场监督管理局', 1, { units: '执法稽查大队、法规股' }),
        agencyRow('丙县市场监督管理局城关市场监督管理所', 5, { parent: '丙县市场监督管理局', region: '370121' }),
      ]),
    );
    expect(good).toMatchObject({ status: 'succeeded', imported: 2 });
    const { items } = (await admin.get('/api/v1/agencies?q=丙县')).json();
    const main = items.find((a: { name: string }) => a.name === '丙县市场监督管理局');
    expect(main.units.map((u: { name: string }) => u.name).sort()).toEqual(['执法稽查大队', '法规股'].sort());
    expect(items.find((a: { name: string }) => a.name.endsWith('城关市场监督管理所')).parent).toMatchObject({ id: main.id });
    expect((await admin.get(`/api/v1/agencies/${main.id}/history`)).json().items.length).toBe(3);
  });

  it('agencies: the export re-imports as it is only where edited into new agencies', async () => {
    const exported = readXlsx((await admin.get('/api/v1/exports/agencies.xlsx')).rawPayload);
    expect(exported[0]).toEqual(AGENCY_HEADER.map((h) => h.replace('*', '')));
    const row = exported.find((r) => r[0] === '丙县市场监督管理局')!;
    expect(row).toEqual(expect.arrayContaining(['法定行政机关', '县级', '甲县', '市场监管']));
    // The parent comes before the agencies naming it, so the file reads top to bottom.
    const names = exported.map((r) => r[0]);
    expect(names.indexOf('某市市场监督管理局')).toBeLessThan(names.indexOf('甲县市场监督管理局'));
    const again = await run(admin, 'agencies', sheet(exported));
    expect(again.status).toBe('failed');
    expect(again.errors).toHaveLength(exported.length - 1);
    expect(again.errors.every((e: RowError) => e.column === '主体名称' || e.column === '统一社会信用代码')).toBe(true);

    const edited = [...row];
    edited[0] = '丁县市场监督管理局';
    edited[1] = '丁县市监';
    edited[4] = creditCode(6);
    edited[13] = '执法大队';
    expect(await run(admin, 'agencies', sheet([exported[0], edited]))).toMatchObject({ status: 'succeeded', imported: 1 });
    const copy = (await admin.get('/api/v1/agencies?q=丁县')).json().items[0];
    expect(copy).toMatchObject({ name: '丁县市场监督管理局', kind: 'statutory', level: 'county', field: 'market', region: { name: '甲县' } });
    expect(copy.units.map((u: { name: string }) => u.name)).toEqual(['执法大队']);
  });

  it('enforcement items: refuses three bad rows (citation, fine with three decimals, 简易程序) and stores nothing', async () => {
    const before = await counts();
    const bad = await run(
      admin,
      'enforcement-items',
      sheet([
        ITEM_HEADER,
        itemRow('IMP-CF-001'),
        itemRow('IMP-CF-002', { '法律依据*': '《中华人民共和国食品安全法》第九百九十九条' }),
        itemRow('IMP-CF-003', { 处罚种类及幅度: '警告\n罚款：1.234元以下' }),
        itemRow('IMP-CF-004', { 适用程序: '简易程序', 处罚种类及幅度: '罚款：5,000元以上50,000元以下' }),
      ]),
    );
    expect(bad).toMatchObject({ status: 'failed', code: 'IMPORT_INVALID' });
    const errors = byRow(bad.errors);
    expect([...errors.keys()].sort()).toEqual([3, 4, 5]);
    expect(errors.get(3)).toMatchObject({ column: '法律依据', message: expect.stringContaining('第九百九十九条') });
    expect(errors.get(4)).toMatchObject({ column: '处罚种类及幅度', message: expect.stringContaining('两位小数') });
    expect(errors.get(5)).toMatchObject({ column: '适用程序', message: expect.stringContaining('简易程序') });
    expect(await counts()).toEqual(before);
  });

  it('enforcement items: imports penalties in exact 分, a licensing guide and a time limit', async () => {
    const good = await run(
      admin,
      'enforcement-items',
      sheet([
        ITEM_HEADER,
        itemRow('IMP-CF-001', { '法定时限（天）': '60', 时限计算: '自然日', '承诺时限（天）': '30' }),
        itemRow('IMP-XK-001', {
          '事项名称*': '导入测试许可',
          '事项类别*': '行政许可',
          '法律依据*': '《中华人民共和国食品安全法》第三十五条第一款',
          处罚种类及幅度: '',
          受理机构: '甲县政务服务中心市场监管窗口',
          审批机构: '甲县市场监督管理局',
          受理条件: '依法取得营业执照',
          申请材料: '食品经营许可申请书（1份）\n营业执照复印件：加盖公章',
          收费标准: '不收费',
        }),
      ]),
    );
    expect(good, JSON.stringify(good.errors)).toMatchObject({ status: 'succeeded', imported: 2, processed: 2, total: 2 });
    const penalty = await itemByCode(admin, 'IMP-CF-001');
    expect(penalty.penalties.find((p: { kind: string }) => p.kind === 'fine')).toMatchObject({ minFen: 123_456, maxFen: 300_050 });
    expect(penalty.timeLimit).toEqual({ statutoryDays: 60, dayKind: 'calendar', promisedDays: 30 });
    expect(penalty.remedies).toEqual({ reconsideration: { organ: '甲县人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } });
    const licence = await itemByCode(admin, 'IMP-XK-001');
    expect(licence.guide.materials).toEqual([{ name: '食品经营许可申请书', copies: 1 }, { name: '营业执照复印件', note: '加盖公章' }]);
    expect(licence.timeLimit).toEqual({ statutoryDays: 20, dayKind: 'working' });
  });

  it('enforcement items: the agency head exports, edits and re-imports: edited rows update, new codes create, the rest stays equal', async () => {
    const exported = readXlsx((await head.get('/api/v1/exports/enforcement-items.xlsx')).rawPayload);
    expect(exported[0]).toEqual(ITEM_HEADER.map((h) => h.replace('*', '')));
    expect(exported.slice(1).every((r) => r[0] === '甲县市场监督管理局')).toBe(true);
    const food = exported.find((r) => r[1] === 'JXSJ-CF-001')!;
    expect(food[7]).toContain('罚款：50,000元以上；货值金额不足一万元的');
    const untouchedBefore = await itemByCode(head, 'JXSJ-CF-001');
    const licenceBefore = await itemByCode(head, 'JXSJ-XK-001');

    const rows = exported.map((r) => [...r]);
    const ours = rows.find((r) => r[1] === 'IMP-CF-001')!;
    ours[2] = '导入测试事项（已修改）';
    ours[7] = '警告\n罚款：0.29元以上200元以下';
    const added = [...ours];
    added[1] = 'IMP-CF-005';
    const job = await run(head, 'enforcement-items', sheet([...rows, added]));
    expect(job, JSON.stringify(job.errors)).toMatchObject({ status: 'succeeded', imported: rows.length });
    expect(await itemByCode(head, 'IMP-CF-001')).toMatchObject({ name: '导入测试事项（已修改）', timeLimit: { statutoryDays: 60, promisedDays: 30 } });
    expect((await itemByCode(head, 'IMP-CF-001')).penalties[1]).toMatchObject({ kind: 'fine', minFen: 29, maxFen: 20_000 });
    expect(await itemByCode(head, 'IMP-CF-005')).toMatchObject({ name: '导入测试事项（已修改）' });
    const pick = (d: Record<string, unknown>) => ({ penalties: d.penalties, legalBasis: (d.legalBasis as Array<{ citation: string }>).map((b) => b.citation), timeLimit: d.timeLimit, remedies: d.remedies, guide: d.guide, targetTypes: d.targetTypes, legalReview: d.legalReview, procedure: d.procedure });
    expect(pick(await itemByCode(head, 'JXSJ-CF-001'))).toEqual(pick(untouchedBefore));
    expect(pick(await itemByCode(head, 'JXSJ-XK-001'))).toEqual(pick(licenceBefore));
    // Another agency's code is not the head's to update: the row is refused as an agency they cannot reach.
    const other = await run(head, 'enforcement-items', sheet([ITEM_HEADER, itemRow('YXSJ-CF-001', { 所属执法主体: '乙县市场监督管理局' })]));
    expect(other.errors[0]).toMatchObject({ row: 2, column: '所属执法主体', message: '没有这个执法主体' });
  });

  it('inspection items: refuses three bad rows, imports a good file, and round-trips an edited export', async () => {
    const before = await counts();
    const bad = await run(
      admin,
      'inspection-items',
      sheet([
        INSPECTION_HEADER,
        inspectionRow('IMP-SJ-001'),
        inspectionRow('IMP-SJ-002', { '抽查比例*': '1.234%' }),
        inspectionRow('IMP-SJ-003', { '抽查方式*': '现场检查、飞行检查' }),
        inspectionRow('IMP-SJ-004', { '法律依据*': '《不存在的条例》第一条' }),
      ]),
    );
    const errors = byRow(bad.errors);
    expect([...errors.keys()].sort()).toEqual([3, 4, 5]);
    expect(errors.get(3)).toMatchObject({ column: '抽查比例', message: expect.stringContaining('两位小数') });
    expect(errors.get(4)).toMatchObject({ column: '抽查方式', message: expect.stringContaining('飞行检查') });
    expect(errors.get(5)).toMatchObject({ column: '法律依据', message: expect.stringContaining('不存在的条例') });
    expect(await counts()).toEqual(before);

    expect(await run(admin, 'inspection-items', sheet([INSPECTION_HEADER, inspectionRow('IMP-SJ-001'), inspectionRow('IMP-SJ-002', { '抽查比例*': '0.05%' })]))).toMatchObject({
      status: 'succeeded',
      imported: 2,
    });
    expect(await inspectionByCode(admin, 'IMP-SJ-001')).toMatchObject({ ratioBp: 250 });
    expect(await inspectionByCode(admin, 'IMP-SJ-002')).toMatchObject({ ratioBp: 5 });

    const exported = readCsv((await head.get('/api/v1/exports/inspection-items.csv')).rawPayload);
    expect(exported[0]).toEqual(INSPECTION_HEADER.map((h) => h.replace('*', '')));
    const ours = exported.find((r) => r[1] === 'IMP-SJ-001');
    expect(ours?.[6]).toBe('2.5%');
    const rows = exported.map((r) => (r[1] === 'IMP-SJ-001' ? r.map((v, i) => (i === 6 ? '3%' : v)) : r));
    const csv = writeCsv(rows);
    expect(await run(head, 'inspection-items', csv, 'text/csv')).toMatchObject({ status: 'succeeded', imported: rows.length - 1 });
    expect(await inspectionByCode(head, 'IMP-SJ-001')).toMatchObject({ ratioBp: 300 });
    expect(await inspectionByCode(head, 'IMP-SJ-002')).toMatchObject({ ratioBp: 5 });
    const dup = await run(head, 'inspection-items', sheet([INSPECTION_HEADER, inspectionRow('IMP-SJ-009'), inspectionRow('IMP-SJ-009')]));
    expect(dup.errors).toEqual([{ row: 3, column: '事项编码', message: '与第2行重复' }]);
  });

  it('law texts: a .zip whose manifest has three bad rows is refused naming each, and nothing is stored', async () => {
    const before = await counts();
    const bad = await run(
      admin,
      'laws',
      bundle(
        [
          LAW_HEADER,
          ['测试甲条例(2026-01-01).md', '地方性法规', '2026-01-01', '2026-03-01', '测试机关'],
          ['不在包里(2026-01-01).md', '地方性法规', '2026-01-01', '2026-03-01', ''],
          ['没有条文(2026-01-01).md', '地方性法规', '2026-01-01', '2026-03-01', ''],
          ['测试乙条例(2026-01-01).md', '地方性法规', '2026-05-01', '2026-03-01', ''],
        ],
        {
          '测试甲条例(2026-01-01).md': lawText('测试甲条例'),
          '没有条文(2026-01-01).md': '# 测试丙条例\n\n这里没有条文。\n',
          '测试乙条例(2026-01-01).md': lawText('测试乙条例'),
        },
      ),
      ZIP,
    );
    expect(bad).toMatchObject({ status: 'failed', code: 'IMPORT_INVALID' });
    const errors = byRow(bad.errors);
    expect([...errors.keys()].sort()).toEqual([3, 4, 5]);
    expect(errors.get(3)).toMatchObject({ column: '文件名', message: expect.stringContaining('压缩包中没有文件') });
    expect(errors.get(4)).toMatchObject({ column: '文件名', message: expect.stringContaining('没有找到任何条文') });
    expect(errors.get(5)).toMatchObject({ column: '施行日期', message: expect.stringContaining('不能早于通过日期') });
    expect(await counts()).toEqual(before);
    const asSheet = await upload(admin, 'laws', sheet([LAW_HEADER]));
    expect(asSheet.json()).toMatchObject({ code: 'IMPORT_BUNDLE_REQUIRED', message: expect.stringContaining('.zip') });
  });

  it('law texts: imports a bundle (new law and its next version, a GBK-named entry), and an edited export as a new version', async () => {
    // Windows' own zip writes Chinese names in GBK without the UTF-8 flag: an ASCII name of the same length is
    // zipped and its bytes replaced by 法规.md in GBK, in the local header and the central directory.
    const placeholder = 'abcd.md';
    const zipped = bundle(
      [
        LAW_HEADER,
        ['测试甲条例(2026-01-01).md', '地方性法规', '2026-01-01', '2026-03-01', '测试机关'],
        ['法规.md', '地方性法规', '2026-06-01', '2026-07-01', ''],
      ],
      { '测试甲条例(2026-01-01).md': lawText('测试甲条例'), [placeholder]: lawText('测试甲条例', '经营者应当明码标价，不得虚假宣传。') },
    );
    const gbkName = Buffer.concat([Buffer.from([0xb7, 0xa8, 0xb9, 0xe6]), Buffer.from('.md')]).toString('latin1');
    const latin1 = zipped.toString('latin1');
    expect(latin1.split(placeholder)).toHaveLength(3);
    const good = await run(admin, 'laws', Buffer.from(latin1.replaceAll(placeholder, gbkName), 'latin1'), ZIP);
    expect(good, JSON.stringify(good.errors)).toMatchObject({ status: 'succeeded', imported: 2 });
    const found = (await admin.get('/api/v1/laws?q=测试甲条例')).json().items[0];
    expect(found).toMatchObject({ title: '测试甲条例', kind: 'local-regulation', issuer: '测试机关', versionCount: 2 });

    const exported = unzipSync((await admin.get('/api/v1/exports/laws.zip')).rawPayload);
    const manifest = readCsv(exported['清单.csv']);
    expect(manifest[0]).toEqual(LAW_HEADER.map((h) => h.replace('*', '')));
    expect(manifest).toContainEqual(['行政处罚法(2021-01-22).md', '法律', '2021-01-22', '2021-07-15', '全国人民代表大会']);
    expect(strFromU8(exported['行政处罚法(2021-01-22).md'])).toContain('第六十一条');
    // As it is, every version is already in the library.
    const again = await run(admin, 'laws', Buffer.from(zipSync(exported)), ZIP);
    expect(again.errors).toHaveLength(manifest.length - 1);
    expect(again.errors.every((e: RowError) => e.column === '通过日期' && /已在库中/.test(e.message))).toBe(true);
    // Edited: the newest text of 测试甲条例 changed and dated as a third version.
    const latest = manifest.find((r) => r[0] === '测试甲条例(2026-06-01).md')!;
    const text = strFromU8(exported[latest[0]]).replace('不得虚假宣传', '不得虚假或者引人误解的宣传');
    const edited = bundle([manifest[0], ['测试甲条例(2026-09-01).md', latest[1], '2026-09-01', '2026-10-01', latest[4]]], { '测试甲条例(2026-09-01).md': text });
    expect(await run(admin, 'laws', edited, ZIP)).toMatchObject({ status: 'succeeded', imported: 1 });
    expect((await admin.get('/api/v1/laws?q=测试甲条例')).json().items[0]).toMatchObject({ versionCount: 3 });
  });

  it('a downloaded template imports as it is: the example row is a valid record, the notes below it are skipped', async () => {
    const template = readXlsx((await admin.get('/api/v1/imports/enforcement-items/template.xlsx')).rawPayload);
    expect(template.some((r) => r[0]?.startsWith('说明（导入前请删除本行）：处罚种类及幅度'))).toBe(true);
    const job = await run(admin, 'enforcement-items', sheet(template));
    expect(job, JSON.stringify(job.errors)).toMatchObject({ status: 'succeeded', imported: 1 });
    expect((await itemByCode(admin, 'CF-SP-099')).penalties.find((p: { kind: string }) => p.kind === 'fine')).toMatchObject({ minFen: 500_000, maxFen: 5_000_000 });
  });

  it('law texts: the template bundle imports as it is', async () => {
    const template = await admin.get('/api/v1/imports/laws/template.zip');
    expect(template.statusCode).toBe(200);
    expect(Object.keys(unzipSync(template.rawPayload)).sort()).toEqual(['填写说明.txt', '清单.csv', '示例市场秩序管理条例(2026-01-01).md'].sort());
    expect(await run(admin, 'laws', template.rawPayload, ZIP)).toMatchObject({ status: 'succeeded', imported: 1 });
  });
});
