import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import type { SessionItem } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { formatMinute } from '../../app/format.ts';
import { fetchSessions, revokeSession, sessionsKey } from './api.ts';
import { describeUserAgent } from './user-agent.ts';

export const SessionsCard = () => {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: fetchSessions });
  const revoke = useMutation({
    mutationFn: revokeSession,
    onSuccess: () => {
      message.success('已注销该会话');
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (error) => message.error(messageOf(error)),
  });

  return (
    <Card title="我的登录会话" extra={<Button onClick={() => void sessions.refetch()}>刷新</Button>}>
      {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      <Table<SessionItem>
        rowKey="id"
        size="middle"
        loading={sessions.isPending}
        dataSource={sessions.data?.items ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: '没有有效的会话' }}
        columns={[
          {
            title: '客户端',
            key: 'client',
            render: (_, s) => (
              <Tooltip title={s.userAgent}>
                {describeUserAgent(s.userAgent)}
                {s.current && (
                  <Tag color="green" style={{ marginInlineStart: 8 }}>
                    当前会话
                  </Tag>
                )}
              </Tooltip>
            ),
          },
          { title: '来源地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
          { title: '登录时间', dataIndex: 'createdAt', render: formatMinute },
          { title: '最近活动', dataIndex: 'lastSeenAt', render: formatMinute },
          { title: '最迟到期', dataIndex: 'expiresAt', render: formatMinute },
          {
            title: '操作',
            key: 'action',
            width: 110,
            render: (_, s) =>
              s.current ? (
                <Tooltip title="请使用右上角“退出登录”">
                  <Button type="link" size="small" disabled>
                    注销
                  </Button>
                </Tooltip>
              ) : (
                <Popconfirm title="注销该会话？" description="该设备上的登录将立即失效。" onConfirm={() => revoke.mutateAsync(s.id)}>
                  <Button type="link" size="small" danger>
                    注销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
};
