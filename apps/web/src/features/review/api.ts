import type * as C from '@sanxiang/contracts';
import { api, apiUrl } from '../../app/api/client.ts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;

export type ReviewDetail = Output<typeof C.reviewDetail>;
export type ReviewSummary = Output<typeof C.reviewSummary>;
export type ReviewRound = Output<typeof C.reviewRoundItem>;
export type ReviewOpinion = Output<typeof C.reviewOpinionItem>;
export type PrecheckFinding = Output<typeof C.precheckFinding>;
export type CaseReview = Output<typeof C.caseReviewResponse>;
export type ReviewQueue = Output<typeof C.reviewQueueResponse>;
export type ReviewerOption = Output<typeof C.reviewerOption>;
export type CatalogueResponse = Output<typeof C.catalogueResponse>;
export type ReviewCatalogue = CatalogueResponse['catalogue'];
export type AssignBody = Output<typeof C.assignReviewBody>;
export type OpinionBody = Output<typeof C.opinionBody>;
export type SubmitBody = Output<typeof C.submitReviewBody>;
export type ReviewStatistics = Output<typeof C.reviewStatisticsResponse>;
export type Staffing = Output<typeof C.staffingResponse>;
export type PointKey = Output<typeof C.reviewPointKey>;

export type QueueQuery = { page: number; pageSize: number; status?: string; mine?: boolean; overdue?: boolean };

export const reviewKeys = {
  all: ['reviews'] as const,
  queue: (q: QueueQuery) => ['reviews', 'queue', q] as const,
  detail: (id: string) => ['reviews', 'detail', id] as const,
  forCase: (caseId: string) => ['reviews', 'case', caseId] as const,
  options: (id: string) => ['reviews', 'options', id] as const,
  catalogue: (agencyId: string | null) => ['reviews', 'catalogue', agencyId] as const,
  statistics: (q: object) => ['reviews', 'statistics', q] as const,
  staffing: ['reviews', 'staffing'] as const,
};

const id = encodeURIComponent;
export const fetchQueue = ({ mine, overdue, ...q }: QueueQuery) =>
  api.get<ReviewQueue>('/reviews', { ...q, mine: mine ? 'true' : undefined, overdue: overdue ? 'true' : undefined });
export const fetchReview = (reviewId: string) => api.get<ReviewDetail>(`/reviews/${id(reviewId)}`);
export const fetchCaseReview = (caseId: string) => api.get<CaseReview>(`/cases/${id(caseId)}/legal-review`);
export const submitForReview = (caseId: string, body: SubmitBody) => api.post<CaseReview>(`/cases/${id(caseId)}/legal-review`, body);
export const fetchReviewerOptions = (reviewId: string) => api.get<{ items: ReviewerOption[] }>(`/reviews/${id(reviewId)}/reviewer-options`);
export const assignReviewer = (reviewId: string, body: AssignBody) => api.post<ReviewDetail>(`/reviews/${id(reviewId)}/assign`, body);
export const writeOpinion = (reviewId: string, body: OpinionBody) => api.post<ReviewDetail>(`/reviews/${id(reviewId)}/opinion`, body);
export const escalate = (reviewId: string, reason: string) => api.post<ReviewDetail>(`/reviews/${id(reviewId)}/escalate`, { reason });
export const coordinate = (reviewId: string, body: { outcome: 'revise' | 'review-again'; opinion: string }) => api.post<ReviewDetail>(`/reviews/${id(reviewId)}/coordinate`, body);
export const extendReview = (reviewId: string, reason: string) => api.post<ReviewDetail>(`/reviews/${id(reviewId)}/extend`, { reason });
export const fetchCatalogue = (agencyId: string | null) => api.get<CatalogueResponse>('/review-catalogue', { agencyId: agencyId ?? undefined });
export const saveCatalogue = (agencyId: string | null, catalogue: ReviewCatalogue) => api.put<CatalogueResponse>('/review-catalogue', { agencyId, catalogue });
export const fetchStatistics = (q: { from?: string; to?: string }) => api.get<ReviewStatistics>('/reviews/statistics', q);
export const fetchStaffing = () => api.get<Staffing>('/reviews/staffing');
/** The 法制审核意见书 of a round, opened by the browser (PDF viewer). */
export const opinionPdfUrl = (reviewId: string, roundNo: number) => apiUrl(`/reviews/${id(reviewId)}/opinion.pdf`, { round: roundNo });
