import type { Request, Response } from 'express';
import type { Caller } from '../auth/caller.js';
import type { Services } from '../services.js';

export type RequestContext = {
  caller: Caller;
  services: Services;
  clientIp: string;
  sessionToken?: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  req: Request;
  res: Response;
};
