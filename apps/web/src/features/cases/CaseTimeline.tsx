import { EnvironmentOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import type { CaseDetail } from '../../app/api/types.ts';
import { formatBeijing } from '../../app/format.ts';
import { correctedSeq } from './case-format.ts';
import { EventPayload } from './EventPayload.tsx';

/** 全过程记录: the case's events, oldest first, as recorded. */
export const CaseTimeline = ({ item }: { item: CaseDetail }) => (
  <Card title="全过程记录" size="small" extra={<Typography.Text type="secondary">共 {item.events.length} 条 · 北京时间</Typography.Text>}>
    <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="record-note">
      <SafetyCertificateOutlined /> 记录只增不改：写入后不能修改或删除，更正另行记录；每条记录均已写入防篡改账本，可在公示平台核验。
    </Typography.Paragraph>
    <Timeline
      data-testid="case-timeline"
      items={item.events.map((event) => {
        const corrects = correctedSeq(event, item.events);
        return {
          key: event.id,
          color: event.correctsEventId === null ? 'blue' : 'orange',
          content: (
            <div data-testid="case-event" data-event-type={event.type}>
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text strong>{event.typeLabel}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  第 {event.seq} 条 · {formatBeijing(event.at)}
                </Typography.Text>
                {event.correctsEventId !== null && <Tag color="orange">更正{corrects ? `第 ${corrects} 条` : '此前记录'}</Tag>}
              </Flex>
              <Flex gap={16} wrap style={{ margin: '2px 0 4px', fontSize: 12 }}>
                <Typography.Text type="secondary">
                  <UserOutlined /> {event.actorName ?? '系统'}
                </Typography.Text>
                {event.place && (
                  <Typography.Text type="secondary">
                    <EnvironmentOutlined /> {event.place}
                  </Typography.Text>
                )}
              </Flex>
              <EventPayload event={event} handlers={item.handlers} />
            </div>
          ),
        };
      })}
    />
  </Card>
);
