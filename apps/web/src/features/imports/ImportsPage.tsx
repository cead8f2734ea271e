import { DownloadOutlined, ExportOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Collapse, Empty, Flex, Row, Select, Skeleton, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { downloadExport, downloadTemplate, fetchImportJob, fetchImportTypes, importKeys, startImport } from './api.ts';
import { ImportJobResult } from './ImportJobResult.tsx';
import type { ImportFormat, ImportJob, ImportType } from './types.ts';
import { acceptedExtensions, fileProblem } from './upload-file.ts';

const FORMAT_LABELS: Record<ImportFormat, string> = { xlsx: 'Excel（.xlsx）', csv: 'CSV（.csv）', zip: '压缩包（.zip）' };
const POLL_MS = 400;
/** Where the imported records are seen afterwards (law texts are on the public portal). */
const REGISTER_PAGES: Record<string, string> = { agencies: '/agencies', officers: '/officers', 'enforcement-items': '/items', 'inspection-items': '/inspection-items' };

const Step = ({ n, title }: { n: number; title: string }) => (
  <Typography.Title level={5} style={{ margin: 0 }}>
    <Tag color="blue" style={{ marginInlineEnd: 8 }}>
      {n}
    </Tag>
    {title}
  </Typography.Title>
);

/** The template's columns: header, whether required, an example and how to fill it. */
const ColumnsHelp = ({ type }: { type: ImportType }) => (
  <Collapse
    size="small"
    items={[
      {
        key: 'columns',
        label: `模板各列说明（${type.columns.length} 列，带 * 的为必填）`,
        children: (
          <Table
            size="small"
            pagination={false}
            rowKey="header"
            dataSource={type.columns}
            columns={[
              { title: '列名', dataIndex: 'header', width: 160, render: (h: string, c) => (c.required ? `${h}*` : h) },
              { title: '示例', dataIndex: 'example', width: 260, render: (v: string) => <span style={{ whiteSpace: 'pre-line' }}>{v || '—'}</span> },
              { title: '填写说明', dataIndex: 'hint', render: (v?: string) => v ?? '—' },
            ]}
          />
        ),
      },
    ]}
  />
);

/** Choose a file, start, then follow the job until it has succeeded or names every refused row. */
const ImportPanel = ({ type }: { type: ImportType }) => {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<UploadFile & File>();
  const [started, setStarted] = useState<ImportJob>();
  const start = useMutation({
    mutationFn: (chosen: File) => startImport(type.type, chosen),
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(job.id), job);
      setStarted(job);
    },
  });
  const job = useQuery({
    queryKey: importKeys.job(started?.id ?? ''),
    queryFn: () => fetchImportJob(started!.id),
    enabled: Boolean(started),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
  const current = job.data ?? started;
  const succeeded = current?.status === 'succeeded' ? current.id : undefined;
  useEffect(() => {
    // What was imported shows in the registers' own pages from now on.
    if (succeeded) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'imports' });
  }, [succeeded, queryClient]);
  const running = start.isPending || current?.status === 'running';
  const accept = acceptedExtensions(type).map((ext) => `.${ext}`).join(',');

  return (
    <Flex vertical gap={20}>
      {type.notes.length > 0 && (
        <Alert type="info" showIcon title="导入规则" description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{type.notes.map((n) => <li key={n}>{n}</li>)}</ul>} />
      )}
      <Flex vertical gap={8}>
        <Step n={1} title="下载模板，按模板填写" />
        <Flex gap={8} wrap>
          {type.formats.map((format) => (
            <Button key={format} icon={<DownloadOutlined />} onClick={() => downloadTemplate(type, format).catch((e: unknown) => message.error(messageOf(e)))}>
              下载模板：{FORMAT_LABELS[format]}
            </Button>
          ))}
        </Flex>
        <ColumnsHelp type={type} />
      </Flex>
      <Flex vertical gap={8}>
        <Step n={2} title={type.upload === 'bundle' ? '选择 .zip 压缩包（清单 + 文本文件）' : '选择填好的 .xlsx 或 .csv 文件'} />
        <div data-testid="import-upload">
          <Upload
            accept={accept}
            maxCount={1}
            fileList={file ? [file] : []}
            beforeUpload={(chosen) => {
              const problem = fileProblem(chosen.name, type);
              if (problem) {
                message.error(problem);
                return Upload.LIST_IGNORE;
              }
              setFile(chosen as UploadFile & File);
              setStarted(undefined);
              start.reset();
              // Nothing is sent until 开始导入.
              return false;
            }}
            onRemove={() => {
              setFile(undefined);
              setStarted(undefined);
              start.reset();
            }}
          >
            <Button icon={<UploadOutlined />} disabled={running}>
              选择文件
            </Button>
          </Upload>
        </div>
      </Flex>
      <Flex vertical gap={8}>
        <Step n={3} title="开始导入" />
        <Typography.Text type="secondary">先校验全部行：任何一行有误则全部不导入，并列出每个有误的行、列和原因；全部无误才一次写入。</Typography.Text>
        <div>
          <Button type="primary" icon={<UploadOutlined />} disabled={!file || current?.status === 'succeeded'} loading={running} onClick={() => file && start.mutate(file)}>
            开始导入
          </Button>
        </div>
        {start.isError && <Alert data-testid="import-refused" type="error" showIcon title="文件未能导入" description={messageOf(start.error)} />}
        {job.isError && <ErrorAlert error={job.error} title="无法获取导入进度" onRetry={() => void job.refetch()} />}
        {current && (
          <ImportJobResult
            job={current}
            view={
              REGISTER_PAGES[type.type] && (
                <Button size="small" onClick={() => navigate(REGISTER_PAGES[type.type])}>
                  查看{type.label}
                </Button>
              )
            }
          />
        )}
      </Flex>
    </Flex>
  );
};

