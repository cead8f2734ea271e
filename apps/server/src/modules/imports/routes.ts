import { importJob, importJobParams, importTypeParams, templateParams } from '@sanxiang/contracts';
import { checkAccess, forbidden, invalid, notFound } from '@sanxiang/domain';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.ts';
import { auditEntryOf } from '../../http/request-context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { withAudit } from '../audit/with-audit.ts';
import { readCsv, writeCsv } from './csv.ts';
import type { ImportSpec } from './import-spec.ts';
import { jobOf, startJob } from './import-jobs.ts';
import { IMPORT_SPECS } from './registry.ts';
import { columnPositions, runImport } from './run-import.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

const tags = ['批量导入导出'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_FILE = 10 * 1024 * 1024;

/** The spec for the URL's type, if the actor's roles allow its action at all. */
const specFor = (req: FastifyRequest, type: string): ImportSpec => {
  const spec = IMPORT_SPECS[type];
  if (!spec) throw notFound('IMPORT_TYPE_UNKNOWN', `不支持导入或导出“${type}”`);
  if (checkAccess(req.actor!, spec.action) === 'deny') throw forbidden('FORBIDDEN', '您的角色无权执行此操作');
  return spec;
};

const filename = (label: string, suffix: string, ext: string) => `filename*=UTF-8''${encodeURIComponent(`${label}${suffix}.${ext}`)}`;

export const importRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const ctx = () => ({ now: deps.clock(), cipher: deps.cipher });
  app.addContentTypeParser([XLSX, 'text/csv', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_FILE }, (_req, body, done) => done(null, body));

  app.get(
    '/imports/:type/template.:format',
    { schema: { tags, summary: '下载导入模板（含表头、填写说明和一行示例）', params: templateParams }, config: { authenticated: true } },
    async (req, reply) => {
      const spec = specFor(req, req.params.type);
      const rows = [spec.columns.map((c) => (c.required ? `${c.header}*` : c.header)), spec.columns.map((c) => c.example)];
      const notes = spec.columns.filter((c) => c.hint).map((c) => `${c.header}：${c.hint}`);
      reply.header('content-disposition', `attachment; ${filename(spec.label, '导入模板', req.params.format)}`);
      if (req.params.format === 'csv') return reply.type('text/csv; charset=utf-8').send(writeCsv(rows));
      // The xlsx template carries the notes below the example, where they are easy to delete before importing.
      return reply.type(XLSX).send(Buffer.from(writeXlsx(spec.label, notes.length ? [...rows, [], ...notes.map((n) => [`说明（导入前请删除本行）：${n}`])] : rows)));
    },
  );

  app.post(
    '/imports/:type',
    {
      schema: { tags, summary: '上传 .xlsx 或 .csv 文件导入（整表校验，全部成功才写入）', params: importTypeParams, response: { 202: importJob } },
      config: { authenticated: true },
    },
    async (req, reply) => {
      const spec = specFor(req, req.params.type);
      const data = req.body as Buffer | undefined;
      if (!Buffer.isBuffer(data) || data.length === 0) throw invalid('IMPORT_FILE_MISSING', '请上传 .xlsx 或 .csv 文件（请求体为文件内容）');
      const isZip = data[0] === 0x50 && data[1] === 0x4b;
      const table = isZip ? readXlsx(data) : readCsv(data);
      // A wrong file is answered at once; row checks run in the job the console shows a progress bar for.
      if (table.length < 2) throw invalid('IMPORT_EMPTY', '文件中没有数据行（第1行为表头）');
      columnPositions(spec, table[0]);
      const actor = req.actor!;
      const { job, done } = startJob(spec.type, actor.accountId, (progress) => runImport(deps.database.db, spec, actor, table, ctx(), progress), deps.clock);
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
    { schema: { tags, summary: '按导入模板的格式导出（可修改后再导入）', params: templateParams }, config: { authenticated: true } },
    async (req, reply) => {
      const spec = specFor(req, req.params.type);
      const rows = await withAudit(app, req, { action: `export.${spec.type}`, objectType: spec.type }, (tx) => spec.exportRows(tx, req.actor!, ctx()));
      const table = [spec.columns.map((c) => c.header), ...rows];
      reply.header('content-disposition', `attachment; ${filename(spec.label, '导出', req.params.format)}`);
      if (req.params.format === 'csv') return reply.type('text/csv; charset=utf-8').send(writeCsv(table));
      return reply.type(XLSX).send(Buffer.from(writeXlsx(spec.label, table)));
    },
  );
};
