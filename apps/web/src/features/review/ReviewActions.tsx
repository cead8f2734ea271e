import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { assignReviewer, coordinate, escalate, extendReview, fetchReviewerOptions, type ReviewDetail, reviewKeys } from './api.ts';

type Dialog = null | 'assign' | 'extend' | 'escalate' | 'coordinate';

/** 指派, 延长期限, 提请协调 and 协调: the acts the server says the actor may take on this review now. */
export const ReviewActions = ({ review }: { review: ReviewDetail }) => {
  const [open, setOpen] = useState<Dialog>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const options = useQuery({ queryKey: reviewKeys.options(review.id), queryFn: () => fetchReviewerOptions(review.id), enabled: open === 'assign' });
  const kind = Form.useWatch('kind', form) ?? 'reviewer';
  const run = useMutation({
    mutationFn: async (v: Record<string, unknown>) => {
      if (open === 'assign') {
        return assignReviewer(
          review.id,
          v.kind === 'reviewer'
            ? { kind: 'reviewer', accountId: v.accountId as string }
            : { kind: v.kind as 'legal-adviser' | 'public-lawyer', adviser: { name: v.name as string, organization: v.organization as string, legalQualification: Boolean(v.qualification) } },
        );
      }
      if (open === 'extend') return extendReview(review.id, v.reason as string);
      if (open === 'escalate') return escalate(review.id, v.reason as string);
      return coordinate(review.id, { outcome: v.outcome as 'revise' | 'review-again', opinion: v.opinion as string });
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(reviewKeys.detail(review.id), detail);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      message.success('已办理');
      setOpen(null);
      form.resetFields();
    },
  });
  const titles: Record<Exclude<Dialog, null>, string> = { assign: '指派审核人员', extend: '延长审核期限', escalate: '提请机关负责人协调', coordinate: '协调审核分歧' };

  return (
    <>
      <Space wrap>
        {review.allowed.includes('assign') && (
          <Button type="primary" onClick={() => setOpen('assign')} data-testid="review-assign">
            {review.assigneeName ? '改派审核人员' : '指派审核人员'}
          </Button>
        )}
        {review.allowed.includes('extend') && <Button onClick={() => setOpen('extend')}>延长审核期限</Button>}
        {review.allowed.includes('escalate') && <Button onClick={() => setOpen('escalate')}>提请协调</Button>}
        {review.allowed.includes('coordinate') && (
          <Button type="primary" onClick={() => setOpen('coordinate')}>
            协调
          </Button>
        )}
      </Space>
      <Modal open={open !== null} title={open ? titles[open] : ''} onCancel={() => setOpen(null)} onOk={() => form.submit()} okText="确定" confirmLoading={run.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'review-dialog-ok' } as never}>
        <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v)} initialValues={{ kind: 'reviewer', outcome: 'revise' }} preserve={false}>
          {open === 'assign' && (
            <>
              <Form.Item name="kind" label="审核人员类别">
                <Radio.Group>
                  <Radio value="reviewer">本机关法制审核人员</Radio>
                  <Radio value="legal-adviser">法律顾问</Radio>
                  <Radio value="public-lawyer">公职律师</Radio>
                </Radio.Group>
              </Form.Item>
              {kind === 'reviewer' ? (
                <Form.Item name="accountId" label="审核人员" rules={[{ required: true, message: '请选择审核人员' }]}>
                  <Select
                    id="assign-reviewer"
                    showSearch
                    optionFilterProp="label"
                    loading={options.isLoading}
                    options={(options.data?.items ?? []).map((o) => ({
                      value: o.accountId,
                      disabled: o.handlesCase,
                      label: `${o.name}${o.legalQualification ? '（具有法律职业资格）' : ''}${o.handlesCase ? '（本案承办人，不得审核）' : ''}${o.completedReviews === 0 ? '（初次审核）' : ''}`,
                    }))}
                  />
                </Form.Item>
              ) : (
                <>
                  <Form.Item name="name" label="姓名" rules={[{ required: true, min: 2 }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="organization" label="所在单位" rules={[{ required: true, min: 2 }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="qualification" label="具有法律职业资格" valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </>
              )}
            </>
          )}
          {(open === 'extend' || open === 'escalate') && (
            <Form.Item name="reason" label={open === 'extend' ? '延长理由' : '分歧及理由'} rules={[{ required: true, min: 4, message: '请至少写4个字' }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} />
            </Form.Item>
          )}
          {open === 'coordinate' && (
            <>
              <Form.Item name="outcome" label="协调结果">
                <Radio.Group>
                  <Radio value="revise">承办机构按审核意见修改后重新送审</Radio>
                  <Radio value="review-again">法制审核机构结合协调意见重新审核</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="opinion" label="协调意见" rules={[{ required: true, min: 4 }]}>
                <Input.TextArea autoSize={{ minRows: 3 }} />
              </Form.Item>
            </>
          )}
          {run.isError && <Alert type="error" showIcon message={messageOf(run.error)} />}
        </Form>
      </Modal>
    </>
  );
};
