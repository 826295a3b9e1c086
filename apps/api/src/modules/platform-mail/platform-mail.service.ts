import {
  emailAddressSchema,
  LOCALES,
  type Locale,
  type TemplateData,
  type TemplateProblem,
} from '@ametrika/shared';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { badInput, notFound } from '../../graphql/errors.js';
import { Account } from '../accounts/account.entity.js';
import type { EnqueueMessage, OutboxService } from '../delivery/outbox.service.js';
import type { SenderSnapshot } from '../sender/sender-snapshot.js';
import type { SenderService } from '../sender/sender.service.js';
import { requireTemplateKey } from '../templates/template-errors.js';
import type { BulkRenderResult, TemplateRenderService } from '../templates/template-render.service.js';

export type PlatformMailRecipient = {
  to: string;
  /** Values for the email's variables, used as given (as `renderForSending` does). */
  data: TemplateData;
  /** Unique per account: a recipient sent again with the same key is counted as a duplicate, not queued. */
  idempotencyKey?: string | null;
};

export type PlatformMailRequest = {
  accountId: string;
  templateKey: string;
  locale: Locale;
  recipients: PlatformMailRecipient[];
};

/** A recipient that was not queued, and why; `index` points into the request's `recipients`. */
export type RefusedRecipient = {
  index: number;
  to: string;
  field: 'to' | 'data' | 'idempotencyKey';
  reason: 'INVALID_ADDRESS' | 'INVALID_DATA' | 'INVALID_IDEMPOTENCY_KEY' | 'RENDER_PROBLEMS';
  message: string;
  /** For RENDER_PROBLEMS: every problem, positioned, as the template editor shows them. */
  problems?: TemplateProblem[];
};

export type PlatformMailResult = {
  /** New messages in the outbox. */
  queued: number;
  /** Recipients whose idempotency key was already queued for this account (by this call or an earlier one). */
  duplicates: number;
  refused: RefusedRecipient[];
};

/** Recipients per outbox transaction; the next chunk renders on the threads while one is written. */
const CHUNK_SIZE = 100;

const idempotencyKeySchema = z
  .string({ error: 'The idempotency key must be text.' })
  .min(1, 'The idempotency key is empty; leave it out instead.')
  .max(200, 'The idempotency key has at most 200 characters.')
  .regex(/^\P{Cc}*$/u, 'The idempotency key must be one line without control characters.');

type Accepted = { index: number; to: string; data: TemplateData; idempotencyKey: string | null };

/**
 * The platform's own bulk email (insights digests, scheduled reports, metric alerts …) for in-process
 * callers such as the analytics platform's jobs: `app.services.platformMail.send(…)`. Each recipient is
 * checked, rendered with the account's saved template on the render threads (off the event loop), and
 * queued in the outbox, a chunk per transaction. A refused recipient never costs the others.
 */
export class PlatformMailService {
  constructor(
    private readonly db: DataSource,
    private readonly sender: SenderService,
    private readonly outbox: OutboxService,
    private readonly rendering: Pick<TemplateRenderService, 'openBulkRendering'>,
  ) {}

