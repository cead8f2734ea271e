import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import type { CaseAction, CaseDetail, DecideFilingBody, RequestFilingBody } from '../../app/api/types.ts';
import { caseKeys, decideFiling, requestFiling } from './api.ts';

const ACTION_LABELS: Record<CaseAction, string> = { 'request-filing': '申请立案', 'decide-filing': '审批立案' };

/** The next acts the server allows this user on this case (`allowedActions`), as buttons with their forms. */
export const CaseActions = ({ item }: { item: CaseDetail }) => {
  const [open, setOpen] = useState<CaseAction | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [requestForm] = Form.useForm<RequestFilingBody>();
  const [decideForm] = Form.useForm<DecideFilingBody>();
  const done = (updated: CaseDetail, text: string) => {
    queryClient.setQueryData(caseKeys.detail(item.id), updated);
    void queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] });
    setOpen(null);
    message.success(text);
  };
  const request = useMutation({
    mutationFn: (body: RequestFilingBody) => requestFiling(item.id, body),
    onSuccess: (updated) => done(updated, '已提交立案申请，等待审批'),
  });
  const decide = useMutation({
    mutationFn: (body: DecideFilingBody) => decideFiling(item.id, body),
    onSuccess: (updated) => done(updated, updated.caseNumber ? `已立案，案件编号 ${updated.caseNumber}` : '已决定不予立案'),
  });
  if (item.allowedActions.length === 0) return null;

  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }} data-testid="case-actions">
        {item.allowedActions.map((action) => (
          <Button key={action} type="primary" data-testid={`action-${action}`} onClick={() => setOpen(action)}>
            {ACTION_LABELS[action]}
          </Button>
        ))}
      </Flex>
      <Modal
        title="申请立案"
        open={open === 'request-filing'}
        okText="提交申请"
        confirmLoading={request.isPending}
        onOk={() => void requestForm.validateFields().then((v) => request.mutate({ reason: v.reason, aggravated: Boolean(v.aggravated) }))}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {request.isError && <Alert type="error" showIcon title={messageOf(request.error)} style={{ marginBottom: 12 }} />}
        <Form form={requestForm} layout="vertical" preserve={false}>
          <Form.Item name="reason" label="立案理由" rules={[{ required: true, min: 10, whitespace: true, message: '立案理由至少10个字' }]}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="filing-reason" placeholder="涉嫌违法的事实、依据，以及应予立案的理由" />
          </Form.Item>
          <Form.Item name="aggravated" valuePropName="checked" extra="《行政处罚法》第三十六条：追责时效一般为二年，此类情形为五年。">
            <Checkbox data-testid="filing-aggravated">危害后果严重，涉及公民生命健康安全或金融安全</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="审批立案"
        open={open === 'decide-filing'}
        okText="提交审批"
        confirmLoading={decide.isPending}
        onOk={() => void decideForm.validateFields().then((v) => decide.mutate({ approve: v.approve, opinion: v.opinion }))}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {decide.isError && <Alert type="error" showIcon title={messageOf(decide.error)} style={{ marginBottom: 12 }} />}
        <Form form={decideForm} layout="vertical" preserve={false} initialValues={{ approve: true }}>
          <Form.Item name="approve" label="审批结论" rules={[{ required: true }]}>
            <Radio.Group data-testid="filing-approve">
              <Radio value={true}>同意立案</Radio>
              <Radio value={false}>不同意（不予立案）</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="opinion" label="审批意见" rules={[{ required: true, min: 2, whitespace: true, message: '审批意见至少2个字' }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="filing-opinion" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
