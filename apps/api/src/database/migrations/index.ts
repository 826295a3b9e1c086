import { Foundation1764300000000 } from './1764300000000-foundation.js';
import { EmailSettings1764300001000 } from './1764300001000-email-settings.js';

/** Every migration, in order. New ones are appended; applied ones are never edited. */
export const migrations = [Foundation1764300000000, EmailSettings1764300001000];
