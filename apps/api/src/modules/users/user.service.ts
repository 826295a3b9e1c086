import type { DataSource } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireSignedIn } from '../../auth/policy.js';
import { User } from './user.entity.js';
import { listVerifiedRecipients } from './verified-recipients.js';

export class UserService {
  constructor(private readonly db: DataSource) {}

  async me(caller: Caller): Promise<User | null> {
    if (caller.kind !== 'user') return null;
    return this.db.getRepository(User).findOneBy({ id: caller.userId, accountId: caller.accountId });
  }

  async list(caller: Caller): Promise<User[]> {
    const { accountId } = requireSignedIn(caller);
    return this.db.getRepository(User).find({ where: { accountId }, order: { createdAt: 'ASC' } });
  }

  async verifiedRecipients(caller: Caller): Promise<string[]> {
    const { accountId } = requireSignedIn(caller);
    return listVerifiedRecipients(this.db, accountId);
  }
}
