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
  html(@Root() mail: CapturedMail): Promise<string | null> {
    return this.service.html(mail);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The plain-text part.' })
  text(@Root() mail: CapturedMail): Promise<string | null> {
    return this.service.text(mail);
  }

  @FieldResolver(() => String, { description: 'The From header.' })
  from(@Root() mail: CapturedMail): Promise<string> {
    return this.service.from(mail);
  }

  @FieldResolver(() => String, { description: 'The To header.' })
  to(@Root() mail: CapturedMail): Promise<string> {
    return this.service.to(mail);
  }

  @FieldResolver(() => [MailHeader], { description: 'Every header line, in order.' })
  headers(@Root() mail: CapturedMail): Promise<MailHeader[]> {
    return this.service.headers(mail);
  }
}
