import { type AppConfig, ConfigError, parseConfig } from './config/config.js';
import type { Logger } from './logger.js';

/** The configuration, or a clear message naming the variable and exit code 78 (EX_CONFIG). */
export function loadConfigOrExit(): AppConfig {
  try {
    return parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}

/** On SIGTERM or SIGINT: stop once, give up after `graceMs`, exit 0 when stopped cleanly. */
export function exitOnSignals(logger: Logger, stop: () => Promise<void>, graceMs: number): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down; finishing the work in flight');
    setTimeout(() => process.exit(1), graceMs).unref();
    stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
}
