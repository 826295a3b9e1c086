import type { CheckedDnsRecord, DnsProviderId, DomainStatus, HostedDnsRecord } from '@ametrika/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn, TimeColumn } from '../../database/columns.js';

/** ACTIVE signs mail; PENDING waits for its record to verify; RETIRING stays listed until the admin retires it. */
export type DkimKeyState = 'ACTIVE' | 'PENDING' | 'RETIRING';

export type StoredDkimKey = {
  selector: string;
  state: DkimKeyState;
  publicKeyBase64: string;
  /** SecretBox-sealed PKCS#8 PEM: never returned, never logged. */
  privateKeySealed: string;
  createdAt: string;
};

/** A record to publish with the result of its last check (none before the first). */
export type StoredRecord = HostedDnsRecord &
  Partial<Pick<CheckedDnsRecord, 'status' | 'observed' | 'message'>> & { selector?: string };

/** One hosted domain per account; APPLY with another domain replaces it. */
@Entity('hosted_domains')
export class HostedDomainRow {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  /** Punycode, lower case: what DNS and the records use. */
  @Column({ type: 'varchar', length: 253 })
  domain: string;

  @Column({ name: 'domain_unicode', type: 'varchar', length: 253 })
  domainUnicode: string;

  /** The registrable domain: the zone the admin edits. */
  @Column({ type: 'varchar', length: 253 })
  zone: string;

  /** Equals `domain` while VERIFIED or DEGRADED, else null; unique, so only one account owns a domain. */
  @Column({ name: 'verified_domain', type: 'varchar', length: 253, nullable: true })
  verifiedDomain: string | null;

  @Column({ name: 'from_email', type: 'varchar', length: 254 })
  fromEmail: string;

  @Column({ name: 'from_name', type: 'varchar', length: 120, nullable: true })
  fromName: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: DomainStatus;

  /** Published in DNS as `ametrika-verification=<token>`, so it is no secret. */
  @Column({ name: 'verification_token', type: 'varchar', length: 64 })
  verificationToken: string;

  @JsonColumn({ name: 'dkim_keys' })
  dkimKeys: StoredDkimKey[];

  @JsonColumn({ name: 'records' })
  records: StoredRecord[];

  @Column({ type: 'varchar', length: 32 })
  provider: DnsProviderId;

  @JsonColumn({ name: 'name_servers' })
  nameServers: string[];

  /** When the current attempt began (APPLY, or Verify of a FAILED domain): FAILED comes 72 h later. */
  @TimeColumn({ name: 'pending_since' })
  pendingSince: Date;

  /** Background checks since the status last settled: picks the next, longer interval. */
  @Column({ name: 'check_attempts', type: 'integer', default: 0 })
  checkAttempts: number;

  @TimeColumn({ name: 'last_checked_at', nullable: true })
  lastCheckedAt: Date | null;

  @TimeColumn({ name: 'next_check_at', nullable: true })
  nextCheckAt: Date | null;

  @TimeColumn({ name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @TimeColumn({ name: 'created_at' })
  createdAt: Date;

  /** Bumped by every write; a check saves only if it is unchanged, so it never overwrites an APPLY or rotation. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @TimeColumn({ name: 'updated_at' })
  updatedAt: Date;
}
