import { ConfigError, parseConfig } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { createLogger } from './logger.js';

/** A standalone outbox worker for PostgreSQL deployments. The outbox itself arrives with the delivery module. */
async function main() {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database);
  logger.info({ database: config.database.type }, 'worker started; no outbox to process yet');
  const stop = async () => {
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`worker failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
