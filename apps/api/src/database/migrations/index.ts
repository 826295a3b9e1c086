import { Foundation1764300000000 } from './1764300000000-foundation.js';
import { EmailSettings1764300001000 } from './1764300001000-email-settings.js';
import { Templates1764300300000 } from './1764300300000-templates.js';
import { Outbox1764300100000 } from './1764300100000-outbox.js';
import { Mailbox1764300200000 } from './1764300200000-mailbox.js';
import { EmailVerifications1764300500000 } from './1764300500000-email-verifications.js';
import { Hosted1764300400000 } from './1764300400000-hosted.js';
import { AuditSummaryDe1764300600000 } from './1764300600000-audit-summary-de.js';
import { OutboxBodies1764300700000 } from './1764300700000-outbox-bodies.js';
import { CapturedMailMessageId1764300800000 } from './1764300800000-captured-mail-message-id.js';
import { OutboxBodiesDeleteTrigger1764300900000 } from './1764300900000-outbox-bodies-delete-trigger.js';
import { OutboxBodiesLz41764301000000 } from './1764301000000-outbox-bodies-lz4.js';

/** Every migration, in order. New ones are appended; applied ones are never edited. */
export const migrations = [
  Foundation1764300000000,
  EmailSettings1764300001000,
  Outbox1764300100000,
  Mailbox1764300200000,
  EmailVerifications1764300500000,
  Hosted1764300400000,
  Templates1764300300000,
  AuditSummaryDe1764300600000,
  OutboxBodies1764300700000,
  CapturedMailMessageId1764300800000,
  OutboxBodiesDeleteTrigger1764300900000,
  OutboxBodiesLz41764301000000,
];
