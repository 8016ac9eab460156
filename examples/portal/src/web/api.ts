/** An error answer of the portal's API: its code and safe details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

/** The signed-in account, as `/api/session` gives it. */
export interface Account {
  readonly username: string;
  readonly role: 'citizen' | 'officer' | 'viewer' | 'admin';
  readonly name: string;
  readonly scope: readonly string[];
  readonly person: string | null;
}

let csrf = '';

/** Who is signed in (and a fresh CSRF token for the changes that follow). */
export async function session(): Promise<Account | null> {
  const body = await api<{ account: Account | null; csrfToken: string }>('GET', '/api/session');
  csrf = body.csrfToken;
  return body.account;
}

/** Calls the API: JSON in and out, the CSRF token on every change, errors as {@link ApiError}. */
export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
  if (!res.ok) throw new ApiError(res.status, json?.error ?? 'internal', json?.details);
  return json as T;
}
