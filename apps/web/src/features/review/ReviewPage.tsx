import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Empty, List, Row, Skeleton, Tabs, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { NotFound } from '../../app/NotFound.tsx';
import { fetchReview, type ReviewDetail, reviewKeys, type ReviewRound } from './api.ts';
import { DEADLINE_LABELS, STATUS_COLORS } from './labels.ts';
import { OpinionForm } from './OpinionForm.tsx';
import { OpinionView } from './OpinionView.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { PrecheckList, SnapshotView } from './SnapshotView.tsx';

const RoundPane = ({ review, round, current }: { review: ReviewDetail; round: ReviewRound; current: boolean }) => (
  <Row gutter={16}>
    <Col xs={24} xl={12}>
      <Card size="small" title="送审材料（冻结）" style={{ marginBottom: 16 }}>
        <SnapshotView round={round} />
      </Card>
      {round.answers.length > 0 && (
        <Card size="small" title="承办机构对上一轮问题的书面答复" style={{ marginBottom: 16 }} data-testid="round-answers">
          <List size="small" dataSource={round.answers} renderItem={(a) => <List.Item><Typography.Text strong>{a.label}：</Typography.Text>{a.text}</List.Item>} />
        </Card>
      )}
      {round.coordination && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`机关负责人协调：${String(round.coordination.outcomeLabel ?? '')}`} description={String(round.coordination.opinion ?? '')} />
      )}
      <Card size="small">
        <PrecheckList findings={round.prechecks} />
      </Card>
    </Col>
    <Col xs={24} xl={12}>
      {round.opinion ? (
        <Card size="small" title="法制审核意见">
          <OpinionView reviewId={review.id} roundNo={round.roundNo} opinion={round.opinion} />
        </Card>
      ) : current && review.allowed.includes('opine') ? (
        <OpinionForm reviewId={review.id} prechecks={round.prechecks} />
      ) : (
        <Card size="small" title="法制审核意见">
          <Empty description={review.assigneeName ? `待${review.assigneeName}出具意见` : '待指派审核人员'} />
        </Card>
      )}
    </Col>
  </Row>
);

/**
 * One case's legal review: per round the frozen submission with the machine pre-checks beside it, and the opinion
 * (or, for the assigned reviewer, the opinion form). The steps below are the review's record.
 */
export const ReviewPage = () => {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: reviewKeys.detail(id), queryFn: () => fetchReview(id) });
  if (detail.isError && (isApiError(detail.error, 'REVIEW_NOT_FOUND') || isApiError(detail.error, 'VALIDATION_FAILED'))) {
    return <NotFound title="没有这个法制审核" subTitle="审核不存在，或不在您的查阅范围内。" back={{ to: '/reviews', label: '返回法制审核' }} />;
  }
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const r = detail.data;
  if (!r) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  const stale = r.status === 'passed' && r.currentDraftVersion !== null && r.currentDraftVersion !== r.draftVersion;
  return (
    <>
      <PageHeader title={`法制审核：${r.caseTitle}`} description={<Link to={`/cases/${r.caseId}`}>{r.caseNumber ?? '查看案件'}</Link>} extra={<ReviewActions review={r} />} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="状态">
            <Tag color={STATUS_COLORS[r.status]} data-testid="review-status">{r.statusLabel}</Tag>
            {r.escalation === 'open' && <Tag color="purple">协调中</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="轮次">第{r.roundNo}轮</Descriptions.Item>
          <Descriptions.Item label="审核人员">{r.assigneeName ?? '待指派'}</Descriptions.Item>
          <Descriptions.Item label="送审日期">{r.submittedOn}</Descriptions.Item>
          <Descriptions.Item label="审核期限">
            {r.dueOn}
            {r.extended ? '（已延长）' : ''} <Tag color={DEADLINE_LABELS[r.deadlineState].color}>{DEADLINE_LABELS[r.deadlineState].text}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="决定前的审核关口">{r.gate.required ? (r.gate.passed ? <Tag color="green">已通过，可以作出决定</Tag> : <Tag color="red">须经法制审核，尚未通过</Tag>) : <Tag>按目录清单无须审核</Tag>}</Descriptions.Item>
        </Descriptions>
        {stale && <Alert type="warning" showIcon message={`审核通过的是拟处理意见第${r.draftVersion}版，案件的拟处理意见已修改为第${r.currentDraftVersion}版，须重新送审。`} />}
      </Card>
      <Tabs
        defaultActiveKey={String(r.roundNo)}
        items={r.rounds.map((round) => ({ key: String(round.roundNo), label: `第${round.roundNo}轮${round.opinion ? `（${round.opinion.resultLabel}）` : ''}`, children: <RoundPane review={r} round={round} current={round.roundNo === r.roundNo} /> }))}
      />
      <Card size="small" title="审核过程" style={{ marginTop: 16 }}>
        <Timeline
          items={[
            ...r.rounds.map((x) => ({ key: `r${x.roundNo}`, at: x.submittedAt, text: `第${x.roundNo}轮送审（${x.submittedByName ?? ''}）` })),
            ...r.rounds.filter((x) => x.opinion).map((x) => ({ key: `o${x.roundNo}`, at: x.opinion!.writtenAt, text: `第${x.roundNo}轮审核意见：${x.opinion!.resultLabel}（${x.opinion!.reviewerName}，${x.opinion!.number}）` })),
            ...r.steps.map((s) => ({ key: s.id, at: s.at, text: `${s.typeLabel}（${s.actorName ?? ''}）${s.payload.reviewerName ? `：${String(s.payload.reviewerName)}` : ''}${s.payload.reason ? `：${String(s.payload.reason)}` : ''}${s.payload.opinion ? `：${String(s.payload.opinion)}` : ''}` })),
          ]
            .sort((a, b) => a.at.localeCompare(b.at))
            .map((e) => ({ key: e.key, children: `${new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}　${e.text}` }))}
        />
      </Card>
    </>
  );
};
