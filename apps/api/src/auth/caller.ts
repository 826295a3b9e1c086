import type { Role } from '../modules/users/user.entity.js';

/** Who is asking. Built once per request from the session cookie or the bearer token. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; accountId: string; role: Role; email: string; sessionId: string }
  | { kind: 'token'; tokenId: string; accountId: string; scope: 'READ' | 'ADMIN'; createdById: string };

export type SignedInCaller = Exclude<Caller, { kind: 'anonymous' }>;

export const ANONYMOUS: Caller = { kind: 'anonymous' };
