import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Tabs, Typography } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { deadlineKeys, fetchMyDeadlines } from './api.ts';
import { DeadlineTable } from './DeadlineTable.tsx';

/** 我的期限: what the officer must do by when, overdue first. */
export const MyDeadlinesPage = () => {
  const mine = useQuery({ queryKey: deadlineKeys.mine, queryFn: fetchMyDeadlines });
  const d = mine.data;
  const tab = (key: string, label: string, count: number | undefined, color: string) => ({
    key,
    label: (
      <span>
        {label} <Badge count={count ?? 0} showZero color={color} overflowCount={999} />
      </span>
    ),
  });
  return (
    <>
      <PageHeader title="我的期限" description="本人承办（主办或协办）案件正在计算的法定期限。临期指今天起 3 个工作日内届满（按工作日历，含调休）。" />
      <Card>
        {mine.isError && <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
        {d && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            今天 {d.today}，临期截止 {d.soonUntil}。
          </Typography.Paragraph>
        )}
        <Tabs
          defaultActiveKey={d && d.counts.overdue === 0 ? 'dueSoon' : 'overdue'}
          items={[
            { ...tab('overdue', '已逾期', d?.counts.overdue, '#cf1322'), children: <DeadlineTable items={d?.overdue ?? []} loading={mine.isFetching} showRole emptyText="没有逾期的期限" /> },
            { ...tab('dueSoon', '3个工作日内到期', d?.counts.dueSoon, '#d46b08'), children: <DeadlineTable items={d?.dueSoon ?? []} loading={mine.isFetching} showRole emptyText="没有临期的期限" /> },
            { ...tab('upcoming', '进行中', d?.counts.upcoming, '#1f5fbf'), children: <DeadlineTable items={d?.upcoming ?? []} loading={mine.isFetching} showRole emptyText="没有其他进行中的期限" /> },
          ]}
        />
      </Card>
    </>
  );
};
