import { importJob, importJobParams, importTypeParams, importTypesResponse, templateParams } from '@sanxiang/contracts';
import { checkAccess, forbidden, invalid, notFound } from '@sanxiang/domain';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.ts';
import { auditEntryOf } from '../../http/request-context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { withAudit } from '../audit/with-audit.ts';
import { type BundleFiles, isZip, readBundle, writeBundle, zipHas } from './bundle.ts';
import { readCsv, writeCsv } from './csv.ts';
import type { ImportSpec } from './import-spec.ts';
import { jobOf, startJob } from './import-jobs.ts';
import { IMPORT_SPECS } from './registry.ts';
import { columnPositions, runImport } from './run-import.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

const tags = ['批量导入导出'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP = 'application/zip';
const MAX_FILE = 10 * 1024 * 1024;
/** Law texts compress well, but a bundle of several long laws is still larger than a sheet. */
const MAX_BUNDLE = 50 * 1024 * 1024;
export const TEMPLATE_NOTE = '说明（导入前请删除本行）：';

/** The spec for the URL's type, if the actor's roles allow its action at all. */
const specFor = (req: FastifyRequest, type: string): ImportSpec => {
  const spec = IMPORT_SPECS[type];
  if (!spec) throw notFound('IMPORT_TYPE_UNKNOWN', `不支持导入或导出“${type}”`);
  if (checkAccess(req.actor!, spec.action) === 'deny') throw forbidden('FORBIDDEN', '您的角色无权执行此操作');
  return spec;
};

const formatsOf = (spec: ImportSpec) => (spec.bundle ? (['zip', 'xlsx', 'csv'] as const) : (['xlsx', 'csv'] as const));
const requireFormat = (spec: ImportSpec, format: 'xlsx' | 'csv' | 'zip') => {
  if (!(formatsOf(spec) as readonly string[]).includes(format)) throw notFound('IMPORT_FORMAT_UNSUPPORTED', `“${spec.label}”不提供 .${format} 格式`);
};

const filename = (label: string, suffix: string, ext: string) => `filename*=UTF-8''${encodeURIComponent(`${label}${suffix}.${ext}`)}`;
const manifestName = (spec: ImportSpec) => spec.bundle!.manifestNames[0];

/** The uploaded file as the table of the spec's rows (and, for a bundle, the files beside the manifest). */
const readUpload = (spec: ImportSpec, data: Buffer): { table: string[][]; files?: BundleFiles } => {
  if (isZip(data)) {
    if (zipHas(data, 'xl/workbook.xml')) {
      if (spec.bundle) throw invalid('IMPORT_BUNDLE_REQUIRED', `${spec.label}请打包为 .zip 上传：内含清单“${manifestName(spec)}”和清单所列的文本文件（${spec.bundle.extensions.join('、')}）`);
      return { table: readXlsx(data) };
    }
    if (!spec.bundle) throw invalid('IMPORT_FILE_UNREADABLE', '无法读取该文件：请上传 .xlsx 工作簿或 .csv 文件');
    return readBundle(data, spec.bundle);
  }
  if (spec.bundle) throw invalid('IMPORT_BUNDLE_REQUIRED', `${spec.label}请打包为 .zip 上传：内含清单“${manifestName(spec)}”和清单所列的文本文件（${spec.bundle.extensions.join('、')}）`);
  return { table: readCsv(data) };
};

export const importRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const ctx = () => ({ now: deps.clock(), cipher: deps.cipher });
  app.addContentTypeParser([XLSX, 'text/csv', 'application/octet-stream', ZIP, 'application/x-zip-compressed'], { parseAs: 'buffer', bodyLimit: MAX_BUNDLE }, (_req, body, done) => done(null, body));

  app.get(
    '/imports/types',
    { schema: { tags, summary: '当前账户可导入导出的类型、模板列与填写说明', response: { 200: importTypesResponse } }, config: { authenticated: true } },
    async (req) => ({
      items: Object.values(IMPORT_SPECS)
        .filter((spec) => checkAccess(req.actor!, spec.action) !== 'deny')
        .map((spec) => ({
          type: spec.type,
          label: spec.label,
          upload: spec.bundle ? ('bundle' as const) : ('sheet' as const),
          formats: [...formatsOf(spec)],
          columns: spec.columns.map((c) => ({ header: c.header, required: Boolean(c.required), example: c.example, ...(c.hint ? { hint: c.hint } : {}) })),
          notes: spec.notes ?? [],
        })),
    }),
  );

  app.get(
    '/imports/:type/template.:format',
    { schema: { tags, summary: '下载导入模板（含表头、填写说明和一行示例；法律法规文本为含示例文件的 .zip）', params: templateParams }, config: { authenticated: true } },
    async (req, reply) => {
      const spec = specFor(req, req.params.type);
      const format = req.params.format;
      requireFormat(spec, format);
      const rows = [spec.columns.map((c) => (c.required ? `${c.header}*` : c.header)), spec.columns.map((c) => c.example)];
      const notes = [...(spec.notes ?? []), ...spec.columns.filter((c) => c.hint).map((c) => `${c.header}：${c.hint}`)];
      reply.header('content-disposition', `attachment; ${filename(spec.label, '导入模板', format)}`);
      if (format === 'zip') return reply.type(ZIP).send(Buffer.from(writeBundle(manifestName(spec), rows, spec.bundle!.templateFiles)));
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(writeCsv(rows));
      // The xlsx template carries the notes below the example; the import skips them if they are left there.
      return reply.type(XLSX).send(Buffer.from(writeXlsx(spec.label, notes.length ? [...rows, [], ...notes.map((n) => [`${TEMPLATE_NOTE}${n}`])] : rows)));
    },
  );

  app.post(
    '/imports/:type',
    {
      schema: {
        tags,
        summary: '上传 .xlsx 或 .csv 文件导入（法律法规文本：.zip，内含清单和文本文件）；整表校验，全部成功才写入',
        params: importTypeParams,
        response: { 202: importJob },
      },
      config: { authenticated: true },
    },
    async (req, reply) => {
      const spec = specFor(req, req.params.type);
      const data = req.body as Buffer | undefined;
      if (!Buffer.isBuffer(data) || data.length === 0) throw invalid('IMPORT_FILE_MISSING', '请上传 .xlsx 或 .csv 文件（请求体为文件内容）');
      if (!spec.bundle && data.length > MAX_FILE) throw invalid('IMPORT_FILE_TOO_LARGE', `文件超过 ${MAX_FILE / 1024 / 1024} MB，请分批导入`);
      const { table: rawTable, files } = readUpload(spec, data);
      // The template's notes are blanked where they stand, so every other row keeps its spreadsheet row number.
      const table = rawTable.map((row, i) => (i > 0 && (row[0] ?? '').startsWith(TEMPLATE_NOTE) ? [] : row));
      // A wrong file is answered at once; row checks run in the job the console shows a progress bar for.
      if (!table.slice(1).some((row) => row.some(Boolean))) throw invalid('IMPORT_EMPTY', '文件中没有数据行（第1行为表头）');
      columnPositions(spec, table[0]);
      const actor = req.actor!;
      // Read before the transaction: on PGlite a query outside it would wait for it.
      const calendar = await deps.calendar.current();
      const { job, done } = startJob(spec.type, actor.accountId, (progress) => runImport(deps.database.db, spec, actor, table, { ...ctx(), calendar, files }, progress), deps.clock);
      // The outcome is audited when it is known, whatever the client does meanwhile.
      void done.then(() =>
        recordAudit(
          deps.database.db,
          auditEntryOf(app, req, { action: `import.${spec.type}`, objectType: 'import', objectId: job.id, result: job.status === 'succeeded' ? 'success' : 'failure', detail: { imported: job.imported, errors: job.errors.length, code: job.code ?? null } }),
        ).catch((e) => req.log.error({ err: e }, 'import audit failed')),
      );
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/imports/jobs/:id',
    { schema: { tags, summary: '导入进度与结果', params: importJobParams, response: { 200: importJob } }, config: { authenticated: true } },
    async (req) => {
      const job = jobOf(req.params.id, req.actor!.accountId);
      if (!job) throw notFound('IMPORT_JOB_NOT_FOUND', '没有这个导入任务');
      return job;
    },
  );

  app.get(
    '/exports/:type.:format',
    { schema: { tags, summary: '按导入模板的格式导出（可修改后再导入；法律法规文本的 .zip 含全文）', params: templateParams }, config: { authenticated: true } },
    async (req, reply) => {
      const spec = specFor(req, req.params.type);
      const format = req.params.format;
      requireFormat(spec, format);
      const header = spec.columns.map((c) => c.header);
      reply.header('content-disposition', `attachment; ${filename(spec.label, '导出', format)}`);
      if (format === 'zip') {
        const { rows, files } = await withAudit(app, req, { action: `export.${spec.type}`, objectType: spec.type, detail: { format } }, (tx) => spec.bundle!.exportFiles(tx, req.actor!, ctx()));
        return reply.type(ZIP).send(Buffer.from(writeBundle(manifestName(spec), [header, ...rows], files)));
      }
      const rows = await withAudit(app, req, { action: `export.${spec.type}`, objectType: spec.type }, (tx) => spec.exportRows(tx, req.actor!, ctx()));
      const table = [header, ...rows];
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(writeCsv(table));
      return reply.type(XLSX).send(Buffer.from(writeXlsx(spec.label, table)));
    },
  );
};
