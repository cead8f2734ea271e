import { api, download } from '../../app/api/client.ts';
import type { AuditFilter, AuditPage } from '../../app/api/types.ts';

export type AuditQuery = AuditFilter & { page: number; pageSize: number };

export const auditKeys = { list: (query: AuditQuery) => ['audit', 'list', query] as const };

export const fetchAudit = (query: AuditQuery) => api.get<AuditPage>('/audit', query);
export const exportAuditCsv = (filter: AuditFilter) => download('/audit/export.csv', filter, 'audit.csv');
