import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type GraphqlRequest = {
  query: string;
  operationName: string;
  variables?: Record<string, unknown>;
};

export type GraphqlFetchOptions = {
  fetch?: typeof fetch;
  uri?: string;
  /** The UI language sent as Accept-Language; the page's language otherwise. */
  language?: () => string;
};

/**
 * The UI language, for the API's Accept-Language: the sentences the API writes (the SMTP test
 * report, the SEND TEST confirmation) then match the screen rather than the browser's settings.
 * switchLanguage sets <html lang> whenever i18next's language changes, and i18next is set up
 * before the first request, so reading it here keeps i18next out of this first-page module.
 */
export function uiLanguage(): 'de' | 'en' {
  const lang = globalThis.document?.documentElement.lang ?? '';
  return lang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * One GraphQL POST without Apollo Client, for the first page (sign-in and the route guard), which
 * must not wait for Apollo, rxjs and graphql-js. A JSON POST on the same origin carries the session
 * cookie and passes the API's CSRF prevention. Failures are Apollo's own error classes (a few
 * hundred bytes without dependencies), so lib/graphql-errors reads them like any Apollo error.
 */
export async function postGraphql<Data>(
  request: GraphqlRequest,
  {
    fetch = (input, init) => globalThis.fetch(input, init),
    uri = '/graphql',
    language = uiLanguage,
  }: GraphqlFetchOptions = {},
): Promise<Data> {
  const response = await fetch(uri, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      // The same preference as Apollo's HttpLink: GraphQL-over-HTTP's media type first.
      accept: 'application/graphql-response+json, application/json;q=0.9',
      'accept-language': language(),
    },
    body: JSON.stringify(request),
  });
  const bodyText = await response.text();
  let result: { data?: Data | null; errors?: CombinedGraphQLErrors['errors'] };
  try {
    result = JSON.parse(bodyText);
  } catch (error) {
    throw new ServerParseError(error, { response, bodyText });
  }
  // GraphQL errors win over the status: the API answers 400 with `errors` for invalid input.
  if (result.errors?.length) throw new CombinedGraphQLErrors(result);
  if (!response.ok || !result.data) {
    throw new ServerError(`Response not successful: Received status code ${response.status}`, {
      response,
      bodyText,
    });
  }
  return result.data;
}
