import { forbidden, unauthenticated } from '../graphql/errors.js';
import type { Caller, SignedInCaller } from './caller.js';

/**
 * The rules of who may do what, in one place. Services call these at run time, with the caller from the
 * request context; the account always comes from the caller, never from arguments.
 *
 * - Anyone signed in (user or token) of an account may read its settings, templates and delivery log.
 * - Only an ADMIN user or an ADMIN-scope token may change anything: sender, custom SMTP, hosted domain,
 *   templates, footer, users, tokens, and sending tests.
 * - READ tokens never run a mutation (also enforced for every mutation in graphql/read-only-tokens.ts).
 */
export function requireSignedIn(caller: Caller): SignedInCaller {
  if (caller.kind === 'anonymous') throw unauthenticated();
  return caller;
}

export function isAdmin(caller: Caller): boolean {
  if (caller.kind === 'user') return caller.role === 'ADMIN';
  if (caller.kind === 'token') return caller.scope === 'ADMIN';
  return false;
}

export function requireAdmin(caller: Caller, action = 'change these settings'): SignedInCaller {
  const signedIn = requireSignedIn(caller);
  if (!isAdmin(signedIn)) throw forbidden(`Only administrators of this account can ${action}.`);
  return signedIn;
}

/** Only a person can do this (for example managing API tokens); tokens cannot mint tokens. */
export function requireAdminUser(caller: Caller, action: string): Extract<Caller, { kind: 'user' }> {
  const admin = requireAdmin(caller, action);
  if (admin.kind !== 'user')
    throw forbidden(`Only a signed-in administrator can ${action}; API tokens cannot.`);
  return admin;
}

/** The user on whose behalf an action runs (the token's creator for API tokens). */
export function actingUserId(caller: SignedInCaller): string {
  return caller.kind === 'user' ? caller.userId : caller.createdById;
}
