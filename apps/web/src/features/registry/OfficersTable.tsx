import { Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { OfficerItem } from '../../app/api/types.ts';
import { daysLeftText } from './labels.ts';
import { StandingTag } from './StandingTag.tsx';

type Props = {
  items: OfficerItem[];
  loading: boolean;
  showAgency: boolean;
  pagination?: { page: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
  emptyText?: string;
};

/** 执法人员 with their certificate's standing today. */
export const OfficersTable = ({ items, loading, showAgency, pagination, emptyText = '没有符合条件的执法人员' }: Props) => {
  const columns: TableColumnsType<OfficerItem> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 130,
      render: (name: string, o) => (
        <Flex align="center" gap={6} wrap={false}>
          <Link to={`/officers/${o.id}`} data-testid="officer-link">
            {name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.genderLabel}
          </Typography.Text>
          {o.isDemo && (
            <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
              演示
            </Tag>
          )}
        </Flex>
      ),
    },
    ...(showAgency ? [{ title: '执法主体', dataIndex: 'agencyName', width: 200 }] : []),
    {
      title: '内设机构 / 职务',
      key: 'unit',
      width: 190,
      render: (_, o) => (
        <>
          <div>{o.unitName ?? '—'}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.post ?? '—'}
          </Typography.Text>
        </>
      ),
    },
    {
      title: '执法证号',
      dataIndex: 'certificateNo',
      width: 150,
      render: (no: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{no}</Typography.Text>,
    },
    { title: '执法领域', dataIndex: 'fieldLabels', width: 130, render: (labels: string[]) => labels.join('、') },
    {
      title: '有效期至',
      dataIndex: 'validTo',
      width: 150,
      render: (validTo: string, o) => (
        <>
          <div>{validTo}</div>
          <Typography.Text type={o.daysLeft < 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {daysLeftText(o.standing, o.daysLeft)}
          </Typography.Text>
        </>
      ),
    },
    { title: '证件状态', key: 'standing', width: 100, render: (_, o) => <StandingTag officer={o} /> },
    {
      title: '资格',
      key: 'flags',
      width: 150,
      render: (_, o) => (
        <Flex gap={4} wrap>
          {o.legalQualification && <Tag color="blue">法律职业资格</Tag>}
          {o.isLegalReviewer && <Tag color="purple">法制审核</Tag>}
        </Flex>
      ),
    },
  ];
  return (
    <Table<OfficerItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1000 }}
      locale={{ emptyText }}
      data-testid="officers-table"
      pagination={
        pagination
          ? {
              current: pagination.page,
              pageSize: pagination.pageSize,
              total: pagination.total,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => `共 ${total} 名`,
              onChange: pagination.onChange,
            }
          : false
      }
    />
  );
};
