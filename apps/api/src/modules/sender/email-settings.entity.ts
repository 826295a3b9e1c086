import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn, TimeColumn } from '../../database/columns.js';
import type { SmtpTestReport } from '@ametrika/shared';

/** One row per account: the chosen sender, the shared identity, and the custom SMTP server. */
@Entity('email_settings')
export class EmailSettingsRow {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'sender_mode', type: 'varchar', length: 16 })
  senderMode: string;

  /** The sender that was active before the current one; custom SMTP falls back to it. */
  @Column({ name: 'previous_mode', type: 'varchar', length: 16, nullable: true })
  previousMode: string | null;

  @Column({ name: 'from_name', type: 'varchar', length: 120, nullable: true })
  fromName: string | null;

  @Column({ name: 'reply_to', type: 'varchar', length: 254, nullable: true })
  replyTo: string | null;

  @Column({ name: 'smtp_host', type: 'varchar', length: 253, nullable: true })
  smtpHost: string | null;

  @Column({ name: 'smtp_port', type: 'integer', nullable: true })
  smtpPort: number | null;

  @Column({ name: 'smtp_secure', type: 'boolean', nullable: true })
  smtpSecure: boolean | null;

  @Column({ name: 'smtp_username', type: 'varchar', length: 200, nullable: true })
  smtpUsername: string | null;

  /** AES-256-GCM sealed (SecretBox); never leaves the API. */
  @Column({ name: 'smtp_password_sealed', type: 'text', nullable: true })
  smtpPasswordSealed: string | null;

  @Column({ name: 'smtp_from_email', type: 'varchar', length: 254, nullable: true })
  smtpFromEmail: string | null;

  @Column({ name: 'smtp_from_name', type: 'varchar', length: 120, nullable: true })
  smtpFromName: string | null;

  /** Keyed hash of exactly the saved settings (password included) that the last test must match. */
  @Column({ name: 'smtp_fingerprint', type: 'varchar', length: 64, nullable: true })
  smtpFingerprint: string | null;

  @JsonColumn({ name: 'smtp_last_test', nullable: true })
  smtpLastTest: SmtpTestReport | null;

  @Column({ name: 'smtp_last_test_fingerprint', type: 'varchar', length: 64, nullable: true })
  smtpLastTestFingerprint: string | null;

  @TimeColumn({ name: 'smtp_last_tested_at', nullable: true })
  smtpLastTestedAt: Date | null;

  @TimeColumn({ name: 'updated_at' })
  updatedAt: Date;
}
