import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { opinionPdfUrl, type ReviewOpinion } from './api.ts';

/** A written opinion: each point with its text and finding, the result with reasons, and its 法制审核意见书. */
export const OpinionView = ({ reviewId, roundNo, opinion }: { reviewId: string; roundNo: number; opinion: ReviewOpinion }) => (
  <div data-testid={`opinion-round-${roundNo}`}>
    <Space style={{ marginBottom: 8 }} wrap>
      <Tag color={opinion.result === 'agree' ? 'green' : 'red'} style={{ fontSize: 14, padding: '2px 10px' }}>
        审核结论：{opinion.resultLabel}
      </Tag>
      <Typography.Text type="secondary">
        {opinion.number}　{opinion.reviewerName}（{opinion.reviewerKindLabel}）　{opinion.writtenOn}
      </Typography.Text>
      <Button size="small" icon={<FilePdfOutlined />} href={opinionPdfUrl(reviewId, roundNo)} target="_blank" data-testid={`opinion-pdf-${roundNo}`}>
        法制审核意见书
      </Button>
    </Space>
    {opinion.reasons && (
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 8 }}>
        <Descriptions.Item label="意见及理由">{opinion.reasons}</Descriptions.Item>
      </Descriptions>
    )}
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={opinion.points}
      columns={[
        { title: '审核事项', dataIndex: 'label', width: 220 },
        { title: '审核意见', dataIndex: 'text' },
        { title: '结论', key: 'ok', width: 90, render: (_, p) => (p.ok ? <Tag color="green">无问题</Tag> : <Tag color="red">有问题</Tag>) },
      ]}
    />
  </div>
);
