import { csvCell, invalid } from '@sanxiang/domain';

/** RFC 4180 CSV, UTF-8 with or without BOM (GBK files from old spreadsheets are refused with advice). */
export const readCsv = (data: Uint8Array): string[][] => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw invalid('IMPORT_FILE_ENCODING', 'CSV 文件不是 UTF-8 编码：请在表格软件中“另存为 CSV UTF-8”，或改用 .xlsx 模板');
  }
  text = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw invalid('IMPORT_FILE_UNREADABLE', 'CSV 文件中有未闭合的引号');
  if (cell !== '' || row.length) {
    row.push(cell.trim());
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].every((v) => !v)) rows.pop();
  return rows;
};

/** CSV for spreadsheets: BOM so Chinese reads right, every cell formula-safe. */
export const writeCsv = (rows: string[][]): string => `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
