import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { DeadlineItem } from './api.ts';
import { daysLeftText } from './deadline-state.ts';
import { DeadlineTag } from './DeadlineTag.tsx';

type Props = { items: DeadlineItem[]; loading?: boolean; showLead?: boolean; showRole?: boolean; emptyText: string };

/** One row per running deadline: the case, what is due, by when, and how far off. */
export const DeadlineTable = ({ items, loading, showLead, showRole, emptyText }: Props) => {
  const columns: TableColumnsType<DeadlineItem> = [
    {
      title: '案件',
      key: 'case',
      render: (_, d) => (
        <>
          <Link to={`/cases/${d.caseId}`}>{d.caseNumber ?? d.clueNumber}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {d.caseTitle}
          </Typography.Text>
        </>
      ),
    },
    {
      title: '期限',
      key: 'label',
      render: (_, d) => (
        <>
          {d.label}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {d.basis}
          </Typography.Text>
        </>
      ),
    },
    { title: '起算日', dataIndex: 'startedOn', width: 110 },
    { title: '届满日', dataIndex: 'dueOn', width: 110 },
    {
      title: '状态',
      key: 'state',
      width: 150,
      render: (_, d) => (
        <DeadlineTag state={d.state}>
          {d.state === 'open' ? '进行中' : d.state === 'due-soon' ? '临期' : '已逾期'} · {daysLeftText(d.daysLeft)}
        </DeadlineTag>
      ),
    },
  ];
  if (showLead) columns.splice(2, 0, { title: '主办人', dataIndex: 'leadName', width: 100, render: (n: string | null) => n ?? '—' });
  if (showRole) columns.splice(2, 0, { title: '我的角色', dataIndex: 'myRole', width: 90, render: (r: string | null) => (r === 'lead' ? '主办' : r === 'assistant' ? '协办' : '—') });
  return (
    <Table<DeadlineItem>
      rowKey={(d) => `${d.caseId}:${d.key}:${d.ref}`}
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText }}
      scroll={{ x: 860 }}
    />
  );
};
