import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { NotFound } from '../../app/NotFound.tsx';
import { CASE_NOT_FOUND, caseKeys, fetchCase } from './api.ts';
import { CaseActions } from './CaseActions.tsx';
import { CaseDeadlines } from './CaseDeadlines.tsx';
import { CaseDocuments } from './CaseDocuments.tsx';
import { CaseFacts } from './CaseFacts.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseMeasures } from './CaseMeasures.tsx';
import { CaseProgress } from './CaseProgress.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { CaseEvidencePanel } from '../evidence/CaseEvidencePanel.tsx';
import { CaseReviewPanel } from '../review/CaseReviewPanel.tsx';

// A malformed id in the address is refused as VALIDATION_FAILED; to the reader it is the same: no such case.
const isMissing = (error: unknown) => isApiError(error, CASE_NOT_FOUND) || isApiError(error, 'VALIDATION_FAILED');

export const CasePage = () => {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => fetchCase(id) });

  if (detail.isError && isMissing(detail.error)) {
    return (
      <NotFound
        testId="case-not-found"
        title="没有这个案件"
        subTitle="案件不存在，或不在您的查阅范围内。"
        back={{ to: '/cases', label: '返回案件列表' }}
      />
    );
  }
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  return (
    <>
      <CaseHeader item={detail.data} />
      <CaseActions item={detail.data} />
      <CaseProgress item={detail.data} />
      <CaseReviewPanel caseId={detail.data.id} />
      <CaseDeadlines item={detail.data} />
      <CaseFacts item={detail.data} />
      <CaseDocuments item={detail.data} />
      <CaseMeasures item={detail.data} />
      <CaseTimeline item={detail.data} />
      <CaseEvidencePanel caseId={detail.data.id} />
    </>
  );
};
