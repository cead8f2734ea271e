import type { ReactNode } from 'react';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { AccountItem, AccountsPage } from '../../app/api/types.ts';
import { RoleTags } from '../../app/components/RoleTags.tsx';
import { formatMinute } from '../../app/format.ts';
import { isLocked } from './account-status.ts';

type Props = {
  page: AccountsPage | undefined;
  loading: boolean;
  actions?: (account: AccountItem) => ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
};

export const AccountsTable = ({ page, loading, actions, onPageChange }: Props) => {
  const columns: TableColumnsType<AccountItem> = [
    {
      title: '用户名',
      dataIndex: 'username',
      width: 190,
      render: (username: string, a) => (
        <Flex align="center" gap={6} wrap={false}>
          <span>{username}</span>
          {a.isDemo && (
            <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
              演示
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: '姓名', dataIndex: 'displayName', width: 90 },
    {
      title: '机关 / 内设机构',
      key: 'agency',
      width: 200,
      render: (_, a) => (
        <>
          <div>{a.agencyName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.unitName ?? '—'}
          </Typography.Text>
        </>
      ),
    },
    { title: '角色', dataIndex: 'roles', render: (roles: AccountItem['roles']) => <RoleTags roles={roles} /> },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, a) => (
        <>
          {a.status === 'active' ? <Tag color="green">正常</Tag> : <Tag color="default">已停用</Tag>}
          {isLocked(a) && (
            <Tooltip title={`锁定至 ${formatMinute(a.lockedUntil)}`}>
              <Tag color="orange">已锁定</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: '动态口令',
      dataIndex: 'totpEnabled',
      width: 100,
      render: (enabled: boolean) => (enabled ? <Tag color="blue">已绑定</Tag> : <Typography.Text type="secondary">未绑定</Typography.Text>),
    },
  ];
  if (actions) columns.push({ title: '操作', key: 'actions', width: 210, fixed: 'right', render: (_, a) => actions(a) });

  return (
    <Table<AccountItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 1100 }}
      locale={{ emptyText: '没有符合条件的账户' }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => `共 ${total} 个账户`,
        onChange: onPageChange,
      }}
    />
  );
};
