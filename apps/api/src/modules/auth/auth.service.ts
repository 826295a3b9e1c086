import { randomUUID } from 'node:crypto';
import { signInInputSchema } from '@ametrika/shared';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Caller } from '../../auth/caller.js';
import { verifyPassword } from '../../auth/password.js';
import { RateLimiter } from '../../auth/rate-limiter.js';
import { createSecretToken, sha256Hex } from '../../auth/secret-token.js';
import { parseInput, rateLimited, unauthenticated } from '../../graphql/errors.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { type Role, User } from '../users/user.entity.js';
import { Session } from './session.entity.js';

const SESSION_LIFETIME_MS = 14 * 24 * 3600 * 1000;
const GENERIC_FAILURE = 'The email address or password is not correct.';

export type SignInResult = { user: User; sessionToken: string; expiresAt: Date };

export class AuthService {
  // Failed sign-ins: per address and client, and per client across addresses (credential stuffing).
  private readonly perAddress = new RateLimiter(5, 15 * 60 * 1000);
  private readonly perClient = new RateLimiter(30, 15 * 60 * 1000);

  constructor(private readonly db: DataSource) {}

  async signIn(input: { email: string; password: string }, clientIp: string): Promise<SignInResult> {
    const { email, password } = parseInput(signInInputSchema, input);
    const addressKey = `${email.toLowerCase()}|${clientIp}`;
    const wait = Math.max(this.perAddress.retryAfter(addressKey), this.perClient.retryAfter(clientIp));
    if (wait > 0) {
      throw rateLimited(`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`, wait);
    }
    const user = await this.db.getRepository(User).findOneBy({ email: email.toLowerCase() });
    const ok = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !ok) {
      this.perAddress.hit(addressKey);
      this.perClient.hit(clientIp);
      throw unauthenticated(GENERIC_FAILURE);
    }
    this.perAddress.reset(addressKey);
    const sessionToken = createSecretToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.db.getRepository(Session).insert({
      id: sha256Hex(sessionToken),
      userId: user.id,
      accountId: user.accountId,
      createdAt: now,
      expiresAt,
    });
    return { user, sessionToken, expiresAt };
  }

  async signOut(sessionToken: string | undefined): Promise<void> {
    if (!sessionToken) return;
    await this.db.getRepository(Session).delete({ id: sha256Hex(sessionToken) });
  }

  /** Resolves the caller of a request. A bearer token wins over a cookie; invalid credentials are anonymous. */
  async resolveCaller(credentials: { sessionToken?: string; bearerToken?: string }): Promise<Caller> {
    if (credentials.bearerToken) return this.callerFromToken(credentials.bearerToken);
    if (credentials.sessionToken) return this.callerFromSession(credentials.sessionToken);
    return ANONYMOUS;
  }

  /** Runs on every signed-in request, so session and user come back in one query. */
  private async callerFromSession(sessionToken: string): Promise<Caller> {
    const row:
      | { user_id: string; account_id: string; role: Role; email: string; expires_at: string | number }
      | undefined = await this.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoin(User, 'u', 'u.id = s.user_id')
      .select(['u.id AS user_id', 'u.account_id AS account_id', 'u.role AS role', 'u.email AS email'])
      .addSelect('s.expires_at', 'expires_at')
      .where('s.id = :id', { id: sha256Hex(sessionToken) })
      .getRawOne();
    if (!row || Number(row.expires_at) < Date.now()) return ANONYMOUS;
    return {
      kind: 'user',
      userId: row.user_id,
      accountId: row.account_id,
      role: row.role,
      email: row.email,
      sessionId: sha256Hex(sessionToken),
    };
  }

  private async callerFromToken(token: string): Promise<Caller> {
    const repo = this.db.getRepository(ApiToken);
    const apiToken = await repo.findOneBy({ tokenHash: sha256Hex(token) });
    if (!apiToken || apiToken.revokedAt)
      throw unauthenticated(
        'This API token is not valid or has been revoked. Create a new one under API tokens, or send the request without the Authorization header to use your session.',
      );
    // Recording use at most once a minute keeps reads from turning into writes on every request.
    if (!apiToken.lastUsedAt || Date.now() - apiToken.lastUsedAt.getTime() > 60_000) {
      await repo.update({ id: apiToken.id }, { lastUsedAt: new Date() });
    }
    return {
      kind: 'token',
      tokenId: apiToken.id,
      accountId: apiToken.accountId,
      scope: apiToken.scope,
      createdById: apiToken.createdById,
    };
  }

  static newId(): string {
    return randomUUID();
  }
}
