import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { fetchAgencyChoices, fetchInspectionItems, itemKeys, withdrawInspectionItem } from './api.ts';
import { InspectionFormModal } from './InspectionFormModal.tsx';
import type { InspectionItem } from './types.ts';

/** 随机抽查事项清单 (双随机、一公开). Stable ids: #inspection-search; the form #inspection-code, #inspection-name. */
export const InspectionItemsPage = () => {
  const { account } = useCurrentUser();
  const can = useCan();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [query, setQuery] = useState({ page: 1, pageSize: 20, q: undefined as string | undefined });
  const [editing, setEditing] = useState<InspectionItem | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: itemKeys.inspections(query), queryFn: () => fetchInspectionItems(query), placeholderData: keepPreviousData });
  const manage = can('inspection-item.manage');
  const sysadmin = account.roles.includes('system_admin');
  const agencies = useQuery({ queryKey: itemKeys.agencies, queryFn: fetchAgencyChoices, enabled: sysadmin && manage, staleTime: 300_000 });
  const wide = account.roles.includes('supervisor') || sysadmin;

  const withdraw = useMutation({
    mutationFn: withdrawInspectionItem,
    onSuccess: () => {
      message.success('抽查事项已取消');
      void queryClient.invalidateQueries({ queryKey: itemKeys.inspectionsAll });
    },
    onError: (e) => message.error(messageOf(e)),
  });

  return (
    <>
      <PageHeader
        title="随机抽查事项清单"
        description="“双随机、一公开”的抽查事项：依据、对象、基数、比例、周期、方式和抽查主体，在公示平台公开。"
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新增抽查事项
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Input.Search id="inspection-search" placeholder="按名称或编码搜索" allowClear style={{ width: 280 }} onSearch={(q) => setQuery({ ...query, q: q || undefined, page: 1 })} />
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        <Table<InspectionItem>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: query.page, pageSize: query.pageSize, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t} 项`, onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }) }}
          columns={[
            {
              title: '抽查事项',
              dataIndex: 'name',
              width: 200,
              render: (name: string, row) => (
                <Flex vertical gap={2}>
                  <span>{name}</span>
                  <span style={{ color: '#8c8c8c', fontSize: 12 }}>
                    {row.code}
                    {wide ? ` · ${row.agencyName}` : ''}
                  </span>
                </Flex>
              ),
            },
            {
              title: '抽查依据',
              key: 'basis',
              width: 180,
              render: (_: unknown, row) => (
                <Flex vertical gap={2}>
                  {row.legalBasis.map((b) => (
                    <a key={b.position} href={b.href} target="_blank" rel="noreferrer" style={{ fontSize: 13 }}>
                      {b.citation.replace('中华人民共和国', '')}
                    </a>
                  ))}
                </Flex>
              ),
            },
            {
              title: '抽查对象及基数',
              dataIndex: 'targetType',
              render: (target: string, row) => (
                <Flex vertical gap={2}>
                  <span>{target}</span>
                  <span style={{ color: '#8c8c8c', fontSize: 12 }}>{row.population}</span>
                </Flex>
              ),
            },
            { title: '比例', dataIndex: 'ratioText', width: 64 },
            { title: '周期', dataIndex: 'periodLabel', width: 76 },
            { title: '方式', dataIndex: 'methodLabels', width: 110, render: (labels: string[]) => labels.map((l) => <Tag key={l}>{l}</Tag>) },
            { title: '抽查主体', dataIndex: 'inspectingBody', width: 120 },
            ...(manage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 100,
                    render: (_: unknown, row: InspectionItem) =>
                      row.agencyId === account.agency.id || sysadmin ? (
                        <Flex gap={8}>
                          <a onClick={() => setEditing(row)}>编辑</a>
                          <Popconfirm title="取消该抽查事项？" okText="取消事项" cancelText="不取消" onConfirm={() => withdraw.mutate(row.id)}>
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
      <InspectionFormModal
        open={creating || editing !== null}
        editing={editing}
        agencies={sysadmin ? (agencies.data?.items ?? []) : undefined}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(saved) => {
          message.success(`已保存抽查事项 ${saved.code}`);
          setCreating(false);
          setEditing(null);
          void queryClient.invalidateQueries({ queryKey: itemKeys.inspectionsAll });
        }}
      />
    </>
  );
};
