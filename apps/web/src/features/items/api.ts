import { api } from '../../app/api/client.ts';
import type { Flowchart, FlowchartPreviewBody, FlagsPage, InspectionBody, InspectionItem, InspectionItemsPage, ItemBody, ItemDetail, ItemKind, ItemsPage, ReviewFlag } from './types.ts';

export type ItemsQuery = { page: number; pageSize: number; q?: string; kind?: ItemKind; agencyId?: string };
export type FlagsQuery = { page: number; pageSize: number; overdue?: boolean; status?: 'open' | 'resolved' | 'all'; agencyId?: string };

export const itemKeys = {
  all: ['items'] as const,
  list: (query: ItemsQuery) => ['items', 'list', query] as const,
  detail: (id: string) => ['items', 'detail', id] as const,
  flowchart: (id: string) => ['items', 'flowchart', id] as const,
  preview: (body: FlowchartPreviewBody) => ['items', 'preview', body] as const,
  inspections: (query: { page: number; pageSize: number; q?: string }) => ['inspection-items', 'list', query] as const,
  inspectionsAll: ['inspection-items'] as const,
  flags: (query: FlagsQuery) => ['review-flags', query] as const,
  flagsAll: ['review-flags'] as const,
  agencies: ['items', 'agencies'] as const,
};

export const fetchItems = (query: ItemsQuery) => api.get<ItemsPage>('/items', query);
export const fetchItem = (id: string) => api.get<ItemDetail>(`/items/${encodeURIComponent(id)}`);
export const fetchFlowchart = (id: string) => api.get<Flowchart>(`/items/${encodeURIComponent(id)}/flowchart`);
export const previewFlowchart = (body: FlowchartPreviewBody) => api.post<Flowchart>('/items/flowchart-preview', body);
export const createItem = (body: ItemBody) => api.post<ItemDetail>('/items', body);
export const updateItem = (id: string, { agencyId: _agencyId, ...body }: ItemBody) => api.put<ItemDetail>(`/items/${id}`, body);
export const withdrawItem = (id: string) => api.delete<{ ok: true }>(`/items/${id}`);

export const fetchInspectionItems = (query: { page: number; pageSize: number; q?: string }) => api.get<InspectionItemsPage>('/inspection-items', query);
export const createInspectionItem = (body: InspectionBody) => api.post<InspectionItem>('/inspection-items', body);
export const updateInspectionItem = (id: string, { agencyId: _agencyId, ...body }: InspectionBody) => api.put<InspectionItem>(`/inspection-items/${id}`, body);
export const withdrawInspectionItem = (id: string) => api.delete<{ ok: true }>(`/inspection-items/${id}`);

export const fetchFlags = ({ overdue, ...query }: FlagsQuery) => api.get<FlagsPage>('/registry/flags', { ...query, overdue: overdue ? 'true' : undefined });
export const resolveFlag = (id: string, note: string) => api.post<ReviewFlag>(`/registry/flags/${id}/resolve`, { note });
export const declareDutiesChange = (agencyId: string, body: { effectiveOn: string; description: string }) =>
  api.post<{ id: string; flags: ReviewFlag[] }>(`/agencies/${agencyId}/duties-changed`, body);

/** The public agency register, for the system admin's choice of agency. */
export const fetchAgencyChoices = () => api.get<{ items: Array<{ id: string; name: string; isSupervisor: boolean }> }>('/agencies');

export const ITEM_NOT_FOUND = 'ITEM_NOT_FOUND';
