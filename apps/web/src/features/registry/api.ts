import { api } from '../../app/api/client.ts';
import type {
  AccountsPage,
  AgencyItem,
  AgencyUnit,
  CreateAgencyBody,
  CreateOfficerBody,
  CreateUnitBody,
  ExpiringOfficers,
  OfficerDetail,
  OfficersPage,
  OfficerStanding,
  OfficerStatus,
  RegistryChange,
  RegistryOptions,
  UpdateAgencyBody,
  UpdateOfficerBody,
  UpdateUnitBody,
} from '../../app/api/types.ts';

export type OfficersQuery = {
  page: number;
  pageSize: number;
  q?: string;
  agencyId?: string;
  status?: OfficerStatus;
  standing?: OfficerStanding;
};

export const registryKeys = {
  all: ['registry'] as const,
  options: ['registry', 'options'] as const,
  agencies: ['registry', 'agencies'] as const,
  agencyHistory: (id: string) => ['registry', 'agencies', id, 'history'] as const,
  officers: ['registry', 'officers'] as const,
  officerList: (query: OfficersQuery) => ['registry', 'officers', 'list', query] as const,
  expiring: (days: number) => ['registry', 'officers', 'expiring', days] as const,
  officer: (id: string) => ['registry', 'officers', 'detail', id] as const,
  officerHistory: (id: string) => ['registry', 'officers', 'detail', id, 'history'] as const,
  accounts: (agencyId: string) => ['registry', 'accounts', agencyId] as const,
};

export const fetchRegistryOptions = () => api.get<RegistryOptions>('/registry/options');
export const fetchAgencies = () => api.get<{ items: AgencyItem[] }>('/agencies');
export const createAgency = (body: CreateAgencyBody) => api.post<AgencyItem>('/agencies', body);
export const updateAgency = (id: string, body: UpdateAgencyBody) => api.patch<AgencyItem>(`/agencies/${id}`, body);
export const createUnit = (agencyId: string, body: CreateUnitBody) => api.post<AgencyUnit>(`/agencies/${agencyId}/units`, body);
export const updateUnit = (agencyId: string, unitId: string, body: UpdateUnitBody) => api.patch<AgencyUnit>(`/agencies/${agencyId}/units/${unitId}`, body);
export const fetchAgencyHistory = (id: string) => api.get<{ items: RegistryChange[] }>(`/agencies/${id}/history`);

export const fetchOfficers = (query: OfficersQuery) => api.get<OfficersPage>('/officers', query);
export const fetchExpiring = (days: number) => api.get<ExpiringOfficers>('/officers/expiring', { days });
export const fetchOfficer = (id: string) => api.get<OfficerDetail>(`/officers/${encodeURIComponent(id)}`);
export const fetchOfficerHistory = (id: string) => api.get<{ items: RegistryChange[] }>(`/officers/${encodeURIComponent(id)}/history`);
export const createOfficer = (body: CreateOfficerBody) => api.post<OfficerDetail>('/officers', body);
export const updateOfficer = (id: string, body: UpdateOfficerBody) => api.patch<OfficerDetail>(`/officers/${id}`, body);
export const revokeOfficer = (id: string, body: { reason: string; effectiveOn?: string }) => api.post<OfficerDetail>(`/officers/${id}/revoke`, body);
/** Accounts an officer may be linked to: those of the officer's agency (system admin and agency head may list them). */
export const fetchAgencyAccounts = (agencyId: string) => api.get<AccountsPage>('/admin/accounts', { agencyId, pageSize: 200 });

/** The QR code as an image for the page, and its print address (same SVG, opened on its own). */
export const qrImageUrl = (id: string) => `/api/v1/officers/${id}/qr.svg`;
export const qrPrintUrl = (id: string) => `/officers/${id}/qr.svg`;

/** An officer of another agency answers exactly like one that does not exist. */
export const OFFICER_NOT_FOUND = 'OFFICER_NOT_FOUND';
