import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = (name: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      error: `${name} must be true or false.`,
    })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number between 1 and 65535, for example ${fallback}.` })
    .int(`${name} must be a whole number between 1 and 65535, for example ${fallback}.`)
    .min(0, `${name} must be a whole number between 1 and 65535, for example ${fallback}.`)
    .max(65535, `${name} must be a whole number between 1 and 65535, for example ${fallback}.`)
    .default(fallback);

const domain = (name: string, fallback: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/,
      `${name} must be a domain name such as ${fallback}.`,
    )
    .default(fallback);

/** A DNS name that may hold underscore labels (`_spf.example.com`), as SPF include hosts often do. */
const dnsHost = (name: string, example: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/\.$/, ''))
    .pipe(
      z
        .string()
        .regex(
          /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
          `${name} must be a DNS name such as ${example}.`,
        ),
    );

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: port('PORT', 4000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'DATA_DIR must be a folder path such as ./data.').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/|sqlite:|file:)/,
      'DATABASE_URL must start with postgres:// (PostgreSQL) or sqlite: (a SQLite file); leave it unset for the default SQLite file in DATA_DIR.',
    )
    .optional(),
  PUBLIC_URL: z
    .url({ error: 'PUBLIC_URL must be the full address users open, such as https://email.example.com.' })
    .optional(),
  APP_SECRET: z
    .string()
    .min(32, 'APP_SECRET must be at least 32 characters; generate one with `openssl rand -base64 48`.')
    .optional(),
  ADMIN_EMAIL: z
    .email({ error: 'ADMIN_EMAIL must be an email address such as admin@example.com.' })
    .default('admin@example.com'),
  ADMIN_PASSWORD: z
    .string()
    .min(10, 'ADMIN_PASSWORD must be at least 10 characters; leave it unset to have one generated.')
    .optional(),
  RELAY_SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      'RELAY_SMTP_URL must look like smtp://user:password@relay.example.com:587 or smtps://…:465.',
    )
    .optional(),
  MAILBOX_SMTP_PORT: port('MAILBOX_SMTP_PORT', 0),
  PLATFORM_MAIL_DOMAIN: domain('PLATFORM_MAIL_DOMAIN', 'ametrika.com'),
  WHITE_LABEL_MAIL_DOMAIN: domain('WHITE_LABEL_MAIL_DOMAIN', 'analytics-report.com'),
  DNS_SERVERS: z
    .string()
    .regex(
      /^\s*[0-9a-fA-F:.[\]]+(\s*,\s*[0-9a-fA-F:.[\]]+)*\s*$/,
      'DNS_SERVERS must be a comma-separated list of IP addresses with optional ports, such as 1.1.1.1,8.8.8.8 or 127.0.0.1:5353.',
    )
    .optional(),
  // The platform's DNS identity that hosted domains point at; defaults derive from PLATFORM_MAIL_DOMAIN.
  PLATFORM_SPF_INCLUDE: dnsHost('PLATFORM_SPF_INCLUDE', '_spf.ametrika.com').optional(),
  PLATFORM_BOUNCE_HOST: dnsHost('PLATFORM_BOUNCE_HOST', 'bounce.ametrika.com').optional(),
  DMARC_RUA: z
    .email({ error: 'DMARC_RUA must be the mailbox for DMARC reports, such as dmarc@ametrika.com.' })
    .optional(),
  SMTP_ALLOW_PRIVATE_HOSTS: bool('SMTP_ALLOW_PRIVATE_HOSTS').default(false),
  SMTP_ALLOWED_PORTS: z
    .string()
    .regex(
      /^\s*\d{1,5}(\s*,\s*\d{1,5})*\s*$/,
      'SMTP_ALLOWED_PORTS must be a comma-separated list of ports, such as 25,465,587,2525.',
    )
    .default('25,465,587,2525'),
  SMTP_CA_FILE: z.string().optional(),
  WORKER: bool('WORKER').default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
});

export type AppConfig = ReturnType<typeof parseConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once at start; every problem names the variable and the fix. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env) {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'environment');
      return i.message.startsWith(name) ? i.message : `${name}: ${i.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const problems: string[] = [];
  if (e.SMTP_CA_FILE && !existsSync(e.SMTP_CA_FILE)) {
    problems.push(
      `SMTP_CA_FILE: no file at ${e.SMTP_CA_FILE}. Point it to a PEM file with the CA certificate(s).`,
    );
  }
  const allowedPorts = e.SMTP_ALLOWED_PORTS.split(',').map((p) => Number(p.trim()));
  if (allowedPorts.some((p) => p < 1 || p > 65535)) {
    problems.push('SMTP_ALLOWED_PORTS: every port must be between 1 and 65535.');
  }
  if (problems.length) throw new ConfigError(problems);

  const databaseUrl = e.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'ametrika.sqlite')}`;
  const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: isPostgres
      ? ({ type: 'postgres', url: databaseUrl } as const)
      : ({ type: 'sqlite', file: databaseUrl.replace(/^(sqlite|file):(\/\/)?/, '') } as const),
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    appSecretFromEnv: e.APP_SECRET,
    adminEmail: e.ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    relaySmtpUrl: e.RELAY_SMTP_URL,
    mailboxSmtpPort: e.MAILBOX_SMTP_PORT,
    platformMailDomain: e.PLATFORM_MAIL_DOMAIN,
    whiteLabelMailDomain: e.WHITE_LABEL_MAIL_DOMAIN,
    platformDns: {
      spfInclude: e.PLATFORM_SPF_INCLUDE ?? `_spf.${e.PLATFORM_MAIL_DOMAIN}`,
      bounceHost: e.PLATFORM_BOUNCE_HOST ?? `bounce.${e.PLATFORM_MAIL_DOMAIN}`,
      dmarcRua: (e.DMARC_RUA ?? `dmarc@${e.PLATFORM_MAIL_DOMAIN}`).toLowerCase(),
    },
    dnsServers: e.DNS_SERVERS?.split(',').map((s) => s.trim()),
    smtpAllowPrivateHosts: e.SMTP_ALLOW_PRIVATE_HOSTS,
    smtpAllowedPorts: allowedPorts,
    smtpCaPem: e.SMTP_CA_FILE ? readFileSync(e.SMTP_CA_FILE, 'utf8') : undefined,
    runWorker: e.WORKER,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
  };
}

/** APP_SECRET, or one generated once into the data folder so restarts keep decrypting stored secrets. */
export function resolveAppSecret(config: AppConfig): string {
  if (config.appSecretFromEnv) return config.appSecretFromEnv;
  const file = path.join(config.dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
