import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

export enum Role {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(Role, { name: 'Role', description: 'ADMIN changes settings; MEMBER reads them.' });

export enum Locale {
  EN = 'EN',
  DE = 'DE',
}
registerEnumType(Locale, { name: 'Locale' });

@ObjectType('User')
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  name: string | null;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Field(() => Locale)
  @Column({ type: 'varchar', length: 2, default: 'EN' })
  locale: Locale;

  /** scrypt hash; null for users who have not set a password (test users). Never a GraphQL field. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @TimeColumn({ name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  @Field(() => Date)
  @TimeColumn({ name: 'created_at' })
  createdAt: Date;

  @Field(() => Boolean)
  get emailVerified(): boolean {
    return this.emailVerifiedAt != null;
  }
}
