import type { Locale } from '@ametrika/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

export enum TemplateVersionKind {
  SAVE = 'SAVE',
  RESET = 'RESET',
  RESTORE = 'RESTORE',
}
registerEnumType(TemplateVersionKind, {
  name: 'TemplateVersionKind',
  description: 'What made the version: a save, a reset to the default, or a restore of an older version.',
});

/** The target of footer versions; template keys never take this value. */
export const FOOTER_TARGET = 'footer';

/**
 * The full content after every change of a template or the footer, so any state can be restored,
 * a reset included. Versions keep the text as it was, even when the catalog default changes later.
 */
@ObjectType('TemplateVersion', { description: 'A saved state of a template or of the footer.' })
@Entity('template_versions')
export class TemplateVersion {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  /** A template key, or FOOTER_TARGET. */
  @Column({ type: 'varchar', length: 64 })
  target: string;

  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  @Field(() => Int, { description: 'Counts up from 1 per template (or footer) and locale.' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => TemplateVersionKind)
  @Column({ type: 'varchar', length: 16 })
  kind: TemplateVersionKind;

  @Field(() => String, { nullable: true, description: 'Null for footer versions.' })
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'Null for footer versions.' })
  @Column({ type: 'text', nullable: true })
  preheader: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Boolean, { nullable: true, description: 'Null for footer versions.' })
  @Column({ name: 'includes_footer', type: 'boolean', nullable: true })
  includesFooter: boolean | null;

  @Column({ name: 'author_user_id', type: 'varchar', length: 36, nullable: true })
  authorUserId: string | null;

  @Field(() => String, { description: 'The email of the user, or "API token <name>".' })
  @Column({ type: 'varchar', length: 300 })
  author: string;

  @Field(() => Date)
  @TimeColumn({ name: 'created_at' })
  createdAt: Date;
}
