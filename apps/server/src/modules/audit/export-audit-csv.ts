import { csvCell } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { type AuditFilter, auditRowsForExport } from './search-audit.ts';

const HEADER = ['编号', '时间', '请求编号', '用户', '机关', '角色', '操作', '对象类型', '对象编号', '结果', '来源地址', '客户端'];

/** CSV for the audit admin: UTF-8 with BOM so spreadsheets read the Chinese; every cell formula-safe. */
export async function* auditCsv(db: Db, filter: AuditFilter): AsyncGenerator<string> {
  yield `\uFEFF${HEADER.map(csvCell).join(',')}\r\n`;
  for await (const rows of auditRowsForExport(db, filter)) {
    yield rows
      .map((r) =>
        [r.id, r.at.toISOString(), r.requestId, r.username, r.agencyName, r.roles, r.action, r.objectType, r.objectId, r.result, r.ip, r.userAgent]
          .map(csvCell)
          .join(','),
      )
      .join('\r\n')
      .concat('\r\n');
  }
}
