import { Card, Col, Row, Statistic } from 'antd';

type Counts = { overdue: number; dueSoon: number; upcoming: number };

/** The three counts over a deadline view: overdue, due within 3 working days (until `soonUntil`), running. */
export const DeadlineCounts = ({ counts, soonUntil, overdueLabel = '已逾期' }: { counts?: Counts; soonUntil?: string; overdueLabel?: string }) => (
  <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic title={overdueLabel} value={counts?.overdue ?? 0} valueStyle={{ color: '#cf1322' }} />
      </Card>
    </Col>
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic title={`3个工作日内到期（至 ${soonUntil ?? '…'}）`} value={counts?.dueSoon ?? 0} valueStyle={{ color: '#d46b08' }} />
      </Card>
    </Col>
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic title="其他进行中" value={counts?.upcoming ?? 0} />
      </Card>
    </Col>
  </Row>
);
