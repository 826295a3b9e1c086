import { ConfigError, parseConfig } from './config/config.js';
import { startApp } from './app.js';
import { createLogger } from './logger.js';

async function main() {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  logger.info({ url: app.url, database: config.database.type }, 'Ametrika Email is running');
  // With PORT=0 (tests, benchmarks) only the running server knows its port.
  const shown = config.port === 0 ? app.url : config.publicUrl;
  process.stdout.write(
    `\n  Ametrika Email: open ${shown} and sign in as ${config.adminEmail}\n  GraphQL: ${shown}/graphql · Playground: ${shown}/playground\n\n`,
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    app.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(
    `Ametrika Email failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
