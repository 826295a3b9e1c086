import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

export enum TokenScope {
  READ = 'READ',
  ADMIN = 'ADMIN',
}
registerEnumType(TokenScope, {
  name: 'TokenScope',
  description: 'READ tokens query only; ADMIN tokens may also run mutations.',
});

@ObjectType('ApiToken')
@Entity('api_tokens')
export class ApiToken {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  createdById: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Field(() => TokenScope)
  @Column({ type: 'varchar', length: 8 })
  scope: TokenScope;

  /** The first characters of the token, so a user can tell tokens apart without the secret. */
  @Field(() => String)
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date)
  @TimeColumn({ name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @TimeColumn({ name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @TimeColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
