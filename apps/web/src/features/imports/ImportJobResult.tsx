import { Alert, Flex, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { ImportJob, RowError } from './types.ts';
import { percentOf } from './upload-file.ts';

const columns: TableColumnsType<RowError & { key: number }> = [
  { title: '行号', dataIndex: 'row', width: 90, render: (row: number) => `第 ${row} 行` },
  { title: '列', dataIndex: 'column', width: 200, render: (column?: string) => column ?? <Typography.Text type="secondary">整行</Typography.Text> },
  { title: '原因', dataIndex: 'message', render: (message: string) => <span style={{ whiteSpace: 'pre-line' }}>{message}</span> },
];

/**
 * A running or finished import: the progress bar (rows checked of all rows), then either the count imported
 * or every refused row with its column and reason. Stable ids: [data-testid=import-progress] (data-percent,
 * data-status), [data-testid=import-succeeded], [data-testid=import-failed], [data-testid=import-errors].
 */
export const ImportJobResult = ({ job, view }: { job: ImportJob; view?: ReactNode }) => {
  const percent = percentOf(job);
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  const rows = new Set(job.errors.map((e) => e.row)).size;
  return (
    <Flex vertical gap={16}>
      <div data-testid="import-progress" data-percent={percent} data-status={job.status}>
        <Progress percent={percent} status={status} format={(p) => `${p ?? 0}%`} />
        <Typography.Text type="secondary">
          {job.status === 'running'
            ? `正在校验并导入：已处理 ${job.processed} / ${job.total || '…'} 行`
            : job.status === 'succeeded'
              ? `已处理 ${job.total} / ${job.total} 行`
              : `已校验 ${job.processed} / ${job.total} 行`}
        </Typography.Text>
      </div>
      {job.status === 'succeeded' && (
        <Alert
          data-testid="import-succeeded"
          type="success"
          showIcon
          title={`导入成功：已导入 ${job.imported} 行`}
          description="全部行已通过校验并写入，变更已记入审计日志。"
          action={view}
        />
      )}
      {job.status === 'failed' && (
        <>
          <Alert
            data-testid="import-failed"
            type="error"
            showIcon
            title={rows ? `导入未完成：${rows} 行有误，未写入任何数据` : '导入未完成：未写入任何数据'}
            description={job.message}
          />
          {job.errors.length > 0 && (
            <Table<RowError & { key: number }>
              data-testid="import-errors"
              size="small"
              columns={columns}
              dataSource={job.errors.map((e, i) => ({ ...e, key: i }))}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 处错误` }}
            />
          )}
        </>
      )}
    </Flex>
  );
};
