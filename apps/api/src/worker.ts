import 'reflect-metadata';
import { SecretBox } from './auth/secret-box.js';
import { resolveAppSecret } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { createLogger } from './logger.js';
import { createDelivery } from './modules/delivery/delivery.module.js';
import { startMailboxServer } from './modules/mailbox/mailbox-server.js';
import { exitOnSignals, loadConfigOrExit } from './process-lifecycle.js';

/**
 * A standalone outbox worker (`pnpm worker`). Any number of them share a PostgreSQL outbox with the API
 * processes. On SQLite the API process runs the only worker, so this one refuses to start.
 */
async function main() {
  const config = loadConfigOrExit();
  if (config.database.type !== 'postgres') {
    process.stdout.write(
      'The database is SQLite: the API process runs the outbox worker itself (WORKER=true), so no standalone worker is needed.\n',
    );
    process.exit(0);
  }
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database);
  const secrets = new SecretBox(resolveAppSecret(config));
  const delivery = createDelivery({ db, config, logger, secrets, standalone: true });
  // Without RELAY_SMTP_URL this process keeps what it relays in the same database as the API's mailbox.
  const mailbox = config.relaySmtpUrl ? undefined : await startMailboxServer({ db, port: 0, logger });
  delivery.relay.url = config.relaySmtpUrl ?? mailbox?.url;
  await delivery.worker.start();
  process.stdout.write(`outbox worker ${delivery.worker.owner} is running\n`);

  exitOnSignals(
    logger,
    async () => {
      await delivery.worker.stop();
      await mailbox?.stop();
      await db.destroy();
    },
    60_000,
  );
}

main().catch((err) => {
  process.stderr.write(`worker failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
