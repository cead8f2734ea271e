import { api } from '../../app/api/client.ts';
import type {
  AccountItem,
  AccountsPage,
  AgencyOption,
  CreateAccountBody,
  CreatedAccount,
  Ok,
  RoleName,
  UpdateAccountBody,
} from '../../app/api/types.ts';

export type AccountsQuery = { page: number; pageSize: number; q?: string; agencyId?: string };

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountsQuery) => ['accounts', 'list', query] as const,
  agencies: ['accounts', 'agency-options'] as const,
};

export const fetchAccounts = (query: AccountsQuery) => api.get<AccountsPage>('/admin/accounts', query);
export const fetchAgencyOptions = () => api.get<{ items: AgencyOption[] }>('/admin/agency-options');
export const createAccount = (body: CreateAccountBody) => api.post<CreatedAccount>('/admin/accounts', body);
export const updateAccount = (id: string, body: UpdateAccountBody) => api.patch<AccountItem>(`/admin/accounts/${id}`, body);
export const grantRoles = (id: string, roles: RoleName[]) => api.put<AccountItem>(`/admin/accounts/${id}/roles`, { roles });
export const forceLogout = (id: string) => api.post<Ok>(`/admin/accounts/${id}/logout`);
export const unlockAccount = (id: string) => api.post<AccountItem>(`/admin/accounts/${id}/unlock`);
export const resetSecondFactor = (id: string) => api.post<AccountItem>(`/admin/accounts/${id}/reset-second-factor`);
