import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { type DeadlineItem, disclosureKeys, fetchSupervision, type Supervision } from './api.ts';

type AgencyRow = Supervision['agencies'][number];

/** 公示监督 (司法局): per agency of the jurisdiction, overdue publications and withdrawals, and the overdue list. */
export const SupervisionPage = () => {
  const data = useQuery({ queryKey: disclosureKeys.supervision, queryFn: fetchSupervision });
  const bad = (n: number) => (n > 0 ? <Typography.Text type="danger" strong>{n}</Typography.Text> : n);
  return (
    <>
      <PageHeader title="公示监督" description={`本辖区执法决定的公开与撤回期限（截至 ${data.data?.today ?? '今天'}）。逾期未公开、逾期未撤回的决定列在下方。`} />
      {data.isError && <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />}
      <Card title="各执法主体" style={{ marginBottom: 16 }}>
        <Table<AgencyRow>
          rowKey="agencyId"
          size="middle"
          loading={data.isFetching}
          pagination={false}
          dataSource={data.data?.agencies ?? []}
          columns={[
            { title: '执法主体', dataIndex: 'agencyName' },
            { title: '逾期未公开', dataIndex: 'overduePublication', width: 120, render: bad },
            { title: '逾期未撤回', dataIndex: 'overdueWithdrawal', width: 120, render: bad },
            { title: '3个工作日内到期', dataIndex: 'dueSoon', width: 150 },
            { title: '公示中', dataIndex: 'published', width: 100 },
          ]}
        />
      </Card>
      <Card title="逾期事项">
        <Table<DeadlineItem>
          rowKey={(r) => `${r.id}-${r.duty}`}
          size="middle"
          loading={data.isFetching}
          pagination={false}
          dataSource={data.data?.items ?? []}
          locale={{ emptyText: '没有逾期事项' }}
          columns={[
            { title: '执法主体', dataIndex: 'agencyName', width: 200 },
            { title: '决定书文号', dataIndex: 'documentNumber' },
            { title: '当事人', dataIndex: 'partyName', width: 180 },
            { title: '逾期事项', dataIndex: 'duty', width: 120, render: (d: string) => <Tag color="red">{d === 'publication' ? '未公开' : '未撤回'}</Tag> },
            { title: '期限', dataIndex: 'dueOn', width: 120 },
          ]}
        />
      </Card>
    </>
  );
};
