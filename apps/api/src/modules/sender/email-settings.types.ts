import { SENDER_MODES, SMTP_STAGE_STATUSES, SMTP_STAGES } from '@ametrika/shared';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

// GraphQL enums built from the shared vocabularies, so the SPA and the API cannot drift apart.
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SenderModeEnum = asEnum(SENDER_MODES);
registerEnumType(SenderModeEnum, {
  name: 'SenderMode',
  description: 'Which server sends the account’s email.',
});
export const SmtpStageEnum = asEnum(SMTP_STAGES);
registerEnumType(SmtpStageEnum, { name: 'SmtpStage' });
export const SmtpStageStatusEnum = asEnum(SMTP_STAGE_STATUSES);
registerEnumType(SmtpStageStatusEnum, { name: 'SmtpStageStatus' });

@ObjectType('SmtpHint', {
  description: 'A plain-language explanation of a failed stage, in English and German.',
})
export class SmtpHintType {
  @Field(() => String) key: string;
  @Field(() => String) en: string;
  @Field(() => String) de: string;
}

@ObjectType('SmtpTestStage')
export class SmtpTestStageType {
  @Field(() => SmtpStageEnum) stage: string;
  @Field(() => SmtpStageStatusEnum) status: string;
  @Field(() => Float) durationMs: number;
  @Field(() => Int, { nullable: true }) responseCode?: number;
  @Field(() => String, { nullable: true, description: "The server's reply, without secrets." })
  response?: string;
  @Field(() => String, { nullable: true, description: 'What we observed: pinned address, TLS version.' })
  detail?: string;
  @Field(() => SmtpHintType, { nullable: true }) hint?: SmtpHintType;
}

@ObjectType('SmtpTestReport')
export class SmtpTestReportType {
  @Field(() => Boolean) ok: boolean;
  @Field(() => String) message: string;
  @Field(() => [SmtpTestStageType]) stages: SmtpTestStageType[];
  @Field(() => Date, { nullable: true }) testedAt?: Date | null;
  @Field(() => Boolean, {
    description: 'True when the report is of exactly the saved settings (so it counts for enabling).',
  })
  ofSavedSettings: boolean;
}

@ObjectType('SmtpSettings')
export class SmtpSettingsType {
  @Field(() => String) host: string;
  @Field(() => Int) port: number;
  @Field(() => Boolean, { description: 'true = implicit TLS (465); false = STARTTLS whenever offered.' })
  secure: boolean;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field(() => Boolean, { description: 'The password is write-only; this says whether one is stored.' })
  hasPassword: boolean;
  @Field(() => String) fromEmail: string;
  @Field(() => String, { nullable: true }) fromName: string | null;
  @Field(() => Boolean, { description: 'The last test was of exactly these settings and passed.' })
  readyToEnable: boolean;
  @Field(() => String, { nullable: true, description: 'Why custom SMTP cannot be enabled yet.' })
  notReadyReason: string | null;
  @Field(() => SmtpTestReportType, { nullable: true }) lastTest: SmtpTestReportType | null;
}

@ObjectType('SenderOption', { description: 'One of the four senders, as a card in the SPA.' })
export class SenderOptionType {
  @Field(() => SenderModeEnum) mode: string;
  @Field(() => String, { nullable: true, description: 'The From address mail would carry.' })
  fromAddress: string | null;
  @Field(() => Boolean) available: boolean;
  @Field(() => String, { nullable: true, description: 'Machine-readable reason when not available.' })
  unavailableCode: string | null;
  @Field(() => String, { nullable: true }) unavailableReason: string | null;
}

@ObjectType('EmailSettings')
export class EmailSettingsType {
  @Field(() => SenderModeEnum) senderMode: string;
  @Field(() => String) activeFromAddress: string;
  @Field(() => String, { nullable: true, description: 'Display name for every sender.' }) fromName:
    | string
    | null;
  @Field(() => String, { nullable: true }) replyTo: string | null;
  @Field(() => SmtpSettingsType, { nullable: true }) smtp: SmtpSettingsType | null;
  @Field(() => [SenderOptionType]) senders: SenderOptionType[];
}

@InputType('SmtpSettingsInput')
export class SmtpSettingsInput {
  @Field(() => String) host: string;
  @Field(() => Int) port: number;
  @Field(() => Boolean) secure: boolean;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Omitted: keep the stored one (cleared if host or port changes). Empty: remove it.',
  })
  password?: string | null;
  @Field(() => String) fromEmail: string;
  @Field(() => String, { nullable: true }) fromName?: string | null;
}

@InputType('SmtpTestInput')
export class SmtpTestInput {
  @Field(() => SmtpSettingsInput, { nullable: true, description: 'Omitted: test the saved settings.' })
  settings?: SmtpSettingsInput | null;
  @Field(() => String, { nullable: true, description: "A verified address; omitted: the signed-in admin's." })
  to?: string | null;
}

@InputType('SenderIdentityInput')
export class SenderIdentityInput {
  @Field(() => String, { nullable: true }) fromName?: string | null;
  @Field(() => String, { nullable: true }) replyTo?: string | null;
}

@ObjectType('SmtpDetectionCandidate')
export class SmtpDetectionCandidateType {
  @Field(() => Int) port: number;
  @Field(() => Boolean) secure: boolean;
  @Field(() => Boolean) ok: boolean;
  @Field(() => String) message: string;
  @Field(() => SmtpHintType, { nullable: true }) hint?: SmtpHintType | null;
}

@ObjectType('SmtpDetectionResult')
export class SmtpDetectionResultType {
  @Field(() => String) host: string;
  @Field(() => [SmtpDetectionCandidateType]) candidates: SmtpDetectionCandidateType[];
  @Field(() => Int, { nullable: true }) proposedPort: number | null;
  @Field(() => Boolean, { nullable: true }) proposedSecure: boolean | null;
  @Field(() => String, { nullable: true, description: 'Why the host could not be probed at all.' })
  refusal: string | null;
  @Field(() => SmtpHintType, { nullable: true }) refusalHint: SmtpHintType | null;
}
