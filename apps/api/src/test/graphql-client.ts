type GraphQLErrorJson = {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
};
export type GraphQLResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorJson[];
  headers: Headers;
};

/** A tiny GraphQL-over-HTTP client with a cookie jar, talking to the real endpoint like the SPA does. */
export class GraphQLClient {
  private cookies = new Map<string, string>();
  bearer?: string;
  /** Sent with every request, e.g. `{ 'accept-language': 'de' }` like the SPA in German. */
  headers: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  /** A second client with the same credentials; what it changes (cookies) stays its own. */
  clone(): GraphQLClient {
    const copy = new GraphQLClient(this.baseUrl);
    copy.cookies = new Map(this.cookies);
    copy.bearer = this.bearer;
    copy.headers = { ...this.headers };
    return copy;
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read untyped GraphQL results by field, and assert on them.
  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { ...this.headers, 'content-type': 'application/json' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLErrorJson[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Like request, but fails the test with the server's message when there are errors. */
  // biome-ignore lint/suspicious/noExplicitAny: as for request: untyped results, asserted by the tests.
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.ok(
      'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      { email, password },
    );
  }

  get sessionCookie(): string | undefined {
    return this.cookies.get('ametrika_session');
  }
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
