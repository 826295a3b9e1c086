import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { VerifyEmailMutation } from '../graphql/verify-email.graphql';
import { type FailureReason, toFailureReason } from '../lib/verification-failure';

export type Verification =
  | { status: 'verifying' }
  | { status: 'verified'; email: string }
  | { status: 'failed'; reason: FailureReason }
  /** Not the link's fault (network, server): worth trying again. */
  | { status: 'error'; error: unknown };

/**
 * One request per token for the page's lifetime. The token is single-use: React's strict mode
 * runs effects twice, and a second call would turn the visitor's success into "already used".
 */
const requests = new Map<string, Promise<Verification>>();

async function verify(client: ApolloClient, token: string): Promise<Verification> {
  try {
    const result = await client.mutate({ mutation: VerifyEmailMutation, variables: { token } });
    const user = result.data?.verifyEmail;
    return user ? { status: 'verified', email: user.email } : { status: 'failed', reason: 'invalid' };
  } catch (error) {
    const reason = toFailureReason(error);
    return reason ? { status: 'failed', reason } : { status: 'error', error };
  }
}

export function useVerifyEmail(token: string | null) {
  const client = useApolloClient();
  const [result, setResult] = useState<{ token: string; verification: Verification }>();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on retry
  useEffect(() => {
    if (!token) return;
    let pending = requests.get(token);
    if (!pending) {
      pending = verify(client, token);
      requests.set(token, pending);
    }
    let current = true;
    void pending.then((verification) => current && setResult({ token, verification }));
    return () => {
      current = false;
    };
  }, [client, token, attempt]);

  const retry = () => {
    if (!token) return;
    requests.delete(token);
    setResult(undefined);
    setAttempt((n) => n + 1);
  };

  const verification: Verification = !token
    ? { status: 'failed', reason: 'missing' }
    : result?.token === token
      ? result.verification
      : { status: 'verifying' };
  return { verification, retry };
}
