import { REVIEW_POINTS } from '@sanxiang/domain/review/review-points';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Tag, Typography } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import { type PrecheckFinding, reviewKeys, writeOpinion } from './api.ts';
import { PRECHECK_COLORS, PRECHECK_TEXT } from './labels.ts';

type Values = { points: Record<string, { ok: boolean; text: string }>; result: 'agree' | 'problems'; reasons: string };

/**
 * The written opinion: for each of the ten points a finding (无问题 / 有问题) and its own text, with the pre-check
 * findings for that point beside it; then 同意 or 存在问题 with reasons. Stable ids: #point-<key>-text,
 * [data-testid=point-<key>-finding], [data-testid=opinion-result], #opinion-reasons, [data-testid=opinion-submit].
 */
export const OpinionForm = ({ reviewId, prechecks }: { reviewId: string; prechecks: PrecheckFinding[] }) => {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const points = Form.useWatch('points', form);
  const problems = REVIEW_POINTS.filter((p) => points?.[p.key]?.ok === false).length;
  const save = useMutation({
    mutationFn: (v: Values) =>
      writeOpinion(reviewId, { points: REVIEW_POINTS.map((p) => ({ key: p.key, ok: v.points[p.key].ok, text: v.points[p.key].text })), result: v.result, reasons: v.reasons ?? '' }),
    onSuccess: (detail) => {
      queryClient.setQueryData(reviewKeys.detail(reviewId), detail);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      message.success(detail.result === 'agree' ? '已出具“同意”的审核意见' : '已出具“存在问题”的审核意见，退回承办机构');
    },
  });
  const initial: Values = { points: Object.fromEntries(REVIEW_POINTS.map((p) => [p.key, { ok: true, text: '' }])), result: 'agree', reasons: '' };

  return (
    <Card title="出具法制审核意见" size="small" data-testid="opinion-form">
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} requiredMark={false}>
        {REVIEW_POINTS.map((p, i) => {
          const related = prechecks.filter((f) => f.point === p.key);
          return (
            <div key={p.key} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8, marginBottom: 12 }}>
              <Typography.Text strong>
                {i + 1}. {p.label}
              </Typography.Text>
              {related.map((f) => (
                <Tag key={f.key} color={PRECHECK_COLORS[f.status]} style={{ marginLeft: 8 }}>
                  {f.label}：{PRECHECK_TEXT[f.status]}
                </Tag>
              ))}
              <div data-testid={`point-${p.key}-finding`}>
                <Form.Item name={['points', p.key, 'ok']} style={{ margin: '6px 0' }}>
                  <Radio.Group optionType="button" buttonStyle="solid" size="small">
                    <Radio.Button value={true}>无问题</Radio.Button>
                    <Radio.Button value={false}>有问题</Radio.Button>
                  </Radio.Group>
                </Form.Item>
              </div>
              <Form.Item name={['points', p.key, 'text']} rules={[{ required: true, whitespace: true, message: `请写明对“${p.label}”的审核意见` }]} style={{ margin: 0 }}>
                <Input.TextArea id={`point-${p.key}-text`} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="审核意见" />
              </Form.Item>
            </div>
          );
        })}
        <div data-testid="opinion-result">
          <Form.Item name="result" label="审核结论">
            <Radio.Group>
              <Radio value="agree">同意</Radio>
              <Radio value="problems">存在问题</Radio>
            </Radio.Group>
          </Form.Item>
        </div>
        {problems > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`已标出${problems}项问题：审核结论应为“存在问题”，并写明理由和处理建议。`} />}
        <Form.Item name="reasons" label="意见及理由（存在问题时必填）">
          <Input.TextArea id="opinion-reasons" autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {save.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={messageOf(save.error)} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="opinion-submit">
          出具审核意见
        </Button>
      </Form>
    </Card>
  );
};
