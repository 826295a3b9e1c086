/** Where signed-in users land by default: the manual's ACCOUNT CONFIGURATION > EMAIL. */
export const DEFAULT_PATH = '/settings/email';
