import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { deadlineKeys, fetchSupervisionDeadlines, type SupervisionDeadlines } from './api.ts';
import { DeadlineCounts } from './DeadlineCounts.tsx';

type Row = SupervisionDeadlines['agencies'][number];

/** 期限监督: the 司法局's view of every agency of its jurisdiction, most overdue first. */
export const SupervisionDeadlinesPage = () => {
  const view = useQuery({ queryKey: deadlineKeys.supervision, queryFn: fetchSupervisionDeadlines });
  const d = view.data;
  return (
    <>
      <PageHeader title="期限监督" description="辖区各行政执法机关案件法定期限的逾期和临期情况（只读）。" />
      {view.isError && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      <DeadlineCounts counts={d?.counts} soonUntil={d?.soonUntil} overdueLabel="辖区已逾期" />
      <Card>
        <Table<Row>
          rowKey="agencyId"
          size="small"
          loading={view.isFetching}
          dataSource={d?.agencies ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            { title: '执法机关', dataIndex: 'agencyName' },
            { title: '已逾期', dataIndex: 'overdue', width: 90, render: (n: number) => <Typography.Text type={n ? 'danger' : undefined} strong={n > 0}>{n}</Typography.Text> },
            { title: '涉及案件', dataIndex: 'overdueCases', width: 90 },
            { title: '最早逾期', dataIndex: 'oldestOverdueOn', width: 110, render: (d: string | null) => d ?? '—' },
            { title: '临期', dataIndex: 'dueSoon', width: 80, render: (n: number) => <Typography.Text type={n ? 'warning' : undefined}>{n}</Typography.Text> },
            { title: '进行中', dataIndex: 'upcoming', width: 80 },
          ]}
        />
      </Card>
    </>
  );
};
