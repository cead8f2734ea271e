import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatBeijing } from '../../app/format.ts';
import { BASIS_LABELS, evidenceKeys, fetchAlarms, fetchRetrievals, type IntegrityAlarm, type SupervisedRetrieval } from './api.ts';

const Retrievals = () => {
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: evidenceKeys.retrievals(page), queryFn: () => fetchRetrievals(page) });
  return (
    <Table<SupervisedRetrieval>
      rowKey="eventId"
      size="small"
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      data-testid="supervised-retrievals"
      pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
      columns={[
        { title: '时间', width: 160, render: (_, r) => formatBeijing(r.at, 'YYYY-MM-DD HH:mm:ss') },
        { title: '执法主体', dataIndex: 'agencyName', width: 180 },
        { title: '调阅人', dataIndex: 'actorName', width: 120 },
        { title: '行为', width: 150, render: (_, r) => <Tag>{r.typeLabel}</Tag> },
        { title: '案件', dataIndex: 'caseTitle' },
        { title: '证据', render: (_, r) => r.evidenceTitle ?? '（全案）' },
        { title: '依据', width: 110, render: (_, r) => (r.basis ? BASIS_LABELS[r.basis] ?? r.basis : '—') },
        { title: '事由', dataIndex: 'purpose' },
      ]}
    />
  );
};

const Alarms = () => {
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: evidenceKeys.alarms(page), queryFn: () => fetchAlarms(page) });
  return (
    <>
      {(list.data?.total ?? 0) > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`共有 ${list.data!.total} 次完整性告警：存储的证据文件与入库时的哈希不符或文件缺失，相关文件已拒绝提供。`} />}
      <Table<IntegrityAlarm>
        rowKey="eventId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        data-testid="integrity-alarms"
        locale={{ emptyText: '没有完整性告警' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: '发现时间', width: 160, render: (_, r) => formatBeijing(r.at, 'YYYY-MM-DD HH:mm:ss') },
          { title: '执法主体', dataIndex: 'agencyName', width: 180 },
          { title: '案件', dataIndex: 'caseTitle' },
          { title: '证据', render: (_, r) => r.evidenceTitle },
          { title: '情况', width: 100, render: (_, r) => <Tag color="red">{r.missing ? '文件缺失' : '哈希不符'}</Tag> },
          {
            title: 'SM3（应为 / 实为）',
            render: (_, r) => (
              <Typography.Text code style={{ fontSize: 11 }}>
                {r.expectedSm3.slice(0, 16)}… / {r.foundSm3 ? `${r.foundSm3.slice(0, 16)}…` : '—'}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
};

/** 调阅监督: every retrieval by someone who does not handle the case, and every integrity alarm. */
export const EvidenceSupervisionPage = () => (
  <>
    <PageHeader title="证据调阅监督" description="辖区内非承办人对证据的每一次调阅（事由、审批、查看、提供副本），以及证据文件完整性告警。" />
    <Card size="small">
      <Tabs items={[{ key: 'retrievals', label: '调阅记录', children: <Retrievals /> }, { key: 'alarms', label: '完整性告警', children: <Alarms /> }]} />
    </Card>
  </>
);
