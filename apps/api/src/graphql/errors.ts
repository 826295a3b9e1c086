import type { ErrorCode } from '@ametrika/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ZodError } from 'zod';
import type { Logger } from '../logger.js';

type Extra = { field?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };

/** An error that is safe to show: its message and code reach the client unchanged. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Extra = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Only administrators of this account can do this.') =>
  new AppError('FORBIDDEN', message);
export const notFound = (what: string) =>
  new AppError(
    'NOT_FOUND',
    `${what} was not found. It may have been deleted; reload the page and try again.`,
  );
export const conflict = (message: string, extra?: Extra) => new AppError('CONFLICT', message, extra);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', message, { retryAfterSeconds });
export const badInput = (field: string, message: string, extra?: Extra) =>
  new AppError('BAD_USER_INPUT', message, { field, ...extra });

/** Turns zod issues into one BAD_USER_INPUT error naming the first field, with all fields listed. */
export function fromZodError(error: ZodError, prefix = ''): AppError {
  const fields = error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || prefix || 'input',
    message: i.message,
  }));
  const first = fields[0] ?? { field: prefix || 'input', message: 'Invalid input.' };
  return badInput(first.field, first.message, { fields });
}

export function parseInput<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  value: unknown,
  prefix = '',
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error, prefix);
  return result.data;
}

/** GraphQL's own request errors that are safe to pass through (validation, parsing, variable coercion). */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The single place that decides what an error looks like to the client. Unknown errors are masked. */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, ...original.extra },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (
      code &&
      PASS_THROUGH.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError))
    ) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    logger.error(
      { err: original, path: formatted.path },
      'unexpected error while resolving a GraphQL request',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
