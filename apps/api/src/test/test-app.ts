import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../app.js';
import { hashPassword } from '../auth/password.js';
import { parseConfig } from '../config/config.js';
import { createLogger } from '../logger.js';
import { Account } from '../modules/accounts/account.entity.js';
import { Role, User } from '../modules/users/user.entity.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { GraphQLClient } from './graphql-client.js';

export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery' };

export type TestApp = RunningApp & {
  database: TestDatabase;
  logLines: string[];
  client(): GraphQLClient;
  adminClient(): Promise<GraphQLClient>;
  close(): Promise<void>;
};

/** Starts the real server (HTTP, Apollo, TypeORM) on a free port against a fresh database. */
export async function startTestApp(
  kind: 'sqlite' | 'postgres',
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ametrika-data-')),
    DATABASE_URL: database.url,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    WEB_DIST: '/nonexistent',
    SMTP_ALLOW_PRIVATE_HOSTS: 'true',
    LOG_LEVEL: 'debug',
    ...env,
  });
  // Every log line is kept so tests can prove that no secret was written.
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  const app = await startApp(config, createLogger(config.logLevel, sink));
  return {
    ...app,
    database,
    logLines,
    client: () => new GraphQLClient(app.url),
    adminClient: async () => {
      const c = new GraphQLClient(app.url);
      await c.signIn(ADMIN.email, ADMIN.password);
      return c;
    },
    close: async () => {
      await app.stop();
      await database.drop();
    },
  };
}

/** Adds a user to an account straight in the database (the user-management API arrives with later work). */
export async function addUser(
  app: RunningApp,
  opts: { accountId?: string; email: string; password: string; role: Role; verified?: boolean },
): Promise<User> {
  const accountId =
    opts.accountId ?? (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
  const user = app.db.getRepository(User).create({
    id: randomUUID(),
    accountId,
    email: opts.email,
    name: null,
    role: opts.role,
    passwordHash: await hashPassword(opts.password),
    emailVerifiedAt: opts.verified === false ? null : new Date(),
    createdAt: new Date(),
  });
  await app.db.getRepository(User).insert(user);
  return user;
}

export async function addAccount(app: RunningApp, name: string): Promise<Account> {
  const account = app.db.getRepository(Account).create({ id: randomUUID(), name, createdAt: new Date() });
  await app.db.getRepository(Account).insert(account);
  return account;
}

/** A new account with one ADMIN, signed in: the "another account" of the isolation checks. */
export async function adminOfNewAccount(app: TestApp, name: string, email: string, password: string) {
  const account = await addAccount(app, name);
  await addUser(app, { accountId: account.id, email, password, role: Role.ADMIN });
  const client = app.client();
  await client.signIn(email, password);
  return { account, client };
}

export { Role };
