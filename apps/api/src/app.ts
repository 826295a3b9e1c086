import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { type AppConfig, resolveAppSecret } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { seedFirstAdmin } from './database/seed.js';
import { createHttpServer } from './http/app.js';
import type { Logger } from './logger.js';
import { createServices, type Services } from './services.js';
import { startMailboxServer } from './modules/mailbox/mailbox-server.js';

export type RunningApp = {
  url: string;
  port: number;
  db: DataSource;
  services: Services;
  stop(): Promise<void>;
};

/** Opens the database, migrates, seeds, and serves HTTP. Used by main.ts and by the integration tests. */
export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const db = await openDatabase(config.database);
  const seeded = await seedFirstAdmin(db, config);
  if (seeded.created) {
    logger.info({ email: config.adminEmail }, 'created the account "Demo" and its first administrator');
    if (seeded.generatedPassword) {
      // Printed once, straight to the terminal, never through the logger (which may ship logs elsewhere).
      process.stdout.write(
        `\n  First administrator: ${config.adminEmail}\n  Generated password:  ${seeded.generatedPassword}\n  (shown only this once; set ADMIN_PASSWORD to choose your own)\n\n`,
      );
    }
  }
  const appSecret = resolveAppSecret(config);
  const services = createServices({ db, config, logger, appSecret });
  // The built-in mailbox is the relay unless RELAY_SMTP_URL names one; the worker sends through it.
  const mailbox = config.relaySmtpUrl
    ? undefined
    : await startMailboxServer({ db, port: config.mailboxSmtpPort, logger });
  services.delivery.relay.url = config.relaySmtpUrl ?? mailbox?.url;
  if (config.runWorker) await services.delivery.worker.start();
  services.hostedChecks.start();
  const { httpServer, apollo } = await createHttpServer({ config, db, logger, services });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await apollo.stop(); // drains HTTP connections in flight
      if (httpServer.listening) await new Promise((r) => httpServer.close(() => r(undefined)));
      await services.renderPool.close(); // finishes the renders in flight, ends the render threads
      await services.delivery.worker.stop(); // finishes the sends in flight
      await services.hostedChecks.stop();
      await mailbox?.stop();
      await db.destroy();
    })();
    return stopping;
  };
  return { url, port, db, services, stop };
}
