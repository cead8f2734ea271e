import { FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import type { CaseDetail } from '../../app/api/types.ts';
import { formatDate } from '../../app/format.ts';
import { caseFileUrl, documentPdfUrl } from './case-progress.ts';

type Doc = CaseDetail['documents'][number];

/** 文书: every document the record issued, numbered where the kind is numbered, each as a PDF; the archived file as one PDF and a ZIP. */
export const CaseDocuments = ({ item }: { item: CaseDetail }) => {
  if (item.documents.length === 0) return null;
  return (
    <Card
      title="文书"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        item.status === 'archived' && (
          <Flex gap={8}>
            <Button size="small" icon={<FilePdfOutlined />} href={caseFileUrl(item.id, 'pdf')} target="_blank" data-testid="case-file-pdf">
              电子卷宗 PDF
            </Button>
            <Button size="small" icon={<FileZipOutlined />} href={caseFileUrl(item.id, 'zip')} data-testid="case-file-zip">
              卷宗 ZIP（含 SM3 清单）
            </Button>
          </Flex>
        )
      }
    >
      <Table<Doc>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={item.documents}
        data-testid="case-documents"
        onRow={(d) => ({ 'data-testid': 'document-row', 'data-kind': d.kind }) as object}
        columns={[
          { title: '文书', dataIndex: 'title' },
          { title: '文号', dataIndex: 'number', render: (n: string | null) => n ?? <Typography.Text type="secondary">—</Typography.Text> },
          { title: '日期', dataIndex: 'issuedOn', width: 140, render: formatDate },
          { title: '记录', dataIndex: 'eventSeq', width: 90, render: (seq: number) => `第 ${seq} 条` },
          {
            title: '',
            width: 90,
            render: (_, d) => (
              <Typography.Link href={documentPdfUrl(item.id, d.id)} target="_blank" data-testid="document-pdf">
                <FilePdfOutlined /> PDF
              </Typography.Link>
            ),
          },
        ]}
      />
    </Card>
  );
};
