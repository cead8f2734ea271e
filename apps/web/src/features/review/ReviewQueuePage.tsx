import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCurrentUser } from '../../app/current-user.tsx';
import { fetchQueue, type QueueQuery, reviewKeys, type ReviewSummary } from './api.ts';
import { DEADLINE_LABELS, STATUS_COLORS } from './labels.ts';

type View = 'open' | 'mine' | 'overdue' | 'returned' | 'passed' | 'all';
const VIEWS: Array<{ value: View; label: string }> = [
  { value: 'open', label: '待审核' },
  { value: 'mine', label: '指派给我' },
  { value: 'overdue', label: '已逾期' },
  { value: 'returned', label: '已退回' },
  { value: 'passed', label: '已通过' },
  { value: 'all', label: '全部' },
];

const queryOf = (view: View, paging: { page: number; pageSize: number }): QueueQuery => ({
  ...paging,
  status: view === 'returned' || view === 'passed' || view === 'open' ? view : undefined,
  mine: view === 'mine' || undefined,
  overdue: view === 'overdue' || undefined,
});

/**
 * 法制审核队列: reviews in the actor's scope, open rounds first by due date, overdue ones flagged. A reviewer starts
 * on the rounds given to them. Stable ids: [data-testid=review-queue-view], rows link to /reviews/:id.
 */
export const ReviewQueuePage = () => {
  const { account } = useCurrentUser();
  const [view, setView] = useState<View>(account.roles.includes('legal_reviewer') ? 'mine' : 'open');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = queryOf(view, paging);
  const queue = useQuery({ queryKey: reviewKeys.queue(query), queryFn: () => fetchQueue(query), placeholderData: keepPreviousData });
  const items = queue.data?.items ?? [];

  return (
    <>
      <PageHeader title="法制审核" description="重大执法决定法制审核：送审材料冻结保存，审核人员逐项出具书面意见；默认自送审之日起7个工作日内审结，经批准可延长3个工作日。" />
      <Card>
        <Segmented<View> data-testid="review-queue-view" options={VIEWS} value={view} onChange={(v) => { setView(v); setPaging({ ...paging, page: 1 }); }} style={{ marginBottom: 16 }} />
        {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
        <Table<ReviewSummary>
          rowKey="id"
          size="middle"
          loading={queue.isFetching}
          dataSource={items}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: queue.data?.total, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          columns={[
            {
              title: '案件',
              key: 'case',
              render: (_, r) => (
                <Link to={`/reviews/${r.id}`}>
                  <Typography.Text strong>{r.caseTitle}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{r.caseNumber ?? '—'}</Typography.Text>
                </Link>
              ),
            },
            { title: '执法主体', dataIndex: 'agencyName', responsive: ['lg'] },
            { title: '轮次', dataIndex: 'roundNo', width: 70, render: (n: number) => `第${n}轮` },
            { title: '状态', key: 'status', width: 150, render: (_, r) => <><Tag color={STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>{r.escalation === 'open' && <Tag color="purple">协调中</Tag>}</> },
            { title: '送审日期', dataIndex: 'submittedOn', width: 110 },
            {
              title: '审核期限',
              key: 'due',
              width: 170,
              render: (_, r) => (
                <>
                  {r.dueOn}
                  {r.extended && <Typography.Text type="secondary">（已延长）</Typography.Text>}{' '}
                  <Tag color={DEADLINE_LABELS[r.deadlineState].color} data-testid={`deadline-${r.deadlineState}`}>{DEADLINE_LABELS[r.deadlineState].text}</Tag>
                </>
              ),
            },
            { title: '审核人员', key: 'assignee', render: (_, r) => r.assigneeName ?? <Typography.Text type="secondary">待指派</Typography.Text> },
          ]}
        />
      </Card>
    </>
  );
};
