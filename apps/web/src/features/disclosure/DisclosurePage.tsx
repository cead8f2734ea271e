import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { DEADLINE_TAGS, type DisclosureItem, type DisclosureQuery, disclosureKeys, fetchDeadlines, fetchDisclosures, STATUS_COLORS } from './api.ts';
import { DisclosureDrawer } from './DisclosureActions.tsx';

const VIEWS = [
  { value: 'draft', label: '待发布' },
  { value: 'published', label: '公示中' },
  { value: 'withdrawn', label: '已撤回' },
  { value: '', label: '全部' },
];

/**
 * 执法决定公示: the agency's decision records. Drafts come first with their publication deadline (7 working days
 * for 处罚/许可, 20 for others); a record opens in a drawer with the redaction preview and the actions.
 * Stable ids: [data-testid=disclosure-view], rows carry data-row-key = record id.
 */
export const DisclosurePage = () => {
  const [status, setStatus] = useState('draft');
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<string | null>(null);
  const query: DisclosureQuery = { ...paging, status: status || undefined, q: q || undefined };
  const list = useQuery({ queryKey: disclosureKeys.list(query), queryFn: () => fetchDisclosures(query), placeholderData: keepPreviousData });
  const deadlines = useQuery({ queryKey: disclosureKeys.deadlines, queryFn: fetchDeadlines });
  const overdue = deadlines.data?.items.filter((i) => i.state === 'overdue') ?? [];
  const soon = deadlines.data?.items.filter((i) => i.state === 'due-soon') ?? [];

  return (
    <>
      <PageHeader title="执法决定公示" description="行政处罚、行政许可决定自作出之日起7个工作日内公开，其他执法决定20个工作日内公开；审核发布前请核对预览中公众将看到的内容。" />
      {overdue.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${overdue.length} 条已超过期限：${overdue.map((i) => `${i.documentNumber}（${i.duty === 'publication' ? '应公开' : '应撤回'}，${i.dueOn}）`).join('；')}`}
        />
      )}
      {soon.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`${soon.length} 条将在3个工作日内到期：${soon.map((i) => `${i.documentNumber}（${i.dueOn}）`).join('；')}`} />}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented data-testid="disclosure-view" options={VIEWS} value={status} onChange={(v) => { setStatus(String(v)); setPaging({ ...paging, page: 1 }); }} />
          <Input.Search allowClear placeholder="文号、当事人或事项" style={{ width: 260 }} onSearch={(v) => { setQ(v.trim()); setPaging({ ...paging, page: 1 }); }} />
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        <Table<DisclosureItem>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: status === 'draft' ? '没有待发布的决定' : '暂无记录' }}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t} 条`, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          columns={[
            { title: '状态', dataIndex: 'statusLabel', width: 110, render: (l: string, r) => <Tag color={STATUS_COLORS[r.status]}>{l}</Tag> },
            {
              title: '决定书文号',
              dataIndex: 'documentNumber',
              render: (n: string, r) => (
                <Flex vertical gap={2}>
                  <Typography.Link onClick={() => setOpen(r.id)}>{n}</Typography.Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.kindLabel} · 决定日期 {r.decisionDate}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: '当事人（公示名称）', dataIndex: 'partyName', width: 200 },
            {
              title: '公开期限',
              dataIndex: 'dueOn',
              width: 160,
              render: (due: string, r) => (
                <Flex vertical gap={2}>
                  <span>{due}</span>
                  {DEADLINE_TAGS[r.deadlineState] && <Tag color={DEADLINE_TAGS[r.deadlineState]!.color}>{DEADLINE_TAGS[r.deadlineState]!.label}</Tag>}
                </Flex>
              ),
            },
            {
              title: '操作',
              key: 'op',
              width: 120,
              render: (_: unknown, r) => (
                <Button size="small" type={r.allowedActions.includes('publish') ? 'primary' : 'default'} onClick={() => setOpen(r.id)}>
                  {r.allowedActions.includes('publish') ? '预览并发布' : '查看'}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <DisclosureDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
};
