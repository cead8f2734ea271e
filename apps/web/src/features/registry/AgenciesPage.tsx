import { EditOutlined, ExportOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Flex, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AgencyItem, AgencyUnit } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan } from '../../app/current-user.tsx';
import { AgencyFormModal } from './AgencyFormModal.tsx';
import { fetchAgencies, fetchAgencyHistory, fetchRegistryOptions, registryKeys } from './api.ts';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

const none = <Typography.Text type="secondary">—</Typography.Text>;

const matches = (a: AgencyItem, q: string) => [a.name, a.shortName, a.creditCode ?? ''].some((s) => s.toUpperCase().includes(q.toUpperCase()));

/**
 * 执法主体: every agency with its units, as disclosed on the portal. The system admin registers and changes
 * them; each change is kept with its effective date. Stable ids: #agency-search, #agency-region-filter, #agency-kind-filter.
 */
export const AgenciesPage = () => {
  const can = useCan();
  const manage = can('agency.manage');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const regionId = params.get('regionId') || undefined;
  const kind = params.get('kind') || undefined;
  const agencies = useQuery({ queryKey: registryKeys.agencies, queryFn: fetchAgencies });
  const options = useQuery({ queryKey: registryKeys.options, queryFn: fetchRegistryOptions, staleTime: 60 * 60_000 });
  const [editing, setEditing] = useState<AgencyItem | 'new' | null>(null);
  const [unitOf, setUnitOf] = useState<{ agency: AgencyItem; unit?: AgencyUnit } | null>(null);
  const [historyOf, setHistoryOf] = useState<AgencyItem | null>(null);
  const history = useQuery({
    queryKey: registryKeys.agencyHistory(historyOf?.id ?? ''),
    queryFn: () => fetchAgencyHistory(historyOf!.id),
    enabled: Boolean(historyOf) && manage,
  });

  const update = (patch: Record<string, string | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (!value) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: registryKeys.agencies });

  const items = (agencies.data?.items ?? []).filter((a) => (!q || matches(a, q)) && (!regionId || a.region.id === regionId) && (!kind || a.kind === kind));

  const columns: TableColumnsType<AgencyItem> = [
    {
      title: '主体名称',
      dataIndex: 'name',
      render: (name: string, a) => (
        <Flex vertical gap={2}>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>{name}</Typography.Text>
            {a.isSupervisor && <Tag color="purple">执法监督</Tag>}
            {a.isDemo && <Tag variant="filled">演示</Tag>}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.fieldLabel} · {a.levelLabel} · {a.region.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '类别',
      key: 'kind',
      width: 180,
      render: (_, a) => (
        <>
          <Tag color={a.kind === 'statutory' ? 'blue' : a.kind === 'authorized' ? 'cyan' : 'orange'}>{a.kindLabel}</Tag>
          {a.entrustingAgency && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              委托机关：{a.entrustingAgency.name}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190, render: (c: string | null) => (c ? <Typography.Text style={{ fontFamily: 'monospace' }}>{c}</Typography.Text> : none) },
    { title: '联系电话', dataIndex: 'phone', width: 140, render: (p: string | null) => p ?? none },
    { title: '内设机构', key: 'units', width: 90, render: (_, a) => `${a.units.length} 个` },
    {
      title: '操作',
      key: 'actions',
      width: manage ? 250 : 110,
      render: (_, a) => (
        <Flex gap={4} wrap>
          {manage && (
            <>
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(a)}>
                变更
              </Button>
              <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistoryOf(a)}>
                历史
              </Button>
            </>
          )}
          <Button size="small" type="link" icon={<ExportOutlined />} href={`/agencies/${a.id}`} target="_blank">
            公示页
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="执法主体"
        description="执法主体及其内设执法机构、地址、电话与职权依据，与公示平台一致。变更保留历史并注明生效日期。"
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              登记执法主体
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            id="agency-search"
            key={q}
            defaultValue={q}
            placeholder="按名称、简称或统一社会信用代码搜索"
            allowClear
            enterButton="搜索"
            onSearch={(value) => update({ q: value.trim() })}
            style={{ width: 340, maxWidth: '100%' }}
          />
          <Select
            id="agency-region-filter"
            aria-label="管辖区域"
            allowClear
            placeholder="全部区域"
            value={regionId}
            options={(options.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))}
            onChange={(v?: string) => update({ regionId: v })}
            style={{ width: 160 }}
          />
          <Select
            id="agency-kind-filter"
            aria-label="主体类别"
            allowClear
            placeholder="全部类别"
            value={kind}
            options={(options.data?.kinds ?? []).map((k) => ({ value: k.code, label: k.label }))}
            onChange={(v?: string) => update({ kind: v })}
            style={{ width: 170 }}
          />
        </Flex>
        {agencies.isError && <ErrorAlert error={agencies.error} onRetry={() => void agencies.refetch()} />}
        <Table<AgencyItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={agencies.isFetching}
          scroll={{ x: 1000 }}
          pagination={false}
          data-testid="agencies-table"
          locale={{ emptyText: '没有符合条件的执法主体' }}
          expandable={{
            expandedRowRender: (a) => (
              <Flex vertical gap={12} style={{ padding: '4px 8px' }}>
                <Descriptions
                  size="small"
                  column={{ xs: 1, md: 2 }}
                  items={[
                    { key: 'short', label: '简称', children: a.shortName },
                    { key: 'parent', label: '上级机关', children: a.parent?.name ?? '—' },
                    { key: 'address', label: '办公地址', children: a.address ?? '—' },
                    { key: 'phone', label: '联系电话', children: a.phone ?? '—' },
                    { key: 'basis', label: '职权依据', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.legalBasis ?? '—'}</span> },
                  ]}
                />
                <Table<AgencyUnit>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={a.units}
                  locale={{ emptyText: '未登记内设执法机构' }}
                  title={() => (
                    <Flex justify="space-between" align="center">
                      <Typography.Text strong>内设执法机构</Typography.Text>
                      {manage && (
                        <Button size="small" icon={<PlusOutlined />} onClick={() => setUnitOf({ agency: a })}>
                          新增内设机构
                        </Button>
                      )}
                    </Flex>
                  )}
                  columns={[
                    { title: '名称', dataIndex: 'name' },
                    { title: '地址', dataIndex: 'address', render: (v: string | null) => v ?? '—' },
                    { title: '电话', dataIndex: 'phone', width: 160, render: (v: string | null) => v ?? '—' },
                    ...(manage
                      ? [
                          {
                            title: '操作',
                            key: 'edit',
                            width: 90,
                            render: (_: unknown, u: AgencyUnit) => (
                              <Button size="small" type="link" onClick={() => setUnitOf({ agency: a, unit: u })}>
                                变更
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </Flex>
            ),
          }}
        />
      </Card>
      {manage && (
        <>
          <AgencyFormModal
            open={editing !== null}
            agency={editing === 'new' || editing === null ? undefined : editing}
            agencies={agencies.data?.items ?? []}
            options={options.data}
            onClose={() => setEditing(null)}
            onSaved={(a) => {
              setEditing(null);
              refresh();
              void queryClient.invalidateQueries({ queryKey: registryKeys.agencyHistory(a.id) });
              void message.success(`已保存：${a.name}`);
            }}
          />
          <UnitFormModal
            agency={unitOf?.agency ?? null}
            unit={unitOf?.unit}
            onClose={() => setUnitOf(null)}
            onSaved={() => {
              setUnitOf(null);
              refresh();
              void message.success('内设机构已保存');
            }}
          />
          <Drawer title={historyOf ? `变更历史：${historyOf.name}` : ''} open={historyOf !== null} onClose={() => setHistoryOf(null)} size="large">
            {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
            {history.isPending ? <Skeleton active /> : <HistoryTimeline items={history.data?.items ?? []} showEntity />}
          </Drawer>
        </>
      )}
    </>
  );
};
