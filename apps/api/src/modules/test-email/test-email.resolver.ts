import type { SenderMode } from '@ametrika/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { SenderModeEnum } from '../sender/email-settings.types.js';
import type { TestEmailService } from './test-email.service.js';
import { SendTestEmailInput, SendTestResultType } from './test-email.types.js';

@Resolver()
export class TestEmailResolver {
  constructor(private readonly tests: TestEmailService) {}

  @Mutation(() => SendTestResultType, {
    description:
      'Sends a template with sample data to a verified address through the active sender and waits for the reply.',
  })
  sendTestEmail(
    @Arg('input', () => SendTestEmailInput) input: SendTestEmailInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.tests.sendTemplate(ctx.caller, input, ctx.locale);
  }

  @Mutation(() => SendTestResultType, {
    description: 'Sends a short message through one sender card, active or not.',
  })
  sendSenderTest(
    @Arg('mode', () => SenderModeEnum) mode: SenderMode,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.tests.sendSenderTest(ctx.caller, mode, to, ctx.locale);
  }
}
