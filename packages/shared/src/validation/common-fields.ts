import { z } from 'zod';

/** No header injection: CR, LF and other control characters are never allowed in one-line fields. */
const NO_CONTROL = /^\P{Cc}*$/u;

export const emailAddressSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .min(1, 'Enter an email address.')
  .max(254, 'An email address has at most 254 characters.')
  .regex(NO_CONTROL, 'Line breaks and control characters are not allowed.')
  .email('Enter a valid email address such as name@example.com.');

export const singleLineText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .regex(NO_CONTROL, `${label} must be a single line without control characters.`);

export const passwordSchema = z
  .string()
  .min(1, 'Enter a password.')
  .max(200, 'A password has at most 200 characters.');

export const signInInputSchema = z.object({ email: emailAddressSchema, password: passwordSchema });

export const createUserInputSchema = z.object({
  email: emailAddressSchema,
  name: singleLineText('The name', 120).optional().nullable(),
  role: z.enum(['ADMIN', 'MEMBER']).optional().nullable(),
  /** The language of the emails this user receives. */
  locale: z.enum(['EN', 'DE']).optional().nullable(),
});

export const apiTokenNameSchema = singleLineText('The token name', 80).min(1, 'Give the token a name.');
