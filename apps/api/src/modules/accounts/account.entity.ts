import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

@ObjectType('Account')
@Entity('accounts')
export class Account {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @TimeColumn({ name: 'created_at' })
  createdAt: Date;
}
