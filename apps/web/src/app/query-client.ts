import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client.ts';

// A 4xx answer will not change by asking again; a network failure or 5xx may.
const retry = (failures: number, error: unknown) =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
