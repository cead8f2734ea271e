import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { fetchStaffing, fetchStatistics, reviewKeys, type ReviewStatistics, type Staffing } from './api.ts';

const pct = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(1)}%`);

/** 法制审核统计 and 审核力量配备 for the supervisor (and an agency for itself): coverage, pass rates, time, rounds; indicators 86–90. */
export const ReviewStatisticsPage = () => {
  const stats = useQuery({ queryKey: reviewKeys.statistics({}), queryFn: () => fetchStatistics({}) });
  const staffing = useQuery({ queryKey: reviewKeys.staffing, queryFn: fetchStaffing });
  return (
    <>
      <PageHeader title="法制审核统计" description="审核覆盖率、一次通过率、平均用时和轮次；法制审核人员配备（示范创建指标86–90）。" />
      <Card title="审核情况" style={{ marginBottom: 16 }}>
        {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
        <Table<ReviewStatistics['rows'][number]>
          rowKey="agencyId"
          size="small"
          loading={stats.isLoading}
          dataSource={stats.data?.rows ?? []}
          pagination={false}
          data-testid="review-statistics"
          columns={[
            { title: '执法主体', dataIndex: 'agencyName' },
            { title: '作出处罚决定', dataIndex: 'decided' },
            { title: '其中须审核', dataIndex: 'decidedRequiringReview' },
            { title: '审核覆盖率', key: 'coverage', render: (_, r) => pct(r.coverageBp) },
            { title: '送审', dataIndex: 'reviews' },
            { title: '一次通过率', key: 'first', render: (_, r) => pct(r.firstRoundPassBp) },
            { title: '意见同意率', key: 'pass', render: (_, r) => pct(r.passBp) },
            { title: '平均用时（日）', key: 'days', render: (_, r) => r.averageDays ?? '—' },
            { title: '平均轮次', key: 'rounds', render: (_, r) => r.averageRounds ?? '—' },
            { title: '逾期未审', key: 'overdue', render: (_, r) => (r.overdue ? <Tag color="red">{r.overdue}</Tag> : 0) },
          ]}
        />
      </Card>
      <Card title="法制审核力量配备">
        {staffing.isError && <ErrorAlert error={staffing.error} onRetry={() => void staffing.refetch()} />}
        <Table<Staffing['rows'][number]>
          rowKey="agencyId"
          size="small"
          loading={staffing.isLoading}
          dataSource={staffing.data?.rows ?? []}
          pagination={false}
          data-testid="review-staffing"
          columns={[
            { title: '执法主体', dataIndex: 'agencyName', width: 200 },
            { title: '执法人员', dataIndex: 'officers', width: 90 },
            { title: '专职审核人员', dataIndex: 'fullTimeReviewers', width: 110 },
            {
              title: '指标',
              key: 'indicators',
              render: (_, r) =>
                r.indicators.map((i) => (
                  <div key={i.indicator}>
                    <Tag color={i.met === null ? 'default' : i.met ? 'green' : 'red'}>{i.met === null ? '无数据' : i.met ? '达标' : '未达标'}</Tag>
                    <Typography.Text>（{i.indicator}）{i.label}</Typography.Text> <Typography.Text type="secondary">{i.detail}</Typography.Text>
                  </div>
                )),
            },
          ]}
        />
      </Card>
    </>
  );
};
