import { invalid } from '@sanxiang/domain';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * The smallest .xlsx reader and writer the registries need: one sheet of text cells. Reading refuses zip
 * bombs (a cap on every entry's uncompressed size) and never resolves XML entities.
 */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: false, parseTagValue: false, trimValues: false });

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const textOf = (node: unknown): string => {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  const n = node as Record<string, unknown>;
  if ('#text' in n) return String(n['#text']);
  // Rich text runs: <r><t>..</t></r>
  if ('r' in n) return asArray(n.r as unknown[]).map((r) => textOf((r as Record<string, unknown>).t)).join('');
  if ('t' in n) return textOf(n.t);
  return '';
};

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

const columnIndex = (ref: string) => {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/** The first worksheet as rows of trimmed text; empty trailing rows dropped. */
export const readXlsx = (data: Uint8Array): string[][] => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => {
        if (f.originalSize > MAX_ENTRY_BYTES) throw new Error('entry too large');
        return f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels');
      },
    });
  } catch {
    throw invalid('IMPORT_FILE_UNREADABLE', '无法读取该 .xlsx 文件：文件损坏、过大或不是 Excel 工作簿');
  }
  const read = (name: string) => (files[name] ? xml.parse(strFromU8(files[name])) : undefined);
  const workbook = read('xl/workbook.xml');
  const rels = read('xl/_rels/workbook.xml.rels');
  const firstSheet = asArray(workbook?.workbook?.sheets?.sheet)[0] as Record<string, string> | undefined;
  if (!firstSheet) throw invalid('IMPORT_FILE_UNREADABLE', '工作簿中没有工作表');
  const rel = asArray(rels?.Relationships?.Relationship as Array<Record<string, string>>).find((r) => r['@Id'] === firstSheet['@r:id']);
  const target = rel ? `xl/${rel['@Target'].replace(/^\/?xl\//, '')}` : 'xl/worksheets/sheet1.xml';
  const sheet = read(target);
  if (!sheet) throw invalid('IMPORT_FILE_UNREADABLE', '找不到第一个工作表的内容');
  const shared = asArray(read('xl/sharedStrings.xml')?.sst?.si).map((si) => unescapeXml(textOf(si)));
  const percentStyles = percentStylesOf(read('xl/styles.xml'));

  const rows: string[][] = [];
  for (const row of asArray(sheet.worksheet?.sheetData?.row as Array<Record<string, unknown>>)) {
    const r = Number(row['@r']) - 1;
    const cells: string[] = [];
    for (const c of asArray(row.c as Array<Record<string, unknown>>)) {
      const type = c['@t'] as string | undefined;
      const raw = type === 's' ? shared[Number(textOf(c.v))] ?? '' : type === 'inlineStr' ? unescapeXml(textOf(c.is)) : unescapeXml(textOf(c.v));
      // A number shown as a percentage is stored as a fraction (5% as 0.05): read it as people see it.
      const value = !type || type === 'n' ? (percentStyles.has(Number(c['@s'])) ? asPercent(raw) : raw) : raw;
      cells[columnIndex(String(c['@r']))] = value.trim();
    }
    rows[r] = Array.from(cells, (v) => v ?? '');
  }
  const dense = Array.from(rows, (r) => r ?? []);
  while (dense.length && dense[dense.length - 1].every((v) => !v)) dense.pop();
  return dense;
};

/** The cell styles (indexes into cellXfs) whose number format shows a percentage. */
const percentStylesOf = (styles: Record<string, Record<string, Record<string, unknown>>> | undefined) => {
  const custom = new Map(asArray(styles?.styleSheet?.numFmts?.numFmt as Array<Record<string, string>>).map((f) => [Number(f['@numFmtId']), String(f['@formatCode'] ?? '')]));
  const percent = new Set<number>();
  asArray(styles?.styleSheet?.cellXfs?.xf as Array<Record<string, string>>).forEach((xf, i) => {
    const id = Number(xf['@numFmtId'] ?? 0);
    if (id === 9 || id === 10 || /%/.test((custom.get(id) ?? '').replace(/"[^"]*"|\\./g, ''))) percent.add(i);
  });
  return percent;
};

/** '0.025' → '2.5%' by moving the decimal point in the text, so no float rounding enters. */
const asPercent = (value: string) => {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value.trim());
  if (!m || (!m[2] && !m[3])) return value;
  const [, sign, whole = '', fraction = '', exp = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exp) + 2;
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const dec = padded.slice(at).replace(/0+$/, '');
  return `${sign}${int}${dec ? `.${dec}` : ''}%`;
};

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const columnName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** One sheet of text cells (inline strings), the header row bold, as an .xlsx file. */
export const writeXlsx = (sheetName: string, rows: string[][]): Uint8Array => {
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((v, c) => `<c r="${columnName(c)}${r + 1}" t="inlineStr"${r === 0 ? ' s="1"' : ''}><is><t xml:space="preserve">${esc(v ?? '')}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  const widths = (rows[0] ?? []).map((_, c) => `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, Math.max(10, ...rows.map((r) => (r[c] ?? '').length * 2 + 2)))}" customWidth="1"/>`).join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
};
