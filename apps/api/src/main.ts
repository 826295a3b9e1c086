import { startApp } from './app.js';
import { createLogger } from './logger.js';
import { exitOnSignals, loadConfigOrExit } from './process-lifecycle.js';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  logger.info({ url: app.url, database: config.database.type }, 'Ametrika Email is running');
  // With PORT=0 (tests, benchmarks) only the running server knows its port.
  const shown = config.port === 0 ? app.url : config.publicUrl;
  process.stdout.write(
    `\n  Ametrika Email: open ${shown} and sign in as ${config.adminEmail}\n  GraphQL: ${shown}/graphql · Playground: ${shown}/playground\n\n`,
  );
  exitOnSignals(logger, () => app.stop(), 25_000);
}

main().catch((err) => {
  process.stderr.write(
    `Ametrika Email failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
