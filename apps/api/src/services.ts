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
import { FooterService } from './modules/templates/footer.service.js';
import { TemplateService } from './modules/templates/template.service.js';
import { parseRenderPoolOptions, RenderPool } from './modules/templates/render-pool.js';
import { TemplateRenderService } from './modules/templates/template-render.service.js';
import { PlatformMailService } from './modules/platform-mail/platform-mail.service.js';
import { createDelivery } from './modules/delivery/delivery.module.js';
import { MailboxService } from './modules/mailbox/mailbox.service.js';
import type { TemplateRendering } from './mail/template-rendering.js';
import { TestEmailService } from './modules/test-email/test-email.service.js';
import { UserAdminService } from './modules/users/user-admin.service.js';
import { createDnsClient, parseDnsServers } from './modules/hosted/engine/index.js';
import { HostedCheckLoop } from './modules/hosted/hosted-check-loop.js';
import { createHostedSenderSource } from './modules/hosted/hosted-sender.js';
import { HostedDomainService } from './modules/hosted/hosted.service.js';

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
  const templates = new TemplateService(db, audit);
  const delivery = createDelivery({ db, config: deps.config, logger: deps.logger, secrets });
  // Everything that sends email renders through the account's saved templates and footer.
  const rendering: TemplateRendering = templates;
  // Bulk platform email renders on worker threads; they start with the first send, and the app's stop ends them.
  const renderPool = new RenderPool(
    parseRenderPoolOptions(process.env, { sendsHere: deps.config.runWorker }),
    deps.logger,
  );
  const dns = createDnsClient({ servers: parseDnsServers(deps.config.dnsServers?.join(',')) });
  const hosted = new HostedDomainService(db, deps.config, secrets, audit, dns);
  sender.hosted = createHostedSenderSource(db);
  return {
    secrets,
    audit,
    sender,
    smtp,
    auth: new AuthService(db),
    users: new UserService(db),
    accounts: new AccountService(db),
    apiTokens: new ApiTokenService(db),
    templates,
    footers: new FooterService(db, audit),
    delivery,
    rendering,
    userAdmin: new UserAdminService(db, deps.config, audit, sender, delivery.outbox, rendering),
    testEmail: new TestEmailService(db, sender, delivery.outbox, rendering),
    renderPool,
    /** The platform's own bulk email, for in-process callers (the analytics platform's jobs). */
    platformMail: new PlatformMailService(
      db,
      sender,
      delivery.outbox,
      new TemplateRenderService(db, renderPool),
    ),
    mailbox: new MailboxService(db, !deps.config.relaySmtpUrl),
    hosted,
    hostedChecks: new HostedCheckLoop(db, hosted, deps.logger),
  };
}

export type Services = ReturnType<typeof createServices>;
