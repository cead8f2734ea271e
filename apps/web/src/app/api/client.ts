/**
 * The one place that talks HTTP to /api/v1. It keeps the session's CSRF token (sent on every
 * state-changing request), turns `{code, message}` error bodies into ApiError, and reports once when
 * the server says the session has ended so the app can return to the login page.
 */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** A body sent as it is (a file upload), with its own content type, instead of JSON. */
type RawBody = { data: Blob; contentType: string };
type RequestOptions = { method?: Method; body?: unknown; raw?: RawBody; query?: QueryParams };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

const BASE = '/api/v1';
const CSRF_HEADER = 'x-csrf-token';
// 401s that mean "no usable session"; LOGIN_FAILED, TOTP_INVALID and PASSWORD_WRONG are also 401 but are answers to the user's input.
const SESSION_ENDED_CODES = new Set(['AUTH_REQUIRED', 'SECOND_FACTOR_REQUIRED']);

let csrfToken: string | null = null;
let sessionEndedHandler: (() => void) | null = null;
let lastRequestAt = Date.now();

export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** Called when a request made inside a session finds the session gone (idle timeout, forced logout, roles changed). */
export const onSessionEnded = (handler: () => void) => {
  sessionEndedHandler = handler;
};

/** When this tab last asked the server anything: each request counts as activity for the session's idle timeout. */
export const lastActivity = () => lastRequestAt;

export const apiUrl = (path: string, query?: QueryParams) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
};

// How far the server's clock is ahead of this device's (milliseconds), from the last answer's x-server-time.
let serverClockOffset = 0;

/** The server's time now: forms' "today" and "what is owed today" follow it, as the server's deadlines do. */
export const serverTimeNow = () => Date.now() + serverClockOffset;

const noteServerTime = (response: Response) => {
  const at = Date.parse(response.headers.get('x-server-time') ?? '');
  if (Number.isFinite(at)) serverClockOffset = at - Date.now();
};

const send = async (path: string, { method = 'GET', body, raw, query }: RequestOptions): Promise<Response> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  // An empty body must not claim to be JSON: the server refuses empty JSON bodies.
  if (raw) headers['content-type'] = raw.contentType;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  lastRequestAt = Date.now();
  try {
    const response = await fetch(apiUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: raw ? raw.data : body === undefined ? undefined : JSON.stringify(body),
    });
    noteServerTime(response);
    return response;
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
};

const errorOf = async (response: Response): Promise<ApiError> => {
  try {
    const data = (await response.json()) as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof data.code === 'string' && typeof data.message === 'string') {
      return new ApiError(response.status, data.code, data.message, data.details);
    }
  } catch {
    // Not JSON: a proxy or gateway answered instead of the server.
  }
  return new ApiError(response.status, `HTTP_${response.status}`, `服务器返回错误（HTTP ${response.status}），请稍后重试`);
};

const refreshCsrfToken = async () => {
  const response = await send('/auth/me', {});
  if (response.ok) setCsrfToken(((await response.json()) as { csrfToken: string }).csrfToken);
};

const failWith = (error: ApiError): never => {
  if (error.status === 401 && SESSION_ENDED_CODES.has(error.code) && csrfToken !== null) {
    csrfToken = null;
    sessionEndedHandler?.();
  }
  throw error;
};

/** Sends a request; a stale CSRF token is refreshed from /auth/me and the request retried once. */
const respond = async (path: string, options: RequestOptions): Promise<Response> => {
  const response = await send(path, options);
  if (response.ok) return response;
  const error = await errorOf(response);
  if (error.code !== 'CSRF_INVALID') return failWith(error);
  await refreshCsrfToken();
  const retried = await send(path, options);
  return retried.ok ? retried : failWith(await errorOf(retried));
};

export const request = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const response = await respond(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>(path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
  /** POSTs a file as the raw request body (not multipart), with the CSRF token like every write. */
  upload: <T>(path: string, data: Blob, contentType: string) => request<T>(path, { method: 'POST', raw: { data, contentType } }),
};

/** The file name of a Content-Disposition header: RFC 5987 `filename*=UTF-8''…` (Chinese names) first, then `filename="…"`. */
export const filenameOf = (disposition: string | null) => {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name falls back to the plain one.
    }
  }
  return /filename="?([^";]+)"?/.exec(disposition ?? '')?.[1];
};

/** Downloads a file response (e.g. a CSV export) with the session cookie and saves it under the server's file name. */
export const download = async (path: string, query: QueryParams, fallbackName: string) => {
  const response = await respond(path, { query });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** The Chinese message to show for any thrown value. */
export const messageOf = (error: unknown) =>
  error instanceof ApiError ? error.message : error instanceof Error && error.message ? error.message : '操作失败，请稍后重试';

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);
