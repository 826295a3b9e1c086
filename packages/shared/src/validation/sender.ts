import { z } from 'zod';
import { emailAddressSchema, singleLineText } from './common-fields.js';

/** The display name and reply-to address that apply to every sender. */
export const senderIdentityInputSchema = z.object({
  fromName: singleLineText('The sender name', 120)
    .refine((v) => !/["<>]/.test(v), 'The sender name must not contain quotes or angle brackets.')
    .optional()
    .nullable(),
  replyTo: z
    .union([z.literal(''), emailAddressSchema])
    .optional()
    .nullable(),
});

export type SenderIdentityInput = z.infer<typeof senderIdentityInputSchema>;
