import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import type { RequestContext } from '../graphql/context.js';
import { buildAppSchema } from '../graphql/schema.js';
import { parseAcceptLanguage } from '../i18n/accept-language.js';
import { createApolloServer } from '../graphql/server.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from './cookies.js';

export type HttpRoutes = (app: express.Express) => void;

const here = path.dirname(fileURLToPath(import.meta.url));

export function defaultWebDist(): string {
  return path.resolve(here, '../../../web/dist');
}

/** Express hosts GraphQL at /graphql, /healthz, extra routes of feature modules, and the built SPA at /. */
export async function createHttpServer(opts: {
  config: AppConfig;
  db: DataSource;
  logger: Logger;
  services: Services;
  routes?: HttpRoutes[];
}) {
  const { config, logger, services, db } = opts;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  const schema = await buildAppSchema(services);
  const apollo = createApolloServer({
    schema,
    logger,
    httpServer,
    development: config.env === 'development',
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
        const auth = req.headers.authorization;
        const bearerToken = auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : undefined;
        const caller = await services.auth.resolveCaller({ sessionToken, bearerToken });
        return {
          caller,
          services,
          clientIp: req.ip ?? 'unknown',
          locale: parseAcceptLanguage(req.headers['accept-language']),
          sessionToken,
          setSessionCookie: (token, expiresAt) =>
            setSessionCookie(res, token, expiresAt, config.secureCookies),
          clearSessionCookie: () => clearSessionCookie(res, config.secureCookies),
          req,
          res,
        };
      },
    }),
  );

  for (const register of opts.routes ?? []) register(app);

  const webDist = config.webDist ?? defaultWebDist();
  if (existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // The SPA routes on the client; every other GET gets its shell.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The SPA is not built. Run `pnpm build` (or `pnpm start`, which builds it).');
    });
  }

  // Body too large or malformed JSON: say so plainly instead of a stack trace.
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err?.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: 'The request is larger than 1 MB.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    if (err?.type === 'entity.parse.failed') {
      res.status(400).json({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    logger.error({ err }, 'unhandled HTTP error');
    if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Internal server error' }] });
    else next(err);
  });

  return { app, httpServer, apollo };
}
