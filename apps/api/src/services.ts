import type { DataSource } from 'typeorm';
import { SecretBox } from './auth/secret-box.js';
import type { AppConfig } from './config/config.js';
import type { Logger } from './logger.js';
import { AccountService } from './modules/accounts/account.service.js';
import { ApiTokenService } from './modules/api-tokens/api-token.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { SenderService } from './modules/sender/sender.service.js';
import { SmtpSettingsService } from './modules/smtp/smtp-settings.service.js';
import { UserService } from './modules/users/user.service.js';
import { createDelivery } from './modules/delivery/delivery.module.js';
import { MailboxService } from './modules/mailbox/mailbox.service.js';

/** The app's services, wired by hand: explicit, and easy to replace in tests. */
export function createServices(deps: {
  db: DataSource;
  config: AppConfig;
  logger: Logger;
  appSecret: string;
}) {
  const { db } = deps;
  const secrets = new SecretBox(deps.appSecret);
  const audit = new AuditService(db);
  const sender = new SenderService(db, deps.config, audit);
  const smtp = new SmtpSettingsService(db, deps.config, secrets, deps.appSecret, sender, audit);
  return {
    secrets,
    audit,
    sender,
    smtp,
    auth: new AuthService(db),
    users: new UserService(db),
    accounts: new AccountService(db),
    apiTokens: new ApiTokenService(db),
    delivery: createDelivery({ db, config: deps.config, logger: deps.logger, secrets }),
    mailbox: new MailboxService(db, !deps.config.relaySmtpUrl),
  };
}

export type Services = ReturnType<typeof createServices>;
