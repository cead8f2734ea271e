import { api } from '../../app/api/client.ts';
import type { PasswordPolicy } from '../../app/api/types.ts';

export const policyKey = ['admin', 'password-policy'] as const;
export const fetchPolicy = () => api.get<PasswordPolicy>('/admin/password-policy');
export const savePolicy = (policy: PasswordPolicy) => api.put<PasswordPolicy>('/admin/password-policy', policy);
