import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './api/client.ts';
import type { Me, SystemInfo } from './api/types.ts';

export const meQueryKey = ['auth', 'me'] as const;
export const systemInfoQueryKey = ['system', 'info'] as const;

/** The signed-in account, or null when there is no session. Refreshes the CSRF token as a side effect. */
export const fetchMe = async (): Promise<Me | null> => {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

// No polling: every request counts as activity, and polling would keep an idle session alive forever.
export const useMe = () => useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });

export const useSystemInfo = () =>
  useQuery({ queryKey: systemInfoQueryKey, queryFn: () => api.get<SystemInfo>('/system/info'), staleTime: Number.POSITIVE_INFINITY });

/** Forgets everything the previous session loaded; the deployment's system info stays. */
export const forgetSession = (client: QueryClient) => {
  setCsrfToken(null);
  const kept = (key: readonly unknown[]) => key[0] === 'system' || (key[0] === meQueryKey[0] && key[1] === meQueryKey[1]);
  client.removeQueries({ predicate: (query) => !kept(query.queryKey) });
  client.setQueryData(meQueryKey, null);
};

export type LoginRouteState = { reason?: 'expired' | 'logout'; from?: string } | null;
