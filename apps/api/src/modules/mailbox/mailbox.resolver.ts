import type { AddressObject, ParsedMail } from 'mailparser';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { CapturedMail } from './captured-mail.entity.js';
import type { MailboxService } from './mailbox.service.js';

@ObjectType('MailHeader')
export class MailHeader {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ');

@Resolver(() => CapturedMail)
export class MailboxResolver {
  constructor(private readonly service: MailboxService) {}

  @Query(() => [CapturedMail], {
    description:
      "Messages the built-in mailbox received, newest first: those the caller's account sent or that went to its users. Empty while RELAY_SMTP_URL is set.",
  })
  mailbox(@Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx.caller, first);
  }

  @Query(() => CapturedMail, { nullable: true })
  capturedMail(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx.caller, id);
  }

  @Query(() => Boolean, { description: 'Whether the built-in mailbox is the relay (RELAY_SMTP_URL unset).' })
  mailboxEnabled(@Ctx() ctx: RequestContext): boolean {
    return this.service.isEnabled(ctx.caller);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The HTML part.' })
  async html(@Root() mail: CapturedMail): Promise<string | null> {
    const html = (await this.service.parse(mail)).html;
    return typeof html === 'string' ? html : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The plain-text part.' })
  async text(@Root() mail: CapturedMail): Promise<string | null> {
    return (await this.service.parse(mail)).text ?? null;
  }

  @FieldResolver(() => String, { description: 'The From header.' })
  async from(@Root() mail: CapturedMail): Promise<string> {
    return addresses((await this.service.parse(mail)).from);
  }

  @FieldResolver(() => String, { description: 'The To header.' })
  async to(@Root() mail: CapturedMail): Promise<string> {
    return addresses((await this.service.parse(mail)).to);
  }

  @FieldResolver(() => [MailHeader], { description: 'Every header line, in order.' })
  async headers(@Root() mail: CapturedMail): Promise<MailHeader[]> {
    const parsed: ParsedMail = await this.service.parse(mail);
    return parsed.headerLines.map((line) => {
      const colon = line.line.indexOf(':');
      return {
        name: line.line.slice(0, colon),
        value: line.line
          .slice(colon + 1)
          .replace(/\r?\n\s+/g, ' ')
          .trim(),
      };
    });
  }
}
