import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, type ResolverData } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { SenderResolver } from '../modules/sender/sender.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { FooterResolver } from '../modules/templates/footer.resolver.js';
import { TemplateResolver } from '../modules/templates/template.resolver.js';
import type { Services } from '../services.js';
import { DeliveryResolver } from '../modules/delivery/delivery.resolver.js';
import { MailboxResolver } from '../modules/mailbox/mailbox.resolver.js';
import { TestEmailResolver } from '../modules/test-email/test-email.resolver.js';
import { UserAdminResolver } from '../modules/users/user-admin.resolver.js';
import { HostedResolver } from '../modules/hosted/hosted.resolver.js';

const resolvers = [
  AuthResolver,
  UserResolver,
  AccountResolver,
  ApiTokenResolver,
  SenderResolver,
  AuditResolver,
  TemplateResolver,
  FooterResolver,
  DeliveryResolver,
  MailboxResolver,
  UserAdminResolver,
  TestEmailResolver,
  HostedResolver,
] as const;

/** Resolvers get their services through the constructor; `services` is null only when emitting the schema. */
function createResolverInstances(s: Services | null) {
  const get = <K extends keyof Services>(key: K) => (s ? s[key] : (null as unknown as Services[K]));
  return new Map<Function, unknown>([
    [AuthResolver, new AuthResolver(get('auth'), get('users'))],
    [UserResolver, new UserResolver(get('users'))],
    [AccountResolver, new AccountResolver(get('accounts'))],
    [ApiTokenResolver, new ApiTokenResolver(get('apiTokens'))],
    [SenderResolver, new SenderResolver(get('sender'), get('smtp'))],
    [AuditResolver, new AuditResolver(get('audit'))],
    [TemplateResolver, new TemplateResolver(get('templates'))],
    [FooterResolver, new FooterResolver(get('footers'))],
    [DeliveryResolver, new DeliveryResolver(get('delivery')?.log)],
    [MailboxResolver, new MailboxResolver(get('mailbox'))],
    [UserAdminResolver, new UserAdminResolver(get('userAdmin'))],
    [TestEmailResolver, new TestEmailResolver(get('testEmail'))],
    [HostedResolver, new HostedResolver(get('hosted'), get('sender'))],
  ]);
}

export async function buildAppSchema(services: Services | null) {
  const instances = createResolverInstances(services);
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    container: { get: (cls: Function, _data: ResolverData) => instances.get(cls) },
    validate: false,
  });
}
