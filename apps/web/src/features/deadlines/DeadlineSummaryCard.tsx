import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { deadlineKeys, fetchMyDeadlines } from './api.ts';

/** 工作台: the actor's overdue and due-soon counts, one click from 我的期限. */
export const DeadlineSummaryCard = () => {
  const mine = useQuery({ queryKey: deadlineKeys.mine, queryFn: fetchMyDeadlines });
  const counts = mine.data?.counts;
  return (
    <Card size="small" title="我的期限" extra={<Link to="/deadlines/mine">查看全部</Link>} style={{ marginTop: 16 }} data-testid="deadline-summary">
      <Row gutter={16}>
        <Col span={8}>
          <Link to="/deadlines/mine" aria-label="已逾期的期限">
            <Statistic title="已逾期" value={counts?.overdue ?? '—'} loading={mine.isLoading} valueStyle={{ color: counts?.overdue ? '#cf1322' : undefined }} />
          </Link>
        </Col>
        <Col span={8}>
          <Statistic title="3个工作日内到期" value={counts?.dueSoon ?? '—'} loading={mine.isLoading} valueStyle={{ color: counts?.dueSoon ? '#d46b08' : undefined }} />
        </Col>
        <Col span={8}>
          <Statistic title="其他进行中" value={counts?.upcoming ?? '—'} loading={mine.isLoading} />
        </Col>
      </Row>
    </Card>
  );
};
