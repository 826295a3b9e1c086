import { DNS_RECORD_STATUSES, DOMAIN_STATUSES, type LocalizedText } from '@ametrika/shared';
import { Arg, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Locale } from '../users/user.entity.js';

// GraphQL enums built from the shared vocabularies, so the SPA and the API cannot drift apart.
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DomainStatusEnum = asEnum(DOMAIN_STATUSES);
registerEnumType(DomainStatusEnum, {
  name: 'DomainStatus',
  description:
    'PENDING until every required record verifies; FAILED after 72 hours pending (APPLY or Verify starts again); DEGRADED when a verified record later disappears or changes.',
});
export const DnsRecordStatusEnum = asEnum(DNS_RECORD_STATUSES);
registerEnumType(DnsRecordStatusEnum, {
  name: 'DnsRecordStatus',
  description: 'UNKNOWN means DNS did not answer (SERVFAIL or timeout); it never un-verifies a domain.',
});
export const DkimKeyStateEnum = asEnum(['ACTIVE', 'PENDING', 'RETIRING'] as const);
registerEnumType(DkimKeyStateEnum, {
  name: 'DkimKeyState',
  description:
    'ACTIVE signs mail; PENDING takes over once its record verifies; RETIRING waits for retireDkimKey.',
});

const pick = (text: LocalizedText | null | undefined, locale: Locale) =>
  text ? (locale === Locale.DE ? text.de : text.en) : null;

@InputType('HostedDomainInput')
export class HostedDomainInput {
  @Field(() => String, { description: 'mail.example.com or example.com; international names are fine.' })
  domain: string;
  @Field(() => String, { description: 'The part before the @ (news), or a full address on the domain.' })
  fromEmail: string;
  @Field(() => String, { nullable: true }) fromName?: string | null;
}

@ObjectType('CloudflareRecord', { description: 'A record as Cloudflare\'s "Add record" form wants it.' })
export class CloudflareRecordType {
  @Field(() => String) type: string;
  @Field(() => String, { description: 'Cloudflare appends the zone; @ is the zone itself.' }) name: string;
  @Field(() => String, { description: 'The form labels this field Target (CNAME) or Content (TXT).' })
  contentLabel: string;
  @Field(() => String) content: string;
  @Field(() => String, { nullable: true, description: '"DNS only" (grey cloud) for the CNAME.' })
  proxyStatus: string | null;
  @Field(() => String) ttl: string;
}

@ObjectType('DnsRecord', { description: 'One record to publish, with the result of its last check.' })
export class DnsRecordType {
  @Field(() => String) type: string;
  @Field(() => String, { description: 'The full name, without the trailing dot.' }) name: string;
  @Field(() => String, { description: 'The name relative to the zone; @ for the zone itself.' }) host: string;
  @Field(() => String) value: string;
  @Field(() => String, { description: 'OWNERSHIP, DKIM, RETURN_PATH, SPF or DMARC.' }) purpose: string;
  @Field(() => Boolean, { description: 'Hosted sending needs every required record verified.' })
  required: boolean;
  @Field(() => DnsRecordStatusEnum) status: string;
  @Field(() => [String], { description: 'What DNS answered at the name (normalised).' }) observed: string[];
  @Field(() => String, { description: 'Auto: use the DNS provider’s default.' }) ttl: string;
  @Field(() => Boolean, {
    description: 'Already published as it should be (an existing DMARC): add nothing.',
  })
  present: boolean;
  @Field(() => String, { nullable: true, description: 'The DKIM selector of a DKIM record.' })
  selector: string | null;
  @Field(() => DkimKeyStateEnum, { nullable: true }) dkimKeyState: string | null;
  @Field(() => CloudflareRecordType) cloudflare: CloudflareRecordType;
  @Field(() => String, { description: "What to type as name in the detected provider's form." })
  providerHost: string;
  @Field(() => String, { description: "What to type as value in the detected provider's form." })
  providerValue: string;

  messageText: LocalizedText | null;
  noteText: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Why the record has its status.' })
  message(@Arg('locale', () => Locale, { defaultValue: Locale.EN }) locale: Locale): string | null {
    return pick(this.messageText, locale);
  }

  @Field(() => String, { nullable: true, description: 'How to publish it (for example: edit your SPF).' })
  note(@Arg('locale', () => Locale, { defaultValue: Locale.EN }) locale: Locale): string | null {
    return pick(this.noteText, locale);
  }
}

@ObjectType('DnsProvider', { description: "Who runs the domain's DNS, from its NS records." })
export class DnsProviderType {
  @Field(() => String, { description: 'cloudflare, route53, godaddy, …, or unknown.' }) id: string;
  @Field(() => String) name: string;
  @Field(() => [String], { description: 'The name servers the detection read.' }) nameServers: string[];

  whereText: LocalizedText;
  stepTexts: LocalizedText[];

  @Field(() => String, { description: 'Where the records are edited.' })
  where(@Arg('locale', () => Locale, { defaultValue: Locale.EN }) locale: Locale): string {
    return pick(this.whereText, locale) as string;
  }

  @Field(() => [String])
  steps(@Arg('locale', () => Locale, { defaultValue: Locale.EN }) locale: Locale): string[] {
    return this.stepTexts.map((step) => pick(step, locale) as string);
  }
}

@ObjectType('HostedDomain', { description: "The account's own sending domain and its DNS records." })
export class HostedDomainType {
  @Field(() => String, { description: 'Punycode form, as DNS uses it.' }) domain: string;
  @Field(() => String, { description: 'The same name for display.' }) domainUnicode: string;
  @Field(() => String, { description: 'The zone the records go into (the registrable domain).' })
  zone: string;
  @Field(() => String) fromEmail: string;
  @Field(() => String, { nullable: true }) fromName: string | null;
  @Field(() => DomainStatusEnum) status: string;
  @Field(() => [DnsRecordType]) records: DnsRecordType[];
  @Field(() => [String], { description: 'Purposes of required records not verified yet.' })
  missingRecords: string[];
  @Field(() => Boolean, { description: 'setSenderMode(HOSTED) is allowed.' }) readyToEnable: boolean;
  @Field(() => Date, { nullable: true }) lastCheckedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The next background check; null when FAILED.' })
  nextCheckAt: Date | null;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
  @Field(() => Date, { description: 'The current attempt began; PENDING turns FAILED 72 hours later.' })
  pendingSince: Date;
  @Field(() => DnsProviderType) provider: DnsProviderType;
  @Field(() => String, { description: 'The records to add, in BIND syntax (named-checkzone accepts it).' })
  zoneFile: string;
  @Field(() => String, { description: 'The DKIM selector that signs mail now.' }) selector: string;
  @Field(() => String, { nullable: true, description: 'A rotated key waiting for its record.' })
  pendingSelector: string | null;
}
