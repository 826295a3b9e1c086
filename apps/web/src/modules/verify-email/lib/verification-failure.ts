import { toApiError } from '../../../lib/graphql-errors';

export type FailureReason = 'expired' | 'used' | 'invalidOrUsed' | 'invalid' | 'missing';

/**
 * The API answers every bad link with BAD_USER_INPUT on `token` and an English sentence; unknown
 * and used links deliberately look the same. The sentence is the only thing that tells expired,
 * used and invalid apart, so it is matched here to give the visitor the text in their language.
 * Anything else (network, server) returns undefined: that is not the link's fault.
 */
export function toFailureReason(error: unknown): FailureReason | undefined {
  const apiError = toApiError(error);
  if (apiError?.code !== 'BAD_USER_INPUT') return undefined;
  const message = apiError.message.toLowerCase();
  if (message.includes('expired')) return 'expired';
  if (message.includes('not valid or was already used')) return 'invalidOrUsed';
  if (message.includes('already used')) return 'used';
  return 'invalid';
}
