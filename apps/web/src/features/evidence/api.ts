import type * as C from '@sanxiang/contracts';
import { api, apiUrl } from '../../app/api/client.ts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;

export type EvidenceItem = Output<typeof C.evidenceItem>;
export type CaseEvidence = Output<typeof C.caseEvidenceResponse>;
export type CustodyEvent = Output<typeof C.custodyEvent>;
export type RetrievalRequest = Output<typeof C.retrievalRequest>;
export type SupervisedRetrieval = Output<typeof C.supervisedRetrieval>;
export type IntegrityAlarm = Output<typeof C.integrityAlarm>;
export type RetrievableCase = Output<typeof C.retrievableCasesResponse>['items'][number];
type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

export const evidenceKeys = {
  all: ['evidence'] as const,
  byCase: (caseId: string) => ['evidence', 'case', caseId] as const,
  custody: (id: string) => ['evidence', 'custody', id] as const,
  requests: (status: string) => ['evidence', 'requests', status] as const,
  partyRequests: (caseId: string) => ['evidence', 'party-requests', caseId] as const,
  retrievable: (q: string) => ['evidence', 'retrievable', q] as const,
  retrievals: (page: number) => ['evidence', 'supervision', 'retrievals', page] as const,
  alarms: (page: number) => ['evidence', 'supervision', 'alarms', page] as const,
};

export const UPLOAD_ENDPOINT = apiUrl('/evidence/uploads');
export const contentUrl = (id: string, disposition: 'inline' | 'attachment' = 'inline') => apiUrl(`/evidence/${encodeURIComponent(id)}/content`, { disposition });
export const posterUrl = (id: string) => apiUrl(`/evidence/${encodeURIComponent(id)}/poster`);

export const fetchCaseEvidence = (caseId: string) => api.get<CaseEvidence>(`/evidence/by-case/${encodeURIComponent(caseId)}`);
export const fetchCustody = (id: string) => api.get<{ items: CustodyEvent[] }>(`/evidence/${encodeURIComponent(id)}/custody`);
export const statePurpose = (caseId: string, purpose: string) => api.post<{ eventId: number; expiresAt: string }>(`/evidence/by-case/${encodeURIComponent(caseId)}/purpose`, { purpose });
export const requestRetrieval = (id: string, purpose: string) => api.post<{ eventId: number }>(`/evidence/${encodeURIComponent(id)}/retrieval-requests`, { purpose });
export const fetchPartyRequests = (caseId: string) => api.get<{ items: RetrievalRequest[] }>(`/evidence/by-case/${encodeURIComponent(caseId)}/party-requests`);
export const registerPartyRequest = (caseId: string, body: { applicantName: string; reason: string; evidenceIds: string[] }) =>
  api.post<{ eventId: number }>(`/evidence/by-case/${encodeURIComponent(caseId)}/party-requests`, body);
export const shareUrl = (id: string, requestId: number) => apiUrl(`/evidence/${encodeURIComponent(id)}/content`, { disposition: 'attachment', shareRequest: requestId });
export const changeRetention = (id: string, retentionClass: string, reason: string) => api.post<EvidenceItem>(`/evidence/${encodeURIComponent(id)}/retention`, { retentionClass, reason });
export const setLegalHold = (id: string, hold: boolean, reason: string) => api.post<EvidenceItem>(`/evidence/${encodeURIComponent(id)}/legal-hold`, { hold, reason });
export const requestDeletion = (id: string, reason: string) => api.post<{ eventId: number; outcome: string; code: string | null; message: string }>(`/evidence/${encodeURIComponent(id)}/deletion-request`, { reason });
export const fetchRequests = (status: string) => api.get<{ items: RetrievalRequest[] }>('/evidence/retrieval-requests', { status });
export const decideRequest = (eventId: number, approve: boolean, note?: string) => api.post<{ eventId: number }>(`/evidence/retrieval-requests/${eventId}/decision`, { approve, note });
export const fetchRetrievable = (q: string) => api.get<{ items: RetrievableCase[] }>('/evidence/retrievable-cases', { q });
export const fetchRetrievals = (page: number) => api.get<Paged<SupervisedRetrieval>>('/evidence/supervision/retrievals', { page, pageSize: 20 });
export const fetchAlarms = (page: number) => api.get<Paged<IntegrityAlarm>>('/evidence/supervision/alarms', { page, pageSize: 20 });
/** The CSRF token of this session, for the upload client's own requests. */
export const fetchCsrfToken = async () => (await api.get<{ csrfToken: string }>('/auth/me')).csrfToken;

export const KIND_OPTIONS = [
  { value: 'audio-video', label: '视听资料' },
  { value: 'documentary', label: '书证' },
  { value: 'physical', label: '物证' },
  { value: 'electronic', label: '电子数据' },
  { value: 'witness', label: '证人证言' },
  { value: 'party-statement', label: '当事人陈述' },
  { value: 'expert-opinion', label: '鉴定意见' },
  { value: 'inspection-record', label: '勘验笔录、现场笔录' },
] as const;

export const BASIS_LABELS: Record<string, string> = { handler: '承办人', purpose: '说明事由调阅', approval: '经批准调阅' };
