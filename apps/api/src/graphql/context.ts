import type { Locale } from '@ametrika/shared';
import type { Request, Response } from 'express';
import type { Caller } from '../auth/caller.js';
import type { Services } from '../services.js';

export type RequestContext = {
  caller: Caller;
  services: Services;
  clientIp: string;
  /** The UI language the client asked for (Accept-Language); sentences the API writes follow it. */
  locale: Locale;
  sessionToken?: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  req: Request;
  res: Response;
};
