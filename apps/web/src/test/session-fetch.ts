import type { MockLink } from '@apollo/client/testing';
import type { OperationDefinitionNode } from 'graphql';
import { createSessionApi } from '../modules/auth/lib/session-api';

type Request = { operationName: string; variables?: Record<string, unknown> };

const operationName = (mock: MockLink.MockedResponse) =>
  (
    mock.request.query.definitions.find((definition) => definition.kind === 'OperationDefinition') as
      | OperationDefinitionNode
      | undefined
  )?.name?.value;

const sameVariables = (a: object | undefined, b: object | undefined) =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The first page asks for `me` and signs in with plain fetches, not through Apollo. This answers
 * those requests from the same mocks MockedProvider answers the shell's operations from, so a
 * test states the API's answers once, and the real request and error handling still run.
 */
export function sessionApiFromMocks(mocks: readonly MockLink.MockedResponse[]) {
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as Request;
    const mock = mocks.find(
      (candidate) =>
        operationName(candidate) === request.operationName &&
        (candidate.request.variables === undefined ||
          sameVariables(candidate.request.variables, request.variables)),
    );
    if (!mock) return json({ errors: [{ message: `No mock for ${request.operationName}` }] }, 500);
    if (mock.error) throw mock.error;
    const result =
      typeof mock.result === 'function' ? await mock.result(request.variables ?? {}) : mock.result;
    return json(result);
  };
  return createSessionApi({ fetch });
}
