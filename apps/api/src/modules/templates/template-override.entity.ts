import type { Locale } from '@ametrika/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

/**
 * An account's change to one email in one language. A null field means "the catalog default", so
 * better default copy in a later release still reaches accounts that changed only, say, the subject.
 * No row at all means the email is not customized.
 */
@Entity('template_overrides')
export class TemplateOverride {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @PrimaryColumn({ name: 'template_key', type: 'varchar', length: 64 })
  templateKey: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  locale: Locale;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  preheader: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'includes_footer', type: 'boolean', nullable: true })
  includesFooter: boolean | null;

  @TimeColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** An account's footer in one language; no row means the catalog default. */
@Entity('footer_overrides')
export class FooterOverride {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  locale: Locale;

  @Column({ type: 'text' })
  body: string;

  @TimeColumn({ name: 'updated_at' })
  updatedAt: Date;
}
