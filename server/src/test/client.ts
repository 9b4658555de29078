/**
 * A tiny tRPC-over-HTTP client for tests, speaking the wire format a browser does (GET for queries with
 * `?input=`, POST JSON for mutations, cookies and the CSRF header), so tests exercise the real HTTP layer.
 */
export type TSession = { cookie: string; csrfToken: string };
export type TCallOptions = { session?: TSession | null; bearer?: string; csrf?: string | null; origin?: string };
export type TCallResult = { status: number; body: unknown; data: unknown; error: { message: string; data: Record<string, unknown> } | null; setCookie: string[] };

function pick(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined;
}

export async function call(baseUrl: string, type: 'query' | 'mutation', path: string, input?: unknown, options: TCallOptions = {}): Promise<TCallResult> {
  const headers: Record<string, string> = {};
  if (options.session) headers.cookie = options.session.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.origin) headers.origin = options.origin;
  const csrf = options.csrf === undefined ? options.session?.csrfToken ?? 'x' : options.csrf;
  let response: Response;
  if (type === 'query') {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    response = await fetch(`${baseUrl}/trpc/${path}${query}`, { headers });
  } else {
    if (csrf !== null) headers['x-switchboard-csrf'] = csrf;
    headers['content-type'] = 'application/json';
    response = await fetch(`${baseUrl}/trpc/${path}`, { method: 'POST', headers, body: input === undefined ? '' : JSON.stringify(input) });
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // non-JSON bodies (e.g. a proxy error page) stay as text for the assertion message
  }
  const error = pick(body, 'error');
  const data = pick(pick(body, 'result'), 'data');
  return {
    status: response.status,
    body,
    data,
    error: error === undefined ? null : { message: String(pick(error, 'message')), data: Object(pick(error, 'data')) },
    setCookie: response.headers.getSetCookie(),
  };
}

export async function login(baseUrl: string, username: string, password = 'switchboard'): Promise<TSession> {
  const result = await call(baseUrl, 'mutation', 'auth.login', { username, password }, { csrf: 'login' });
  if (result.status !== 200) throw new Error(`login ${username} failed: ${result.status} ${JSON.stringify(result.body)}`);
  const cookie = result.setCookie.map((c) => c.split(';')[0]).join('; ');
  const csrfToken = pick(result.data, 'csrfToken');
  if (typeof csrfToken !== 'string') throw new Error('login returned no csrfToken');
  return { cookie, csrfToken };
}
