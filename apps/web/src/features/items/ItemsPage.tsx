import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Flex, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { fetchItems, itemKeys, type ItemsQuery, withdrawItem } from './api.ts';
import { ItemDetailDrawer } from './ItemDetailDrawer.tsx';
import { ITEM_KIND_LABELS, options } from './labels.ts';
import type { ItemKind, ItemSummary } from './types.ts';

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

const queryOf = (params: URLSearchParams): ItemsQuery => ({
  page: positive(params.get('page'), 1),
  pageSize: Math.min(positive(params.get('pageSize'), 20), 200),
  q: params.get('q') || undefined,
  kind: (params.get('kind') as ItemKind | null) ?? undefined,
});

/**
 * 权责清单: the enforcement items in the user's reach (own agency; a supervisor's jurisdiction; every agency for
 * the system admin). Stable ids: #item-search, #item-kind; rows carry data-row-key = item id.
 */
export const ItemsPage = () => {
  const { account } = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const [open, setOpen] = useState<string | null>(null);
  const items = useQuery({ queryKey: itemKeys.list(query), queryFn: () => fetchItems(query), placeholderData: keepPreviousData });
  const manage = can('item.manage');
  const wide = account.roles.includes('supervisor') || account.roles.includes('system_admin');

  const withdraw = useMutation({
    mutationFn: withdrawItem,
    onSuccess: () => {
      message.success('事项已取消，不再公示');
      void queryClient.invalidateQueries({ queryKey: itemKeys.all });
    },
    onError: (e) => message.error(messageOf(e)),
  });

  const update = (patch: Record<string, string | number | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  return (
    <>
      <PageHeader
        title="权责清单"
        description={wide ? '本辖区各执法主体的执法事项：实施依据、处罚幅度、程序、时限、救济渠道与服务指南。' : `本机关（${account.agency.name}）的执法事项。公示平台同步公开，法律修改或职能调整后须按期复核。`}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/items/new')}>
              新增事项
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search id="item-search" key={query.q ?? ''} defaultValue={query.q} placeholder="按名称或编码搜索" allowClear style={{ width: 280 }} onSearch={(q) => update({ q, page: 1 })} />
          <Select
            id="item-kind"
            allowClear
            placeholder="全部类别"
            style={{ width: 180 }}
            value={query.kind}
            options={options(ITEM_KIND_LABELS)}
            onChange={(kind?: string) => update({ kind, page: 1 })}
          />
        </Flex>
        {items.isError && <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />}
        <Table<ItemSummary>
          rowKey="id"
          size="middle"
          loading={items.isFetching}
          dataSource={items.data?.items ?? []}
          locale={{ emptyText: query.q || query.kind ? '没有符合条件的事项' : '暂无执法事项' }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: items.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 项`,
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
          columns={[
            { title: '编码', dataIndex: 'code', width: 130 },
            {
              title: '事项名称',
              dataIndex: 'name',
              render: (name: string, row) => (
                <Flex vertical gap={2}>
                  <a onClick={() => setOpen(row.id)}>{name}</a>
                  {wide && <span style={{ color: '#8c8c8c', fontSize: 12 }}>{row.agencyName}</span>}
                </Flex>
              ),
            },
            { title: '类别', dataIndex: 'kindLabel', width: 110, render: (label: string) => <Tag color="blue">{label}</Tag> },
            { title: '实施依据', dataIndex: 'basisSummary', ellipsis: true },
            {
              title: '程序',
              dataIndex: 'procedureLabel',
              width: 100,
              render: (label: string, row) => <Tag color={row.procedure === 'simple' ? 'green' : 'geekblue'}>{label}</Tag>,
            },
            {
              title: '更新提示',
              dataIndex: 'openFlags',
              width: 96,
              render: (n: number) => (n > 0 ? <Badge status="warning" text={`${n} 条待复核`} /> : <span style={{ color: '#8c8c8c' }}>—</span>),
            },
            ...(manage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 130,
                    render: (_: unknown, row: ItemSummary) =>
                      row.agencyId === account.agency.id || account.roles.includes('system_admin') ? (
                        <Flex gap={8}>
                          <a onClick={() => void navigate(`/items/${row.id}/edit`)}>编辑</a>
                          <Popconfirm title="取消该事项？" description="取消后不再公示，记录和编码保留。" okText="取消事项" cancelText="不取消" onConfirm={() => withdraw.mutate(row.id)}>
                            <a style={{ color: '#cf1322' }}>取消</a>
                          </Popconfirm>
                        </Flex>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <ItemDetailDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
};
