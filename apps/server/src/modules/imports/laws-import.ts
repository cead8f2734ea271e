import { importLawBody, LAW_KIND_LABELS, type LawKind } from '@sanxiang/contracts';
import { DomainError, invalid, isDomainError } from '@sanxiang/domain';
import { importLawText, type ImportLawInput } from '../laws/import-law-text.ts';
import { lawVersionTexts } from '../laws/law-export.ts';
import { labelCell } from './cells.ts';
import { type ImportSpec, plainDateCell } from './import-spec.ts';

const EXTENSIONS = ['.md', '.txt'];
const MANIFEST = '清单.csv';
const kindCell = labelCell(LAW_KIND_LABELS, '类别', { 规章: 'rule', 地方法规: 'local-regulation' });
const utf8 = new TextDecoder('utf-8', { fatal: true });

const EXAMPLE_FILE = '示例市场秩序管理条例(2026-01-01).md';
const EXAMPLE_TEXT = `# 示例市场秩序管理条例

2026年1月1日某省第十四届人民代表大会常务委员会第二十次会议通过

第一章 总则

第一条 为了示范法律法规文本的导入格式，制定本条例。

第二条 经营者应当遵守下列规定：

（一）明码标价；

（二）不得虚假宣传。

违反前款规定的，由市场监督管理部门依法处理。

第二章 附则

第三条 本条例自2026年3月1日起施行。
`;

const GUIDE = `法律法规文本导入说明

1. 每部法律法规（或其一个版本）一个文本文件，.md 或 .txt，UTF-8 编码。
2. 首行为标题（如“# 中华人民共和国行政处罚法”），条文以“第一条 ”开头（条号后有空格）；章、节标题各占一行，如“第一章 总则”。
3. “${MANIFEST}”每行一个文件：文件名、类别、通过日期、施行日期、发布机关（可空）。
4. 将清单和文本文件一起压缩为 .zip 上传。整包校验：有任何一行出错，全部不导入，并列出每个出错的行。
5. 标题与库中已有法律相同的，作为其新版本导入（通过日期不能与已有版本相同；施行日期须与通过日期同序）。
`;

/** The file name an export gives a version: the seed files' convention, 行政处罚法(2021-01-22).md. */
const fileNameOf = (title: string, adoptedOn: string, taken: Set<string>) => {
  const short = title.replace(/^中华人民共和国/u, '').replace(/[\\/:*?"<>|]/g, '_');
  const name = `${short}(${adoptedOn}).md`;
  return taken.has(name) ? `${title.replace(/[\\/:*?"<>|]/g, '_')}(${adoptedOn}).md` : name;
};

const exportFiles = async (db: Parameters<ImportSpec['exportRows']>[0]) => {
  const versions = await lawVersionTexts(db);
  const taken = new Set<string>();
  const rows: string[][] = [];
  const files: Record<string, string> = {};
  for (const v of versions) {
    const file = fileNameOf(v.title, v.adoptedOn, taken);
    taken.add(file);
    files[file] = v.text;
    rows.push([file, LAW_KIND_LABELS[v.kind], v.adoptedOn, v.effectiveOn, v.issuer ?? '']);
  }
  return { rows, files };
};

/**
 * 法律法规文本 in bulk. A law is a whole document (食品安全法 alone is some 30,000 characters, near a spreadsheet
 * cell's limit of 32,767), so it is not typed into a cell: the upload is a .zip holding the text files and a
 * manifest (清单.csv or .xlsx, one row per file) with the metadata the one-law import asks for. Every row goes
 * through that same import (new law, or new version of a law with the same title); all rows or none are stored.
 */
export const lawsImport: ImportSpec = {
  type: 'laws',
  label: '法律法规文本',
  action: 'law.import',
  notes: [
    `上传 .zip 压缩包：内含清单“${MANIFEST}”（或 .xlsx）和清单所列的文本文件（.md 或 .txt，UTF-8 编码），每个文件一部法律法规或其一个版本`,
    '标题与库中已有法律法规相同的，作为其新版本导入；有任何一行出错，全部不导入',
  ],
  columns: [
    { header: '文件名', key: 'file', required: true, example: EXAMPLE_FILE, hint: '压缩包中文本文件的名称（.md 或 .txt）' },
    { header: '类别', key: 'kind', required: true, example: LAW_KIND_LABELS['local-regulation'], hint: Object.values(LAW_KIND_LABELS).join('、'), parse: kindCell },
    { header: '通过日期', key: 'adoptedOn', required: true, example: '2026-01-01', hint: '通过、修订或修正之日', parse: plainDateCell },
    { header: '施行日期', key: 'effectiveOn', required: true, example: '2026-03-01', parse: plainDateCell },
    { header: '发布机关', key: 'issuer', example: '某省人民代表大会常务委员会', hint: '制定机关' },
  ],
  schema: importLawBody,
  duplicateKey: { column: 'file', of: (v) => (typeof v.file === 'string' ? v.file : undefined) },
  fieldColumns: { text: 'file' },
  errorColumns: {
    LAW_FILE_MISSING: 'file',
    LAW_FILE_TYPE: 'file',
    LAW_FILE_ENCODING: 'file',
    LAW_TEXT_INVALID: 'file',
    LAW_DATES_INVALID: 'effectiveOn',
    LAW_VERSION_ORDER: 'effectiveOn',
    LAW_VERSION_EXISTS: 'adoptedOn',
    LAW_KIND_MISMATCH: 'kind',
    LAW_ISSUER_MISMATCH: 'issuer',
  },
  bundle: {
    manifestNames: [MANIFEST, '清单.xlsx', 'manifest.csv', 'manifest.xlsx'],
    extensions: EXTENSIONS,
    templateFiles: { [EXAMPLE_FILE]: EXAMPLE_TEXT, '填写说明.txt': GUIDE },
    exportFiles,
  },
  prepare: async (_tx, _actor, v, ctx) => {
    const { file, ...rest } = v as { file?: string; kind?: LawKind; adoptedOn?: string; effectiveOn?: string; issuer?: string };
    if (!file) return rest;
    if (!EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) throw invalid('LAW_FILE_TYPE', `“${file}”不是 .md 或 .txt 文本文件`);
    const bytes = ctx.files?.get(file);
    if (!bytes) throw invalid('LAW_FILE_MISSING', `压缩包中没有文件“${file}”`);
    let text: string;
    try {
      text = utf8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw invalid('LAW_FILE_ENCODING', `“${file}”不是 UTF-8 编码：请用记事本等“另存为”UTF-8 后重新打包`);
    }
    return { ...rest, text };
  },
  commit: async (tx, actor, input, ctx) => {
    try {
      await importLawText(tx, input as ImportLawInput, { by: actor.accountId, now: ctx.now, calendar: ctx.calendar });
    } catch (e) {
      // The parser names a line of the text: say which file it is in.
      if (isDomainError(e) && e.code === 'LAW_TEXT_INVALID') throw new DomainError(e.code, e.category, `文本文件中的${e.message}`, e.details);
      throw e;
    }
  },
  exportRows: async (db) => (await exportFiles(db)).rows,
};
