import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { ErrorCode } from '@ametrika/shared';

export type ApiError = { code: ErrorCode | undefined; message: string; field: string | undefined };

/** The first GraphQL error of an Apollo error, with the API's `extensions.code` and `field`. */
export function toApiError(error: unknown): ApiError | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const first = error.errors[0];
  if (!first) return undefined;
  const extensions = (first.extensions ?? {}) as { code?: unknown; field?: unknown };
  return {
    code: typeof extensions.code === 'string' ? (extensions.code as ErrorCode) : undefined,
    message: first.message,
    field: typeof extensions.field === 'string' ? extensions.field : undefined,
  };
}

export function hasErrorCode(error: unknown, code: ErrorCode) {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** Network failures (server down, proxy error, HTML instead of JSON) rather than GraphQL errors. */
export function isNetworkError(error: unknown) {
  return (
    ServerError.is(error) ||
    ServerParseError.is(error) ||
    (error instanceof TypeError && /fetch/i.test(error.message))
  );
}
