import { api } from '../../app/api/client.ts';
import type { LoginResponse, Ok, TotpEnrolment } from '../../app/api/types.ts';

export const login = (body: { username: string; password: string }) => api.post<LoginResponse>('/auth/login', body);
export const verifyTotp = (code: string) => api.post<Ok>('/auth/totp/verify', { code });
export const startTotpEnrolment = () => api.post<TotpEnrolment>('/auth/totp/enrol');
export const confirmTotpEnrolment = (code: string) => api.post<Ok>('/auth/totp/enrol/confirm', { code });
export const changePassword = (body: { currentPassword: string; newPassword: string }) => api.post<Ok>('/auth/password', body);
export const logout = () => api.post<Ok>('/auth/logout');
