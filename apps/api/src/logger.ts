import pino from 'pino';

/** Paths that may carry secrets; pino replaces their values before a line is written. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'pass',
  '*.pass',
  'auth.pass',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'privateKey',
  '*.privateKey',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'variables',
  '*.variables',
];

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ametrika-email' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
