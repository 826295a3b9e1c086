import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * Same-origin JSON POSTs: the session cookie goes along and Apollo's CSRF prevention is
 * satisfied. Headers typed into GraphiQL (e.g. Authorization: Bearer …) are passed through.
 */
export function createFetcher(url = '/graphql'): Fetcher {
  return async (params, options) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      // A proxy or server error page: show something readable in the result pane.
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
    }
  };
}
