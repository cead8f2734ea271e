import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { type AgencyDeadlines, deadlineKeys, fetchAgencyDeadlines } from './api.ts';
import { DeadlineCounts } from './DeadlineCounts.tsx';
import { DeadlineTable } from './DeadlineTable.tsx';

type Group = AgencyDeadlines['groups'][number];

/** 本机关期限: for the agency head (whole agency) and the unit head (their unit), by unit and lead officer. */
export const AgencyDeadlinesPage = () => {
  const view = useQuery({ queryKey: deadlineKeys.agency, queryFn: fetchAgencyDeadlines });
  const d = view.data;
  return (
    <>
      <PageHeader
        title="本机关期限"
        description={d ? (d.scope === 'unit' ? `${d.agencyName} ${d.unitName ?? ''}：本机构案件的法定期限，按主办人统计。` : `${d.agencyName}：全机关案件的法定期限，按内设机构和主办人统计。`) : '按内设机构和主办人统计的法定期限。'}
      />
      {view.isError && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      <DeadlineCounts counts={d?.counts} soonUntil={d?.soonUntil} />
      <Card title="按内设机构和主办人" style={{ marginBottom: 16 }}>
        <Table<Group>
          rowKey={(g) => `${g.unitId}:${g.officerAccountId}`}
          size="small"
          loading={view.isFetching}
          dataSource={d?.groups ?? []}
          pagination={false}
          locale={{ emptyText: '没有进行中的期限' }}
          columns={[
            { title: '内设机构', dataIndex: 'unitName', render: (n: string | null) => n ?? '—' },
            { title: '主办人', dataIndex: 'officerName', render: (n: string | null) => n ?? '未指定' },
            { title: '已逾期', dataIndex: 'overdue', width: 100, render: (n: number) => <Typography.Text type={n ? 'danger' : undefined} strong={n > 0}>{n}</Typography.Text> },
            { title: '临期', dataIndex: 'dueSoon', width: 100, render: (n: number) => <Typography.Text type={n ? 'warning' : undefined}>{n}</Typography.Text> },
            { title: '进行中', dataIndex: 'upcoming', width: 100 },
          ]}
        />
      </Card>
      <Card title="已逾期和临期的期限">
        <DeadlineTable items={d?.attention ?? []} loading={view.isFetching} showLead emptyText="没有逾期或临期的期限" />
      </Card>
    </>
  );
};
