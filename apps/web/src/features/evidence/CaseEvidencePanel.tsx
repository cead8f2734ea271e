import { AudioOutlined, DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileTextOutlined, HistoryOutlined, LockOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError, messageOf } from '../../app/api/client.ts';
import { formatBeijing } from '../../app/format.ts';
import { contentUrl, type EvidenceItem, evidenceKeys, fetchCaseEvidence, requestRetrieval, statePurpose } from './api.ts';
import { CustodyDrawer } from './CustodyDrawer.tsx';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { EvidenceViewer } from './EvidenceViewer.tsx';
import { PartyRequests } from './PartyRequests.tsx';
import { formatBytes, formatDuration } from './upload-progress.ts';

const iconOf = (t: string) =>
  t.startsWith('video/') ? <PlayCircleOutlined /> : t.startsWith('audio/') ? <AudioOutlined /> : t.startsWith('image/') ? <FileImageOutlined /> : t === 'application/pdf' ? <FilePdfOutlined /> : <FileTextOutlined />;

/**
 * 证据与音像记录 of a case: list, upload (handlers), view/play, custody timeline. Someone who does not handle
 * the case is asked for a purpose (调阅事由) before the first view; a restricted item needs an approval.
 */
export const CaseEvidencePanel = ({ caseId }: { caseId: string }) => {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: evidenceKeys.byCase(caseId), queryFn: () => fetchCaseEvidence(caseId) });
  const [viewing, setViewing] = useState<EvidenceItem | null>(null);
  const [custody, setCustody] = useState<EvidenceItem | null>(null);
  const [asking, setAsking] = useState<{ item: EvidenceItem; then: 'view' | 'download'; needs: 'purpose' | 'approval' } | null>(null);
  const [purpose, setPurpose] = useState('');
  const [busy, setBusy] = useState(false);

  const data = list.data;
  const open = (item: EvidenceItem, then: 'view' | 'download') => {
    if (item.readAccess === 'needs-approval') return setAsking({ item, then, needs: 'approval' });
    if (item.readAccess === 'needs-purpose') return setAsking({ item, then, needs: 'purpose' });
    if (then === 'view') setViewing(item);
    else window.location.assign(contentUrl(item.id, 'attachment'));
  };

  const submitAsk = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      if (asking.needs === 'purpose') {
        await statePurpose(caseId, purpose);
        await queryClient.invalidateQueries({ queryKey: evidenceKeys.byCase(caseId) });
        const { item, then } = asking;
        setAsking(null);
        setPurpose('');
        if (then === 'view') setViewing(item);
        else window.location.assign(contentUrl(item.id, 'attachment'));
      } else {
        await requestRetrieval(asking.item.id, purpose);
        message.success('调阅申请已提交，待承办机构负责人或机关负责人审批');
        setAsking(null);
        setPurpose('');
      }
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (list.isError && isApiError(list.error, 'FORBIDDEN')) return null;
  return (
    <Card
      size="small"
      title="证据与音像记录"
      data-testid="case-evidence"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          {data?.access === 'purpose' && <Tag color="orange">调阅中，事由有效至 {formatBeijing(data.purposeExpiresAt, 'HH:mm')}</Tag>}
          {data?.access === 'needs-purpose' && <Tag color="orange" icon={<LockOutlined />}>非承办人：查看前须说明调阅事由</Tag>}
          {data?.mayUpload && <EvidenceUpload caseId={caseId} />}
        </Space>
      }
    >
      {list.isError && <Alert type="error" showIcon message={messageOf(list.error)} />}
      <Table<EvidenceItem>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: '尚无证据' }}
        data-testid="evidence-table"
        onRow={(r) => ({ 'data-testid': 'evidence-row', 'data-title': r.title }) as never}
        columns={[
          { title: '种类', dataIndex: 'kindLabel', width: 110 },
          {
            title: '证据',
            render: (_, r) => (
              <Flex vertical>
                <span>
                  {iconOf(r.mediaType)} {r.title} {r.restricted && <Tag color="red">限制调阅</Tag>}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.fileName} · {r.mediaTypeLabel} · {formatBytes(r.size)}
                  {r.durationMs ? ` · 时长 ${formatDuration(r.durationMs / 1000)}` : ''}
                  {r.deviceId ? ` · 设备 ${r.deviceId}` : ''}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: '取证',
            width: 200,
            render: (_, r) => (
              <Typography.Text style={{ fontSize: 12 }}>
                {r.collectedByName ?? '—'}
                <br />
                {r.collectedAt ? formatBeijing(r.collectedAt, 'YYYY-MM-DD HH:mm') : formatBeijing(r.ingestedAt, 'YYYY-MM-DD HH:mm')}
                {r.collectedPlace ? ` · ${r.collectedPlace}` : ''}
              </Typography.Text>
            ),
          },
          { title: 'SM3', width: 120, render: (_, r) => <Typography.Text code style={{ fontSize: 11 }} title={r.sm3}>{r.sm3.slice(0, 12)}…</Typography.Text> },
          { title: '保管期限', width: 90, render: (_, r) => (r.legalHold ? <Tag color="red">诉讼保全</Tag> : r.retentionLabel) },
          {
            title: '操作',
            width: 220,
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => open(r, 'view')} data-testid="evidence-view">
                  {r.mediaType.startsWith('video/') || r.mediaType.startsWith('audio/') ? '播放' : '查看'}
                </Button>
                <Button size="small" type="link" icon={<DownloadOutlined />} onClick={() => open(r, 'download')} />
                <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => setCustody(r)} data-testid="evidence-custody">
                  保管链
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {data?.access === 'handler' && data.mayUpload && (
        <div style={{ marginTop: 12 }}>
          <PartyRequests caseId={caseId} items={data.items} />
        </div>
      )}
      <EvidenceViewer item={viewing} onClose={() => (setViewing(null), void queryClient.invalidateQueries({ queryKey: evidenceKeys.custody(viewing?.id ?? '') }))} />
      <CustodyDrawer item={custody} onClose={() => setCustody(null)} />
      <Modal
        open={Boolean(asking)}
        title={asking?.needs === 'approval' ? '申请调阅限制调阅材料' : '说明调阅事由'}
        okText={asking?.needs === 'approval' ? '提交申请' : '确认并查看'}
        confirmLoading={busy}
        okButtonProps={{ disabled: purpose.trim().length < 4, 'data-testid': 'purpose-submit' } as never}
        onOk={() => void submitAsk()}
        onCancel={() => (setAsking(null), setPurpose(''))}
        destroyOnHidden
      >
        <Typography.Paragraph data-testid="purpose-prompt">
          {asking?.needs === 'approval'
            ? `“${asking.item.title}”为限制调阅材料。您不是本案承办人，须说明事由并经承办机构负责人或机关负责人批准后方可查看。`
            : '您不是本案承办人。根据调阅监督规定，查看本案证据前须说明调阅事由；事由与每次查看均记入保管链，司法行政部门可查阅。'}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="调阅事由" required help="至少 4 个字">
            <Input.TextArea rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} data-testid="purpose-input" placeholder="如：办理关联案件需比对现场视频" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
};
