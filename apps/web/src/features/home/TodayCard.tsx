import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { isApiError, messageOf } from '../../app/api/client.ts';
import { formatDate, todayPlain, weekdayOf } from '../../app/format.ts';
import { calendarKeys, fetchDay, YEAR_MISSING } from '../calendar/api.ts';
import { DAY_KIND_LABELS } from '../calendar/labels.ts';

/** Whether today counts as a working day, per the holiday calendar the deadlines are computed with. */
export const TodayCard = () => {
  const today = todayPlain();
  const day = useQuery({ queryKey: calendarKeys.day(today), queryFn: () => fetchDay(today) });
  return (
    <Card
      title={
        <>
          <CalendarOutlined /> 今日
        </>
      }
      extra={<Link to="/calendar">工作日历</Link>}
      style={{ height: '100%' }}
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {formatDate(today)} {weekdayOf(today)}
      </Typography.Title>
      {day.isPending && <Skeleton active paragraph={false} />}
      {day.data && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          <Tag color={day.data.workingDay ? 'blue' : 'red'}>{day.data.workingDay ? '工作日' : '非工作日'}</Tag>
          {DAY_KIND_LABELS[day.data.kind]}
          {day.data.name ? `（${day.data.name}）` : ''}
        </Typography.Paragraph>
      )}
      {day.isError && (
        <Typography.Text type={isApiError(day.error, YEAR_MISSING) ? 'warning' : 'danger'}>{messageOf(day.error)}</Typography.Text>
      )}
    </Card>
  );
};
