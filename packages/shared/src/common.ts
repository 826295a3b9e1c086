export const LOCALES = ['EN', 'DE'] as const;
export type Locale = (typeof LOCALES)[number];

export const ROLES = ['ADMIN', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export const SENDER_MODES = ['PLATFORM', 'WHITE_LABEL', 'CUSTOM_SMTP', 'HOSTED'] as const;
export type SenderMode = (typeof SENDER_MODES)[number];

/** The states of an outbox message, in the order one passes through them (GraphQL's DeliveryStatus). */
export const DELIVERY_STATUSES = ['QUEUED', 'SENDING', 'SENT', 'DEFERRED', 'FAILED', 'EXPIRED'] as const;
export type DeliveryStatusName = (typeof DELIVERY_STATUSES)[number];

/** "Send again" is offered, and accepted, only for these: final, and not delivered. */
export const RETRYABLE_DELIVERY_STATUSES: readonly DeliveryStatusName[] = ['FAILED', 'EXPIRED'];

/** Error codes carried in GraphQL `extensions.code`; the SPA parses them back. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A message in both UI languages; the API returns the one the caller asked for. */
export type LocalizedText = { en: string; de: string };
