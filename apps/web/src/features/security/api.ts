import { api } from '../../app/api/client.ts';
import type { Ok, SessionsResponse } from '../../app/api/types.ts';

export const sessionsKey = ['security', 'sessions'] as const;
export const fetchSessions = () => api.get<SessionsResponse>('/auth/sessions');
export const revokeSession = (id: string) => api.delete<Ok>(`/auth/sessions/${id}`);
