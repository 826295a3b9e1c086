import type { DataSource } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireSignedIn } from '../../auth/policy.js';
import { notFound } from '../../graphql/errors.js';
import { Account } from './account.entity.js';

export class AccountService {
  constructor(private readonly db: DataSource) {}

  async current(caller: Caller): Promise<Account> {
    const { accountId } = requireSignedIn(caller);
    const account = await this.db.getRepository(Account).findOneBy({ id: accountId });
    if (!account) throw notFound('The account');
    return account;
  }
}
