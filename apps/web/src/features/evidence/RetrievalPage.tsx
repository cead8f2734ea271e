import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Input, List, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan } from '../../app/current-user.tsx';
import { formatBeijing } from '../../app/format.ts';
import { decideRequest, evidenceKeys, fetchRequests, fetchRetrievable, type RetrievalRequest } from './api.ts';
import { CaseEvidencePanel } from './CaseEvidencePanel.tsx';

const STATUS: Record<string, { color: string; label: string }> = { pending: { color: 'orange', label: '待审批' }, approved: { color: 'green', label: '已批准' }, refused: { color: 'red', label: '未批准' } };

const Requests = () => {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('pending');
  const list = useQuery({ queryKey: evidenceKeys.requests(status), queryFn: () => fetchRequests(status) });
  const decide = async (r: RetrievalRequest, approve: boolean) => {
    try {
      await decideRequest(r.eventId, approve);
      message.success(approve ? '已批准' : '已不予批准');
      await queryClient.invalidateQueries({ queryKey: evidenceKeys.all });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  return (
    <Card size="small">
      <Tabs activeKey={status} onChange={setStatus} items={['pending', 'approved', 'refused', 'all'].map((k) => ({ key: k, label: k === 'all' ? '全部' : STATUS[k].label }))} />
      <Table<RetrievalRequest>
        rowKey="eventId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        data-testid="retrieval-requests"
        columns={[
          { title: '申请时间', width: 160, render: (_, r) => formatBeijing(r.at, 'YYYY-MM-DD HH:mm') },
          { title: '类型', width: 90, render: (_, r) => (r.kind === 'party' ? <Tag color="purple">当事人申请</Tag> : <Tag>内部调阅</Tag>) },
          { title: '案件', dataIndex: 'caseTitle' },
          { title: '证据', render: (_, r) => r.evidenceTitles.join('、') },
          { title: '申请人', width: 160, render: (_, r) => r.applicantName ?? r.requesterName },
          { title: '事由', dataIndex: 'purpose' },
          { title: '状态', width: 90, render: (_, r) => <Tag color={STATUS[r.status].color}>{STATUS[r.status].label}</Tag> },
          {
            title: '审批',
            width: 150,
            render: (_, r) =>
              r.status === 'pending' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => void decide(r, true)}>批准</Button>
                  <Button size="small" danger onClick={() => void decide(r, false)}>不批准</Button>
                </Space>
              ) : (
                r.decidedByName
              ),
          },
        ]}
      />
    </Card>
  );
};

const Retrieve = () => {
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const cases = useQuery({ queryKey: evidenceKeys.retrievable(q), queryFn: () => fetchRetrievable(q) });
  return (
    <>
      <Card size="small">
        <Input.Search placeholder="按案件名称、案源编号或立案编号查找" allowClear onSearch={setQ} style={{ maxWidth: 420, marginBottom: 12 }} data-testid="retrieval-search" />
        <List
          size="small"
          loading={cases.isLoading}
          dataSource={cases.data?.items ?? []}
          locale={{ emptyText: <Empty description="没有可调阅证据的案件" /> }}
          renderItem={(c) => (
            <List.Item
              data-testid="retrievable-case"
              style={{ cursor: 'pointer', background: picked === c.caseId ? '#e6f4ff' : undefined }}
              onClick={() => setPicked(c.caseId)}
              extra={<Typography.Text type="secondary">{c.evidenceCount} 项证据</Typography.Text>}
            >
              <List.Item.Meta title={c.title} description={`${c.caseNumber ?? c.clueNumber} · ${c.agencyName}`} />
              {c.handles && <Tag color="blue">我承办</Tag>}
            </List.Item>
          )}
        />
      </Card>
      {picked && <CaseEvidencePanel key={picked} caseId={picked} />}
    </>
  );
};

/** 证据调阅: find a case's evidence (a stated purpose first if one does not handle it); approvers decide requests. */
export const RetrievalPage = () => {
  const can = useCan();
  const approver = can('evidence.retrieve-approve');
  return (
    <>
      <PageHeader title="证据调阅" description="调阅非本人承办案件的证据须说明事由，限制调阅材料须经批准；每一次调阅均记入保管链并接受监督。" />
      {approver ? (
        <Tabs items={[{ key: 'retrieve', label: '调阅证据', children: <Retrieve /> }, { key: 'requests', label: '调阅审批', children: <Requests /> }]} />
      ) : (
        <Retrieve />
      )}
    </>
  );
};
