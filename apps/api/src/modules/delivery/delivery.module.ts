import type { DataSource } from 'typeorm';
import type { SecretBox } from '../../auth/secret-box.js';
import type { AppConfig } from '../../config/config.js';
import { createDataSource } from '../../database/data-source.js';
import type { Logger } from '../../logger.js';
import { DeliveryLogService } from './delivery-log.service.js';
import { parseDeliveryOptions } from './delivery-options.js';
import { OutboxService } from './outbox.service.js';
import { OutboxWorker } from './outbox-worker.js';
import { TransportFactory } from './transports.js';

/**
 * The delivery parts wired together. `relay.url` is set at start: RELAY_SMTP_URL, or the built-in mailbox
 * of this process once it listens. The worker is built always but started only where WORKER allows.
 */
export function createDelivery(deps: {
  db: DataSource;
  config: AppConfig;
  logger: Logger;
  secrets: SecretBox;
  /** A `pnpm worker` process rather than the API's own worker. */
  standalone?: boolean;
}) {
  const options = parseDeliveryOptions(process.env, { standalone: deps.standalone ?? false });
  const relay: { url: string | undefined } = { url: deps.config.relaySmtpUrl };
  const outbox = new OutboxService(deps.db, options);
  const transports = new TransportFactory({
    config: deps.config,
    secrets: deps.secrets,
    relayUrl: () => relay.url,
    maxConnections: options.concurrency,
    sendThreads: options.sendThreads,
    logger: deps.logger,
  });
  const { database } = deps.config;
  const worker = new OutboxWorker({
    db: deps.db,
    outbox,
    transports,
    options,
    logger: deps.logger,
    openOwnConnection:
      database.type === 'sqlite'
        ? async () => {
            const own = createDataSource(database);
            await own.initialize();
            // better-sqlite3 waits for a lock synchronously, which would freeze this process's event loop
            // while its other connection holds the lock: the worker backs off asynchronously instead.
            await own.query('PRAGMA busy_timeout = 0');
            return own;
          }
        : undefined,
  });
  return { options, relay, outbox, log: new DeliveryLogService(deps.db, outbox), worker };
}

export type Delivery = ReturnType<typeof createDelivery>;
