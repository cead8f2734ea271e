import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { useSearchParams } from 'react-router';
import { messageOf } from '../../app/api/client.ts';
import type { AuditFilter } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { auditKeys, exportAuditCsv, fetchAudit } from './api.ts';
import { paramsOf, queryOf } from './audit-query.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';

export const AuditPage = () => {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const { page, pageSize, ...filter } = query;
  const audit = useQuery({ queryKey: auditKeys.list(query), queryFn: () => fetchAudit(query), placeholderData: keepPreviousData });
  const search = (next: AuditFilter) => {
    const nextParams = paramsOf({ ...next, pageSize: pageSize === 20 ? undefined : pageSize });
    // Asking again for the same filter means "refresh".
    if (nextParams.toString() === paramsOf({ ...filter, pageSize: pageSize === 20 ? undefined : pageSize }).toString() && page === 1) {
      void audit.refetch();
    }
    setParams(nextParams);
  };
  const exportCsv = useMutation({
    mutationFn: exportAuditCsv,
    onSuccess: () => message.success('审计日志已导出'),
    onError: (error) => message.error(messageOf(error)),
  });

  return (
    <>
      <PageHeader title="审计日志" description="系统记录的登录、授权、配置与数据访问操作。查询和导出本身也会记入审计日志。" />
      <Card style={{ marginBottom: 16 }}>
        <AuditFilterForm
          key={JSON.stringify(filter)}
          filter={filter}
          exporting={exportCsv.isPending}
          onSearch={search}
          onExport={(current) => {
            search(current);
            exportCsv.mutate(current);
          }}
        />
      </Card>
      <Card>
        {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
        <AuditTable
          page={audit.data}
          loading={audit.isFetching}
          onPageChange={(nextPage, nextSize) => setParams(paramsOf({ ...filter, page: nextPage, pageSize: nextSize }))}
        />
      </Card>
    </>
  );
};
