import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hosted domain of each account. `verified_domain` is set only while a domain is VERIFIED or DEGRADED:
 * its unique index lets many accounts be pending for one domain but lets only one of them own it.
 * `hosted_domains_due` serves the background re-check, which claims rows by `next_check_at`.
 */
export class Hosted1764300400000 implements MigrationInterface {
  name = 'Hosted1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE hosted_domains (
      account_id varchar(36) PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
      domain varchar(253) NOT NULL,
      domain_unicode varchar(253) NOT NULL,
      zone varchar(253) NOT NULL,
      verified_domain varchar(253),
      from_email varchar(254) NOT NULL,
      from_name varchar(120),
      status varchar(16) NOT NULL,
      verification_token varchar(64) NOT NULL,
      dkim_keys text NOT NULL,
      records text NOT NULL,
      provider varchar(32) NOT NULL,
      name_servers text NOT NULL,
      pending_since bigint NOT NULL,
      check_attempts integer NOT NULL DEFAULT 0,
      last_checked_at bigint,
      next_check_at bigint,
      verified_at bigint,
      version integer NOT NULL DEFAULT 0,
      created_at bigint NOT NULL,
      updated_at bigint NOT NULL
    )`);
    await q.query('CREATE UNIQUE INDEX hosted_domains_verified ON hosted_domains (verified_domain)');
    await q.query('CREATE INDEX hosted_domains_domain ON hosted_domains (domain)');
    await q.query('CREATE INDEX hosted_domains_due ON hosted_domains (next_check_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE hosted_domains');
  }
}
