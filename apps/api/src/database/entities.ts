import { Account } from '../modules/accounts/account.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { EmailSettingsRow } from '../modules/sender/email-settings.entity.js';
import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/users/user.entity.js';
import { FooterOverride, TemplateOverride } from '../modules/templates/template-override.entity.js';
import { TemplateVersion } from '../modules/templates/template-version.entity.js';
import { EmailVerification } from '../modules/users/email-verification.entity.js';
import { HostedDomainRow } from '../modules/hosted/hosted-domain.entity.js';
import { DeliveryAlert } from '../modules/delivery/delivery-alert.entity.js';
import { OutboxBody } from '../modules/delivery/outbox-body.entity.js';
import { OutboxMessage } from '../modules/delivery/outbox-message.entity.js';
import { CapturedMail, CapturedMailRecipient } from '../modules/mailbox/captured-mail.entity.js';

/** Every entity the data source knows. Feature modules add theirs here. */
export const entities = [
  Account,
  User,
  Session,
  ApiToken,
  EmailSettingsRow,
  AuditEvent,
  OutboxMessage,
  OutboxBody,
  DeliveryAlert,
  CapturedMail,
  CapturedMailRecipient,
  EmailVerification,
  HostedDomainRow,
  TemplateOverride,
  FooterOverride,
  TemplateVersion,
];
