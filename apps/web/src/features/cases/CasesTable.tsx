import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CasesPage } from '../../app/api/types.ts';
import { DeadlineTag } from '../deadlines/DeadlineTag.tsx';
import { formatBeijing } from '../../app/format.ts';
import { leadFirst } from './case-format.ts';
import { statusColor } from './labels.ts';

type Props = {
  page: CasesPage | undefined;
  loading: boolean;
  showAgency: boolean;
  emptyText: string;
  onPageChange: (page: number, pageSize: number) => void;
};

type CaseSummary = CasesPage['items'][number];

const Handlers = ({ handlers }: { handlers: CaseSummary['handlers'] }) => {
  const [lead, ...others] = leadFirst(handlers);
  if (!lead) return <>—</>;
  return (
    <span title={lead.role === 'lead' ? `主办：${lead.name}` : undefined}>
      {lead.name}
      {others.length > 0 && <Typography.Text type="secondary">、{others.map((h) => h.name).join('、')}</Typography.Text>}
    </span>
  );
};

/** Dense on purpose: a desk officer scans dozens of cases; the row opens the case. */
export const CasesTable = ({ page, loading, showAgency, emptyText, onPageChange }: Props) => {
  const navigate = useNavigate();
  const columns: TableColumnsType<CaseSummary> = [
    {
      title: '案源编号',
      key: 'number',
      width: 185,
      render: (_, c) => (
        <>
          <Link to={`/cases/${c.id}`}>{c.clueNumber}</Link>
          {c.caseNumber && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {c.caseNumber}
            </Typography.Text>
          )}
        </>
      ),
    },
    // The title says what the case is about: it wraps rather than hides.
    { title: '案由', dataIndex: 'title' },
    {
      title: '当事人',
      dataIndex: 'partyName',
      width: 180,
      ellipsis: { showTitle: true },
      render: (name: string | null) => name ?? <Typography.Text type="secondary">未确定</Typography.Text>,
    },
    { title: '承办人', key: 'handlers', width: 120, render: (_, c) => <Handlers handlers={c.handlers} /> },
  ];
  if (showAgency) columns.push({ title: '机关', dataIndex: 'agencyName', width: 170, ellipsis: { showTitle: true } });
  columns.push(
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, c) => (
        <Tag color={statusColor(c.status)} style={{ marginInlineEnd: 0 }}>
          {c.statusLabel}
        </Tag>
      ),
    },
    {
      // The earliest running legal deadline, coloured by where it stands today (逾期 red, 临期 orange).
      title: '最近期限',
      key: 'deadline',
      width: 150,
      render: (_, c) =>
        c.nextDeadline ? (
          <span title={`${c.nextDeadline.label}（共 ${c.openDeadlines} 项进行中）`}>
            <DeadlineTag state={c.nextDeadline.state}>{c.nextDeadline.dueOn}</DeadlineTag>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12, maxWidth: 140 }}>
              {c.nextDeadline.label}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: '登记时间', dataIndex: 'registeredAt', width: 130, render: (at: string) => formatBeijing(at, 'YYYY-MM-DD HH:mm') },
  );

  return (
    <Table<CaseSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: showAgency ? 1210 : 1050 }}
      locale={{ emptyText }}
      data-testid="case-table"
      onRow={(c) => ({
        onClick: (event) => {
          // The number is a link of its own (keyboard, middle click); a click on it must not navigate twice.
          if ((event.target as HTMLElement).closest('a')) return;
          void navigate(`/cases/${c.id}`);
        },
        style: { cursor: 'pointer' },
      })}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => (page?.totalCapped ? `超过 ${total} 件，请用筛选缩小范围` : `共 ${total} 件`),
        onChange: onPageChange,
      }}
    />
  );
};
