import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, users, sessions and API tokens. Plain SQL that SQLite and PostgreSQL both accept. */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE accounts (
      id varchar(36) PRIMARY KEY,
      name varchar(120) NOT NULL,
      created_at bigint NOT NULL
    )`);
    await q.query(`CREATE TABLE users (
      id varchar(36) PRIMARY KEY,
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      email varchar(254) NOT NULL,
      name varchar(120),
      role varchar(16) NOT NULL,
      locale varchar(2) NOT NULL DEFAULT 'EN',
      password_hash varchar(255),
      email_verified_at bigint,
      created_at bigint NOT NULL
    )`);
    await q.query('CREATE UNIQUE INDEX users_email_unique ON users (email)');
    await q.query('CREATE INDEX users_account ON users (account_id)');
    await q.query(`CREATE TABLE sessions (
      id varchar(64) PRIMARY KEY,
      user_id varchar(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      account_id varchar(36) NOT NULL,
      created_at bigint NOT NULL,
      expires_at bigint NOT NULL
    )`);
    await q.query('CREATE INDEX sessions_user ON sessions (user_id)');
    await q.query(`CREATE TABLE api_tokens (
      id varchar(36) PRIMARY KEY,
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      created_by_id varchar(36) NOT NULL,
      name varchar(80) NOT NULL,
      scope varchar(8) NOT NULL,
      prefix varchar(16) NOT NULL,
      token_hash varchar(64) NOT NULL,
      created_at bigint NOT NULL,
      last_used_at bigint,
      revoked_at bigint
    )`);
    await q.query('CREATE UNIQUE INDEX api_tokens_hash_unique ON api_tokens (token_hash)');
    await q.query('CREATE INDEX api_tokens_account ON api_tokens (account_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['api_tokens', 'sessions', 'users', 'accounts']) await q.query(`DROP TABLE ${table}`);
  }
}
