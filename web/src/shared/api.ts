/**
 * Fetch wrapper shared by the shell and every app.
 *
 * - Sends and receives JSON, with the session cookie (credentials: 'same-origin').
 * - On unsafe methods sends the antiforgery token from the readable `XSRF-TOKEN` cookie as `X-XSRF-TOKEN`
 *   (fetching one from `GET /api/auth/csrf` first if the cookie is missing).
 * - On a non-2xx answer parses RFC 9457 problem+json and throws an `ApiError`.
 */

export type FieldErrors = Record<string, string[]>;

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldErrors;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldErrors;
  readonly retryAfterSeconds: number | undefined;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails, retryAfterSeconds?: number) {
    super(problem.detail || problem.title || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`);
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.errors = problem.errors ?? {};
    this.retryAfterSeconds = retryAfterSeconds;
    this.problem = problem;
  }

  /** First error message for a field; matches keys case-insensitively ("Email", "email", "$.email"). */
  fieldError(field: string): string | undefined {
    const wanted = field.toLowerCase();
    for (const [key, messages] of Object.entries(this.errors)) {
      const normalised = key.replace(/^\$\./, '').toLowerCase();
      if (normalised === wanted && messages.length > 0) return messages[0];
    }
    return undefined;
  }

  /** True if the field errors contain keys other than the given fields (to show them in a summary). */
  hasOtherFieldErrors(fields: string[]): boolean {
    const known = new Set(fields.map((f) => f.toLowerCase()));
    return Object.keys(this.errors).some((k) => !known.has(k.replace(/^\$\./, '').toLowerCase()));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(prefix)) return decodeURIComponent(trimmed.slice(prefix.length));
  }
  return undefined;
}

let csrfInFlight: Promise<void> | null = null;

/**
 * Ask the server for a fresh antiforgery cookie. Call at start-up and after the signed-in user changes
 * (sign in, register, sign out), because ASP.NET Core binds the token to the user.
 */
export function refreshCsrf(): Promise<void> {
  csrfInFlight ??= fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(() => undefined)
    .catch(() => undefined)
    .finally(() => {
      csrfInFlight = null;
    });
  return csrfInFlight;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = { status: response.status, title: response.statusText };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') problem = { ...problem, ...(body as ProblemDetails) };
    } catch {
      /* not JSON after all */
    }
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiError(response.status, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}

function isCsrfFailure(error: ApiError): boolean {
  return (error.status === 400 || error.status === 403) && /csrf|xsrf|antiforgery/i.test(error.code);
}

async function send(method: string, path: string, options: RequestOptions, retried: boolean): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  const unsafe = UNSAFE.has(method);
  if (unsafe) {
    if (!readCookie(CSRF_COOKIE)) await refreshCsrf();
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (options.body instanceof FormData || options.body instanceof Blob) {
      body = options.body;
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { title: 'Network error', code: 'NETWORK_ERROR' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (unsafe && !retried && isCsrfFailure(error)) {
      await refreshCsrf();
      return send(method, path, options, true);
    }
    throw error;
  }
  if (response.status === 204 || response.status === 205) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
  return response.text();
}

export function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return send(method.toUpperCase(), path, options, false) as Promise<T>;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T = void>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T = void>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T = void>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
