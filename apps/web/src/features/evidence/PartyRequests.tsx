import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { formatBeijing } from '../../app/format.ts';
import { type EvidenceItem, evidenceKeys, fetchPartyRequests, registerPartyRequest, shareUrl } from './api.ts';

const STATUS: Record<string, { color: string; label: string }> = { pending: { color: 'orange', label: '待审批' }, approved: { color: 'green', label: '已批准' }, refused: { color: 'red', label: '未批准' } };

/**
 * 当事人调阅申请: the handler registers a party's written request for its own case's records; once the unit or
 * agency head approves it, each copy given is downloaded from here and recorded as a `share` custody event.
 */
export const PartyRequests = ({ caseId, items }: { caseId: string; items: EvidenceItem[] }) => {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: evidenceKeys.partyRequests(caseId), queryFn: () => fetchPartyRequests(caseId) });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ applicantName: string; reason: string; evidenceIds: string[] }>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await registerPartyRequest(caseId, values);
      message.success('已登记，待承办机构负责人或机关负责人审批');
      setOpen(false);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: evidenceKeys.partyRequests(caseId) });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  const requests = list.data?.items ?? [];
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={items.length === 0}>
        登记当事人调阅申请
      </Button>
      {requests.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={<Typography.Text strong>当事人调阅申请</Typography.Text>}
          dataSource={requests}
          renderItem={(r) => (
            <List.Item>
              <Space wrap>
                <Tag color={STATUS[r.status].color}>{STATUS[r.status].label}</Tag>
                <span>{r.applicantName}</span>
                <Typography.Text type="secondary">{formatBeijing(r.at, 'YYYY-MM-DD HH:mm')} · {r.purpose}</Typography.Text>
                {r.status === 'approved' &&
                  r.evidenceIds.map((id, i) => (
                    <a key={id} href={shareUrl(id, r.eventId)}>
                      提供副本：{r.evidenceTitles[i]}
                    </a>
                  ))}
              </Space>
            </List.Item>
          )}
        />
      )}
      <Modal open={open} title="登记当事人调阅申请" okText="登记" onOk={() => void submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">当事人（或其代理人）可申请查阅、复制本案的执法记录；经承办机构负责人或机关负责人批准后提供副本，每次提供均记入保管链。</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="applicantName" label="申请人" rules={[{ required: true, min: 2 }]}>
            <Input placeholder="如：某公司（委托代理人张某）" />
          </Form.Item>
          <Form.Item name="reason" label="申请事由" rules={[{ required: true, min: 4, message: '申请事由至少 4 个字' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="evidenceIds" label="申请查阅的证据" rules={[{ required: true, message: '请选择证据' }]}>
            <Checkbox.Group options={items.map((i) => ({ value: i.id, label: i.title }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
