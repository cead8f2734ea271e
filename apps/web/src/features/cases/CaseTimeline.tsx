import { EnvironmentOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { formatBeijing } from '../../app/format.ts';
import { caseKeys, fetchCaseEvents } from './api.ts';
import { correctedSeq } from './case-format.ts';
import { EventPayload } from './EventPayload.tsx';

type CaseEvent = CaseDetail['events'][number];

/** The whole record once loaded, with whatever the case detail has added since (acts answer the newest events). */
const mergedEvents = (earlier: CaseEvent[] | undefined, newest: CaseEvent[]) => {
  if (!earlier) return newest;
  const byId = new Map(earlier.map((e) => [e.id, e]));
  for (const e of newest) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
};

/** 全过程记录: the case's events, oldest first, as recorded. The detail carries the newest; earlier ones on request. */
export const CaseTimeline = ({ item }: { item: CaseDetail }) => {
  const [showAll, setShowAll] = useState(false);
  const all = useQuery({ queryKey: caseKeys.events(item.id), queryFn: () => fetchCaseEvents(item.id), enabled: showAll });
  const events = mergedEvents(showAll ? all.data?.items : undefined, item.events);
  const hidden = item.eventCount - events.length;
  return (
    <Card title="全过程记录" size="small" extra={<Typography.Text type="secondary">共 {item.eventCount} 条 · 北京时间</Typography.Text>}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="record-note">
        <SafetyCertificateOutlined /> 记录只增不改：写入后不能修改或删除，更正另行记录；每条记录均已写入防篡改账本，可在公示平台核验。
      </Typography.Paragraph>
      {all.isError && <ErrorAlert error={all.error} onRetry={() => void all.refetch()} />}
      {hidden > 0 && (
        <Button type="link" size="small" style={{ paddingInline: 0, marginBottom: 8 }} loading={showAll && all.isFetching} onClick={() => setShowAll(true)} data-testid="timeline-earlier">
          显示更早的 {hidden} 条记录
        </Button>
      )}
      <Timeline
        data-testid="case-timeline"
        items={events.map((event) => {
          const corrects = correctedSeq(event, events);
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
};
