import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Form, Input, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { messageOf } from '../../app/api/client.ts';
import { fetchCaseReview, reviewKeys, submitForReview } from './api.ts';
import { DEADLINE_LABELS, STATUS_COLORS } from './labels.ts';
import { OpinionView } from './OpinionView.tsx';

/**
 * 法制审核 on the case page: whether the current draft needs review and why (the agency's catalogue), the gate the
 * decision will meet, the review's rounds and opinions, and for the lead the submission — after a return, with a
 * written answer to each problem. Stable ids: [data-testid=case-review-panel], #answer-<key>, [data-testid=review-submit].
 */
export const CaseReviewPanel = ({ caseId }: { caseId: string }) => {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answers: Record<string, string>; note?: string }>();
  const panel = useQuery({ queryKey: reviewKeys.forCase(caseId), queryFn: () => fetchCaseReview(caseId) });
  const submit = useMutation({
    mutationFn: (v: { answers?: Record<string, string>; note?: string }) =>
      submitForReview(caseId, {
        answers: (panel.data?.openProblems ?? []).map((p) => ({ key: p.key, text: v.answers?.[p.key] ?? '' })),
        ...(v.note ? { note: v.note } : {}),
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(reviewKeys.forCase(caseId), data);
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      form.resetFields();
      message.success(`已送审（第${data.review?.roundNo ?? 1}轮）`);
    },
  });
  if (!panel.data) return null;
  const { requirement, gate, review, canSubmit, openProblems } = panel.data;
  if (!requirement.required && !review) return null;

  return (
    <Card id="case-review" title="法制审核" size="small" style={{ marginTop: 16 }} data-testid="case-review-panel" extra={review && <Link to={`/reviews/${review.id}`}>审核详情</Link>}>
      {requirement.required ? (
        <Alert
          type={gate.passed ? 'success' : 'warning'}
          showIcon
          data-testid="review-required"
          message={gate.passed ? '须经法制审核：已通过，可以作出决定' : '须经法制审核：未经法制审核或者审核未通过的，不得作出决定（《中华人民共和国行政处罚法》第五十八条）'}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {requirement.reasons.map((r) => (
                <li key={r.code + r.text}>
                  {r.text}
                  <Typography.Text type="secondary">（{r.basis}）</Typography.Text>
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Alert type="info" showIcon message="按本机关法制审核目录清单，当前拟处理意见无须法制审核" style={{ marginBottom: 12 }} />
      )}
      {review && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Tag color={STATUS_COLORS[review.status]} data-testid="case-review-status">{review.statusLabel}</Tag>
          <Typography.Text>第{review.roundNo}轮，送审于{review.submittedOn}</Typography.Text>
          {(review.status === 'submitted' || review.status === 'assigned') && (
            <Typography.Text>
              审核期限{review.dueOn} <Tag color={DEADLINE_LABELS[review.deadlineState].color}>{DEADLINE_LABELS[review.deadlineState].text}</Tag>
            </Typography.Text>
          )}
          {review.assigneeName && <Typography.Text type="secondary">审核人员：{review.assigneeName}</Typography.Text>}
        </Space>
      )}
      {review && review.rounds.some((r) => r.opinion) && (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          defaultActiveKey={[String(review.rounds.filter((r) => r.opinion).at(-1)!.roundNo)]}
          items={review.rounds
            .filter((r) => r.opinion)
            .map((r) => ({ key: String(r.roundNo), label: `第${r.roundNo}轮审核意见：${r.opinion!.resultLabel}（${r.opinion!.number}）`, children: <OpinionView reviewId={review.id} roundNo={r.roundNo} opinion={r.opinion!} /> }))}
        />
      )}
      {canSubmit && (
        <Form form={form} layout="vertical" onFinish={(v) => submit.mutate(v)}>
          {openProblems.length > 0 && (
            <>
              <Typography.Paragraph strong>对审核意见指出的问题逐项书面答复后重新送审：</Typography.Paragraph>
              {openProblems.map((p) => (
                <Form.Item key={p.key} name={['answers', p.key]} label={`${p.label}（审核意见：${p.text}）`} rules={[{ required: true, whitespace: true, message: '请书面答复这一问题' }]}>
                  <Input.TextArea id={`answer-${p.key}`} autoSize={{ minRows: 2 }} placeholder="研究意见及处理情况" />
                </Form.Item>
              ))}
            </>
          )}
          <Form.Item name="note" label="送审说明（可选）">
            <Input.TextArea id="review-note" autoSize={{ minRows: 1 }} />
          </Form.Item>
          {submit.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={messageOf(submit.error)} />}
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="review-submit">
            {openProblems.length ? '答复并重新送审' : review ? '重新送审' : '提交法制审核'}
          </Button>
        </Form>
      )}
    </Card>
  );
};