  /**
   * Queues one email per recipient. Throws BAD_USER_INPUT for an unknown template or locale and
   * NOT_FOUND for an unknown account; a database error stops the send after the chunks already
   * committed, and with idempotency keys the same call can simply be repeated.
   */
  async send(request: PlatformMailRequest): Promise<PlatformMailResult> {
    const key = requireTemplateKey(request.templateKey);
    if (!LOCALES.includes(request.locale)) {
      throw badInput('locale', `Unknown locale "${request.locale}". Choose one of: ${LOCALES.join(', ')}.`);
    }
    if (!(await this.db.getRepository(Account).existsBy({ id: request.accountId }))) {
      throw notFound('The account');
    }
    const result: PlatformMailResult = { queued: 0, duplicates: 0, refused: [] };
    const accepted: Accepted[] = [];
    request.recipients.forEach((recipient, index) => {
      const checked = checkRecipient(recipient, index);
      if ('reason' in checked) result.refused.push(checked);
      else accepted.push(checked);
    });
    if (accepted.length === 0) return result;

    // Frozen once for the whole send: every recipient gets the same sender and the same template version.
    const sender = await this.sender.snapshot(request.accountId);
    const bulk = await this.rendering.openBulkRendering(null, {
      accountId: request.accountId,
      key,
      locale: request.locale,
    });
    const chunks: Accepted[][] = [];
    for (let i = 0; i < accepted.length; i += CHUNK_SIZE) chunks.push(accepted.slice(i, i + CHUNK_SIZE));
    const render = (chunk: Accepted[]) => bulk.render(chunk.map((recipient) => recipient.data));

    let rendering = render(chunks[0]);
    for (let c = 0; c < chunks.length; c++) {
      const outcomes = await rendering;
      if (c + 1 < chunks.length) {
        rendering = render(chunks[c + 1]);
        rendering.catch(() => {}); // awaited on the next turn; a failed write must not leave it unhandled
      }
      const written = await this.write(request, key, sender, chunks[c], outcomes);
      result.queued += written.queued;
      result.duplicates += written.duplicates;
      result.refused.push(...written.refused);
    }
    result.refused.sort((a, b) => a.index - b.index);
    return result;
  }

  /** One chunk in one transaction: its rows commit together, and the worker wakes once, after the commit. */
  private async write(
    request: PlatformMailRequest,
    templateKey: string,
    sender: SenderSnapshot,
    chunk: Accepted[],
    outcomes: BulkRenderResult[],
  ) {
    const refused: RefusedRecipient[] = [];
    const messages: EnqueueMessage[] = [];
    chunk.forEach((recipient, i) => {
      const outcome = outcomes[i];
      if (!outcome.ok) {
        refused.push({
          index: recipient.index,
          to: recipient.to,
          field: 'data',
          reason: 'RENDER_PROBLEMS',
          message: outcome.error.message,
          problems: outcome.problems,
        });
        return;
      }
      const { subject, html, text } = outcome.email;
      messages.push({
        accountId: request.accountId,
        kind: 'platform',
        templateKey,
        locale: request.locale,
        to: recipient.to,
        subject,
        html,
        text,
        sender,
        idempotencyKey: recipient.idempotencyKey,
      });
    });
    if (messages.length === 0) return { queued: 0, duplicates: 0, refused };
    const results = await this.db.transaction((tx) => this.outbox.enqueueMany(tx, messages));
    const duplicates = results.filter((r) => r.duplicate).length;
    return { queued: results.length - duplicates, duplicates, refused };
  }
}

/** The address by the users module's rule (the shared `emailAddressSchema`), the data, the key. */
function checkRecipient(recipient: PlatformMailRecipient, index: number): Accepted | RefusedRecipient {
  const to = typeof recipient?.to === 'string' ? recipient.to : String(recipient?.to ?? '');
  const address = emailAddressSchema.safeParse(recipient?.to);
  if (!address.success) {
    const message = address.error.issues[0]?.message ?? 'Enter a valid email address.';
    return { index, to, field: 'to', reason: 'INVALID_ADDRESS', message };
  }
  const data = recipient.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const message = 'The data must be an object with a value for each variable of the email.';
    return { index, to, field: 'data', reason: 'INVALID_DATA', message };
  }
  let idempotencyKey: string | null = null;
  if (recipient.idempotencyKey != null) {
    const parsed = idempotencyKeySchema.safeParse(recipient.idempotencyKey);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'The idempotency key is not valid.';
      return { index, to, field: 'idempotencyKey', reason: 'INVALID_IDEMPOTENCY_KEY', message };
    }
    idempotencyKey = parsed.data;
  }
  return { index, to: address.data, data, idempotencyKey };
}
