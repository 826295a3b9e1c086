import { type SmtpSettingsInput, smtpSettingsInputSchema, suggestedPortFor } from '@ametrika/shared';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';

export type SavedSmtp = NonNullable<EmailSettingsFieldsFragment['smtp']>;

export type SmtpFormValues = {
  host: string;
  /** A string while typing, so an empty field stays empty instead of becoming 0. */
  port: string;
  secure: boolean;
  username: string;
  password: string;
  removePassword: boolean;
  fromEmail: string;
  fromName: string;
};

export type SmtpField = 'host' | 'port' | 'secure' | 'username' | 'password' | 'fromEmail' | 'fromName';
export const SMTP_FIELDS: readonly SmtpField[] = [
  'host',
  'port',
  'secure',
  'username',
  'password',
  'fromEmail',
  'fromName',
];

export const initialSmtpValues = (saved: SavedSmtp | null | undefined): SmtpFormValues => ({
  host: saved?.host ?? '',
  port: String(saved?.port ?? suggestedPortFor(true)),
  secure: saved?.secure ?? true,
  username: saved?.username ?? '',
  password: '',
  removePassword: false,
  fromEmail: saved?.fromEmail ?? '',
  fromName: saved?.fromName ?? '',
});

/** Ports that are the manual's defaults; a port the user typed beyond these is left alone. */
const STANDARD_PORTS = ['', '25', '465', '587'];

/** Switching TLS suggests its port (on → 465, off → 587) unless the user chose another port. */
export function portAfterTlsSwitch(port: string, secure: boolean): string {
  return STANDARD_PORTS.includes(port.trim()) ? String(suggestedPortFor(secure)) : port;
}

/** The GraphQL input: an empty password field keeps the stored one (omitted), "" removes it. */
export function toSmtpInput(values: SmtpFormValues): SmtpSettingsInput {
  const port = values.port.trim() === '' ? Number.NaN : Number(values.port);
  return {
    host: values.host.trim(),
    port,
    secure: values.secure,
    username: values.username.trim() || null,
    ...(values.removePassword ? { password: '' } : values.password ? { password: values.password } : {}),
    fromEmail: values.fromEmail.trim(),
    fromName: values.fromName.trim() || null,
  };
}

export function validateSmtp(values: SmtpFormValues) {
  return smtpSettingsInputSchema.safeParse(toSmtpInput(values));
}

/** The API clears a stored password when host or port change and no new one is entered. */
export function passwordWillBeCleared(values: SmtpFormValues, saved: SavedSmtp | null | undefined) {
  if (!saved?.hasPassword || values.password || values.removePassword) return false;
  return values.host.trim().toLowerCase() !== saved.host || values.port.trim() !== String(saved.port);
}