const ExportPanel = ({ type }: { type: ImportType }) => {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ImportFormat>();
  const run = async (format: ImportFormat) => {
    setBusy(format);
    try {
      await downloadExport(type, format);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {type.upload === 'bundle'
          ? `导出库中全部${type.label}：压缩包内含清单和每个版本的全文，表格只含清单。修改文本和日期后可作为新版本再导入。`
          : `导出您有权管理的全部${type.label}，格式与导入模板相同，可修改后再导入。`}
      </Typography.Text>
      <Flex gap={8} wrap>
        {type.formats.map((format) => (
          <Button key={format} icon={<ExportOutlined />} loading={busy === format} disabled={Boolean(busy) && busy !== format} onClick={() => void run(format)}>
            导出 {FORMAT_LABELS[format]}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
};

/**
 * 批量导入导出: the types the server lets this account import (执法主体, 执法人员, 权责清单, 随机抽查事项,
 * 法律法规文本), their templates, the upload with its progress and refused rows, and the exports.
 * Stable ids: #import-type, [data-testid=import-upload] (holds the file input), buttons 开始导入, 下载模板….
 */
export const ImportsPage = () => {
  const [params, setParams] = useSearchParams();
  const types = useQuery({ queryKey: importKeys.types, queryFn: fetchImportTypes, staleTime: 10 * 60_000 });
  const items = types.data?.items ?? [];
  const selected = items.find((t) => t.type === params.get('type')) ?? items[0];

  return (
    <>
      <PageHeader
        title="批量导入导出"
        description="按模板整表导入执法主体、执法人员、权责清单、随机抽查事项和法律法规文本；导出文件与模板格式相同。每次导入和导出都记入审计日志。"
      />
      {types.isError && <ErrorAlert error={types.error} onRetry={() => void types.refetch()} />}
      {types.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <Empty description="您的角色没有可批量导入导出的数据" />
        </Card>
      ) : (
        selected && (
          <Flex vertical gap={16}>
            <Card>
              <Flex gap={12} align="center" wrap>
                <Typography.Text strong>数据类型</Typography.Text>
                <Select
                  id="import-type"
                  aria-label="数据类型"
                  style={{ minWidth: 240 }}
                  value={selected.type}
                  options={items.map((t) => ({ value: t.type, label: t.label }))}
                  onChange={(type: string) => setParams({ type }, { replace: true })}
                />
              </Flex>
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={16}>
                <Card title={`导入${selected.label}`}>
                  <ImportPanel key={selected.type} type={selected} />
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card title={`导出${selected.label}`}>
                  <ExportPanel type={selected} />
                </Card>
              </Col>
            </Row>
          </Flex>
        )
      )}
    </>
  );
};
