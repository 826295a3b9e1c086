import type { SenderMode } from '@ametrika/shared';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { SmtpSettingsService } from '../smtp/smtp-settings.service.js';
import {
  EmailSettingsType,
  SenderIdentityInput,
  SenderModeEnum,
  SmtpDetectionResultType,
  SmtpSettingsInput,
  SmtpTestInput,
  SmtpTestReportType,
} from './email-settings.types.js';
import type { SenderService } from './sender.service.js';

@Resolver(() => EmailSettingsType)
export class SenderResolver {
  constructor(
    private readonly sender: SenderService,
    private readonly smtp: SmtpSettingsService,
  ) {}

  @Query(() => EmailSettingsType, { description: "The account's sender settings." })
  emailSettings(@Ctx() ctx: RequestContext): Promise<EmailSettingsType> {
    return this.sender.view(ctx.caller, ctx.locale);
  }

  @Mutation(() => EmailSettingsType, {
    description:
      'Chooses the sender. CUSTOM_SMTP needs a passed test of the saved settings; HOSTED a verified domain.',
  })
  setSenderMode(@Arg('mode', () => SenderModeEnum) mode: SenderMode, @Ctx() ctx: RequestContext) {
    return this.sender.setSenderMode(ctx.caller, mode, ctx.locale);
  }

  @Mutation(() => EmailSettingsType, {
    description: 'The display name and reply-to address of every sender.',
  })
  updateSenderIdentity(
    @Arg('input', () => SenderIdentityInput) input: SenderIdentityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.sender.updateIdentity(ctx.caller, input, ctx.locale);
  }

  @Mutation(() => EmailSettingsType, {
    description: 'Saves the custom SMTP server; the password is write-only.',
  })
  updateSmtpSettings(
    @Arg('input', () => SmtpSettingsInput) input: SmtpSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.smtp.update(ctx.caller, input, ctx.locale);
  }

  @Mutation(() => SmtpDetectionResultType, {
    description: 'Probes 465 (TLS), 587 and 25 (STARTTLS) of a host and proposes the combination that works.',
  })
  detectSmtpSettings(@Arg('host', () => String) host: string, @Ctx() ctx: RequestContext) {
    return this.smtp.detect(ctx.caller, host, ctx.locale);
  }

  @Mutation(() => SmtpTestReportType, {
    description: 'Sends a real test message through the custom SMTP server and reports every stage.',
  })
  testSmtpSettings(@Arg('input', () => SmtpTestInput) input: SmtpTestInput, @Ctx() ctx: RequestContext) {
    return this.smtp.test(ctx.caller, input, ctx.locale);
  }
}
