import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatBeijing } from '../../app/format.ts';
import { fetchNotifications, markAllRead, markRead, type NotificationItem, notificationKeys } from './api.ts';

const COLORS: Record<string, string> = { 'deadline-overdue': '#cf1322', 'disclosure-overdue': '#cf1322', 'review-overdue': '#cf1322', 'deadline-due-soon': '#d46b08', 'disclosure-due-soon': '#d46b08', 'review-due-soon': '#d46b08' };

/** 提醒: the bell in the header with the unread count; a reminder opens its case and is marked read. */
export const NotificationBell = () => {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  // Reminders are written by a daily job: checking every few minutes is plenty.
  const inbox = useQuery({ queryKey: notificationKeys.all, queryFn: fetchNotifications, refetchInterval: 5 * 60_000 });
  const refresh = () => void client.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });
  const unread = inbox.data?.unread ?? 0;

  const openItem = (n: NotificationItem) => {
    if (!n.readAt) read.mutate(n.id);
    setOpen(false);
    if (n.caseId) void navigate(`/cases/${n.caseId}`);
  };

  const content = (
    <div style={{ width: 360, maxWidth: '90vw' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>提醒</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
          全部标为已读
        </Button>
      </Flex>
      {inbox.data && inbox.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无提醒" />
      ) : (
        <List<NotificationItem>
          size="small"
          loading={inbox.isLoading}
          dataSource={inbox.data?.items ?? []}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }} onClick={() => openItem(n)}>
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt} style={{ color: COLORS[n.kind] }}>
                    {n.title}
                  </Typography.Text>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 2, fontSize: 12 }} ellipsis={{ rows: 3 }}>
                      {n.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatBeijing(n.createdAt, 'YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={unread ? `提醒（${unread} 条未读）` : '提醒'} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
};
