import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Modal, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { formatMinute } from '../../app/format.ts';
import { type DisclosureDetail, disclosureKeys, fetchDisclosure, publishDisclosure, removeDisclosure, STATUS_COLORS, withdrawDisclosure } from './api.ts';

/**
 * One record: the redaction preview (exactly the fields the public will see, summary already redacted), then
 * 审核并发布; 撤回 with a reason; 提前撤下 on credit repair. Stable ids: [data-testid=disclosure-preview],
 * [data-testid=disclosure-publish], [data-testid=disclosure-withdraw], #withdraw-reason, #remove-reason.
 */
export const DisclosureDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery({ queryKey: disclosureKeys.detail(id ?? ''), queryFn: () => fetchDisclosure(id!), enabled: Boolean(id) });
  const [asking, setAsking] = useState<'withdraw' | 'remove' | null>(null);
  const done = (d: DisclosureDetail, text: string) => {
    queryClient.setQueryData(disclosureKeys.detail(d.id), d);
    void queryClient.invalidateQueries({ queryKey: disclosureKeys.all });
    void message.success(text);
  };
  const publish = useMutation({ mutationFn: () => publishDisclosure(id!), onSuccess: (d) => done(d, '已发布到公示平台') });
  const d = detail.data;

  return (
    <Drawer open={Boolean(id)} onClose={onClose} width={720} title={d ? `${d.documentNumber}` : '公示信息'} destroyOnHidden>
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {!d && detail.isFetching && <Spin />}
      {d && (
        <Flex vertical gap={16}>
          <Flex gap={8} wrap align="center">
            <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag>
            <Typography.Text type="secondary">
              {d.kindLabel} · 决定日期 {d.decisionDate} · 应于 {d.dueOn} 前公开（{d.dueBasis.includes('118') ? '国办发〔2018〕118号' : d.dueBasis}）
            </Typography.Text>
          </Flex>
          {d.deadlineState === 'overdue' && <Alert type="error" showIcon message={`已超过公开期限（${d.dueOn}），请尽快审核发布`} />}
          {d.withdrawalDueOn && d.status === 'published' && (
            <Alert type="warning" showIcon message={`原决定已变更，须于 ${d.withdrawalDueOn} 前撤回`} description={d.withdrawalReason} />
          )}
          <div data-testid="disclosure-preview">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              公示预览（公众将看到的全部内容）
            </Typography.Title>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={d.preview}
              showHeader={false}
              columns={[
                { dataIndex: 'label', width: 200, render: (l: string) => <Typography.Text strong>{l}</Typography.Text> },
                { dataIndex: 'value', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> },
              ]}
            />
          </div>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="严重程度">{d.severityLabel}</Descriptions.Item>
            <Descriptions.Item label="公示期">
              {d.displayEndsOn ? `至 ${d.displayEndsOn}（最短至 ${d.displayMinEndsOn}）` : '—'}
            </Descriptions.Item>
            {d.publishedAt && <Descriptions.Item label="发布时间">{formatMinute(d.publishedAt)}</Descriptions.Item>}
            {d.status === 'published' && (
              <Descriptions.Item label="公示页面">
                <a href={d.publicUrl} target="_blank" rel="noreferrer">
                  在公示平台查看
                </a>
              </Descriptions.Item>
            )}
            {d.withdrawnAt && <Descriptions.Item label="撤回时间">{formatMinute(d.withdrawnAt)}</Descriptions.Item>}
            {d.withdrawalReason && d.status === 'withdrawn' && <Descriptions.Item label="撤回理由">{d.withdrawalReason}</Descriptions.Item>}
            {d.removalReason && <Descriptions.Item label="撤下理由">{d.removalReason}</Descriptions.Item>}
          </Descriptions>
          {publish.isError && <Alert type="error" showIcon message={messageOf(publish.error)} />}
          <Flex gap={8} wrap>
            {d.allowedActions.includes('publish') && (
              <Button type="primary" data-testid="disclosure-publish" loading={publish.isPending} onClick={() => publish.mutate()}>
                审核通过并发布
              </Button>
            )}
            {d.allowedActions.includes('withdraw') && (
              <Button danger data-testid="disclosure-withdraw" onClick={() => setAsking('withdraw')}>
                撤回
              </Button>
            )}
            {d.allowedActions.includes('remove') && (
              <Button data-testid="disclosure-remove" onClick={() => setAsking('remove')}>
                信用修复提前撤下
              </Button>
            )}
          </Flex>
          <div>
            <Typography.Title level={5}>处理记录</Typography.Title>
            <Timeline items={d.events.map((e) => ({ children: `${formatMinute(e.at)} ${e.typeLabel}${typeof e.payload.reason === 'string' ? `：${e.payload.reason}` : ''}` }))} />
          </div>
          <ReasonModal
            kind={asking}
            onCancel={() => setAsking(null)}
            submit={async (reason) => {
              const next = asking === 'withdraw' ? await withdrawDisclosure(d.id, reason) : await removeDisclosure(d.id, reason);
              done(next, asking === 'withdraw' ? '已撤回，公示平台页面将显示撤回说明' : '已撤下');
              setAsking(null);
            }}
          />
        </Flex>
      )}
    </Drawer>
  );
};

const ReasonModal = ({ kind, onCancel, submit }: { kind: 'withdraw' | 'remove' | null; onCancel: () => void; submit: (reason: string) => Promise<void> }) => {
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const withdraw = kind === 'withdraw';
  return (
    <Modal
      open={kind !== null}
      title={withdraw ? '撤回公示信息' : '信用修复提前撤下'}
      okText={withdraw ? '确认撤回' : '确认撤下'}
      okButtonProps={{ danger: withdraw, loading: busy, id: withdraw ? 'withdraw-confirm' : 'remove-confirm' }}
      onCancel={onCancel}
      destroyOnHidden
      onOk={async () => {
        const { reason } = await form.validateFields();
        setBusy(true);
        setError(null);
        try {
          await submit(reason);
          form.resetFields();
        } catch (e) {
          setError(messageOf(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph type="secondary">
        {withdraw
          ? '原决定被依法变更、撤销、确认违法或者确认无效的，应当在三个工作日内撤回并公开说明理由（《行政处罚法》第四十八条第二款）。撤回理由将在公示平台公开。'
          : '当事人完成信用修复且最短公示期已满的，可以提前停止公示。请写明信用修复决定及其文号。'}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={withdraw ? '撤回理由' : '撤下理由'} rules={[{ required: true, min: 4, message: '至少4个字' }]}>
          <Input.TextArea id={withdraw ? 'withdraw-reason' : 'remove-reason'} rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
};
