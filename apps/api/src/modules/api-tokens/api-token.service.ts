import { randomUUID } from 'node:crypto';
import { apiTokenNameSchema } from '@ametrika/shared';
import { IsNull, type DataSource } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireAdminUser } from '../../auth/policy.js';
import { createSecretToken, sha256Hex } from '../../auth/secret-token.js';
import { badInput, notFound, parseInput } from '../../graphql/errors.js';
import { ApiToken, TokenScope } from './api-token.entity.js';

export class ApiTokenService {
  constructor(private readonly db: DataSource) {}

  async create(
    caller: Caller,
    name: string,
    scope: TokenScope,
  ): Promise<{ token: string; apiToken: ApiToken }> {
    const admin = requireAdminUser(caller, 'create API tokens');
    const cleanName = parseInput(apiTokenNameSchema, name, 'name');
    if (!Object.values(TokenScope).includes(scope))
      throw badInput('scope', 'Choose READ or ADMIN as the scope.');
    // The prefix makes leaked tokens recognisable to secret scanners and to the user in the list.
    const token = `amk_${createSecretToken(30)}`;
    const apiToken = this.db.getRepository(ApiToken).create({
      id: randomUUID(),
      accountId: admin.accountId,
      createdById: admin.userId,
      name: cleanName,
      scope,
      prefix: token.slice(0, 10),
      tokenHash: sha256Hex(token),
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.db.getRepository(ApiToken).insert(apiToken);
    return { token, apiToken };
  }

  async list(caller: Caller): Promise<ApiToken[]> {
    const admin = requireAdminUser(caller, 'see API tokens');
    return this.db
      .getRepository(ApiToken)
      .find({ where: { accountId: admin.accountId }, order: { createdAt: 'DESC' } });
  }

  async revoke(caller: Caller, id: string): Promise<ApiToken> {
    const admin = requireAdminUser(caller, 'revoke API tokens');
    const repo = this.db.getRepository(ApiToken);
    const apiToken = await repo.findOneBy({ id, accountId: admin.accountId });
    if (!apiToken) throw notFound('The API token');
    if (!apiToken.revokedAt) {
      await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
      apiToken.revokedAt = new Date();
    }
    return apiToken;
  }
}
