import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

describe('xlsx and csv', () => {
  const rows = [
    ['姓名', '执法证号', '备注'],
    ['张伟', '37012100001', 'a < b & "c"'],
    ['王芳', '', '=1+1'],
  ];

  it('round-trips a sheet of Chinese text through .xlsx', () => {
    expect(readXlsx(writeXlsx('执法人员', rows))).toEqual(rows);
  });

  it('reads shared strings, rich text runs and sparse cells as spreadsheets write them', () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
      <row r="3"><c r="B3"><v>42</v></c></row></sheetData></worksheet>`;
    const file = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>名称</t></si><si><r><t>统一</t></r><r><t>代码</t></r></si></sst>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect(readXlsx(file)).toEqual([['名称', '', '统一代码'], [], ['', '42']]);
  });

  it('refuses files that are not workbooks', () => {
    expect(() => readXlsx(strToU8('not a zip'))).toThrow(/无法读取/);
  });

  it('reads CSV with quotes, commas, CRLF and a BOM, and writes formula-safe cells', () => {
    const text = writeCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"a < b & ""c"""`);
    expect(text).toContain("'=1+1");
    expect(readCsv(strToU8('\uFEFF名称,代码\r\n"甲,乙","x""y"\r\n'))).toEqual([['名称', '代码'], ['甲,乙', 'x"y']]);
    expect(() => readCsv(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toThrow(/UTF-8/);
  });
});
