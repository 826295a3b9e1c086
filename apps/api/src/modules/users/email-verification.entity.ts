import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

/** A single-use verification link; only the SHA-256 of its token is stored. */
@Entity('email_verifications')
export class EmailVerification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @TimeColumn({ name: 'expires_at' })
  expiresAt: Date;

  @TimeColumn({ name: 'used_at', nullable: true })
  usedAt: Date | null;

  @TimeColumn({ name: 'created_at' })
  createdAt: Date;
}
