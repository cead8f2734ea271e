import { Table, Tag, Typography } from 'antd';
import type { AuditItem, AuditPage, AuditResult } from '../../app/api/types.ts';
import { formatDateTime } from '../../app/format.ts';
import { AuditDetail } from './AuditDetail.tsx';
import { actionLabel, objectTypeLabel, RESULT_COLORS, RESULT_LABELS } from './labels.ts';

type Props = { page: AuditPage | undefined; loading: boolean; onPageChange: (page: number, pageSize: number) => void };

export const AuditTable = ({ page, loading, onPageChange }: Props) => (
  <Table<AuditItem>
    rowKey="id"
    size="middle"
    loading={loading}
    dataSource={page?.items ?? []}
    scroll={{ x: 1000 }}
    locale={{ emptyText: '没有符合条件的审计记录' }}
    expandable={{ expandedRowRender: (item) => <AuditDetail item={item} /> }}
    pagination={{
      current: page?.page ?? 1,
      pageSize: page?.pageSize ?? 20,
      total: page?.total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [20, 50, 100, 200],
      showTotal: (total) => `共 ${total} 条`,
      onChange: onPageChange,
    }}
    columns={[
      { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
      {
        title: '用户',
        key: 'user',
        width: 200,
        render: (_, item) => (
          <>
            <div>{item.username ?? <Typography.Text type="secondary">（未登录）</Typography.Text>}</div>
            {item.agencyName && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.agencyName}
              </Typography.Text>
            )}
          </>
        ),
      },
      {
        title: '操作',
        dataIndex: 'action',
        width: 200,
        render: (action: string) => (
          <>
            <div>{actionLabel(action)}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {action}
            </Typography.Text>
          </>
        ),
      },
      {
        title: '对象',
        key: 'object',
        render: (_, item) =>
          item.objectType ? (
            <>
              <div>{objectTypeLabel(item.objectType)}</div>
              {item.objectId && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: item.objectId }}>
                  {item.objectId}
                </Typography.Text>
              )}
            </>
          ) : (
            '—'
          ),
      },
      {
        title: '结果',
        dataIndex: 'result',
        width: 110,
        render: (result: string) => (
          <Tag color={RESULT_COLORS[result as AuditResult] ?? 'default'}>{RESULT_LABELS[result as AuditResult] ?? result}</Tag>
        ),
      },
      { title: '来源地址', dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
    ]}
  />
);
