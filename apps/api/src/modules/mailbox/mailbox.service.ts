import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireSignedIn } from '../../auth/policy.js';
import { badInput } from '../../graphql/errors.js';
import { CapturedMail } from './captured-mail.entity.js';

/** One header line as it was received, unfolded. */
export type MailHeaderLine = { name: string; value: string };

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ');

/**
 * Reading the built-in mailbox. The mailbox is the operator's relay and holds every account's mail, so a
 * caller sees only messages its account sent (X-Ametrika-Account) or that were addressed to one of its
 * users' addresses; anything else stays invisible. Any signed-in user or token of the account may read,
 * like the delivery log. While RELAY_SMTP_URL is set the mailbox is off and the list is empty.
 */
export class MailboxService {
  private readonly parsed = new WeakMap<CapturedMail, Promise<ParsedMail>>();

  constructor(
    private readonly db: DataSource,
    readonly enabled: boolean,
  ) {}

  /** Whether the built-in mailbox is the relay; signed-in callers only, like the mailbox itself. */
  isEnabled(caller: Caller): boolean {
    requireSignedIn(caller);
    return this.enabled;
  }

  async list(caller: Caller, first: number | null | undefined): Promise<CapturedMail[]> {
    const { accountId } = requireSignedIn(caller);
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw badInput('first', 'Ask for between 1 and 200 messages.');
    if (!this.enabled) return [];
    return this.visible(accountId)
      .orderBy('m.received_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(limit)
      .getMany();
  }

  async get(caller: Caller, id: string): Promise<CapturedMail | null> {
    const { accountId } = requireSignedIn(caller);
    if (!this.enabled) return null;
    return this.visible(accountId).andWhere('m.id = :id', { id }).getOne();
  }

  /** The HTML part, or null when the message has none. */
  async html(mail: CapturedMail): Promise<string | null> {
    const { html } = await this.parse(mail);
    return typeof html === 'string' ? html : null;
  }

  /** The plain-text part, or null when the message has none. */
  async text(mail: CapturedMail): Promise<string | null> {
    return (await this.parse(mail)).text ?? null;
  }

  /** The From header as display text: `"Name" <address>`, several joined by commas. */
  async from(mail: CapturedMail): Promise<string> {
    return addresses((await this.parse(mail)).from);
  }

  /** The To header, like `from`. */
  async to(mail: CapturedMail): Promise<string> {
    return addresses((await this.parse(mail)).to);
  }

  /** Every header line in order, with folded continuation lines joined by a single space. */
  async headers(mail: CapturedMail): Promise<MailHeaderLine[]> {
    return (await this.parse(mail)).headerLines.map(({ line }) => {
      const colon = line.indexOf(':');
      return {
        name: line.slice(0, colon),
        value: line
          .slice(colon + 1)
          .replace(/\r?\n\s+/g, ' ')
          .trim(),
      };
    });
  }

  /** Parsed once per loaded row, only when html, text or headers are asked for. */
  private parse(mail: CapturedMail): Promise<ParsedMail> {
    let parsed = this.parsed.get(mail);
    if (!parsed) {
      parsed = simpleParser(mail.raw, { skipImageLinks: true });
      this.parsed.set(mail, parsed);
    }
    return parsed;
  }

  private visible(accountId: string) {
    return this.db
      .getRepository(CapturedMail)
      .createQueryBuilder('m')
      .where(
        `(m.account_id = :accountId OR m.id IN (
          SELECT r.mail_id FROM captured_mail_recipients r
           WHERE r.address IN (SELECT lower(u.email) FROM users u WHERE u.account_id = :accountId)))`,
        { accountId },
      );
  }
}
