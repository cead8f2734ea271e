import { Readable } from 'node:stream';
import { auditFilter, auditQuery, auditResponse } from '@sanxiang/contracts';
import type { AppInstance } from '../../app.ts';
import { withAudit } from './with-audit.ts';
import { auditCsv } from './export-audit-csv.ts';
import { searchAudit } from './search-audit.ts';

const tags = ['审计'];

export const auditRoutes = async (app: AppInstance) => {
  app.get(
    '/audit',
    { schema: { tags, summary: '查询审计日志（审计管理员）', querystring: auditQuery, response: { 200: auditResponse } }, config: { action: 'audit.read' } },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return withAudit(app, req, { action: 'audit.read', objectType: 'audit_log', detail: filter }, (tx) => searchAudit(tx, filter, page, pageSize));
    },
  );

  app.get(
    '/audit/export.csv',
    { schema: { tags, summary: '导出审计日志 CSV（审计管理员）', querystring: auditFilter }, config: { action: 'audit.export' } },
    async (req, reply) => {
      await withAudit(app, req, { action: 'audit.export', objectType: 'audit_log', detail: req.query }, async () => undefined);
      const stamp = app.deps.clock().toISOString().slice(0, 10);
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="audit-${stamp}.csv"`);
      return reply.send(Readable.from(auditCsv(app.deps.database.db, req.query)));
    },
  );
};
