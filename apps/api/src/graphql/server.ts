import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Logger } from '../logger.js';
import type { RequestContext } from './context.js';
import { createFormatError } from './errors.js';
import { readOnlyTokensPlugin } from './read-only-tokens.js';
import { reportInsteadOfThrow } from './report-instead-of-throw.js';

/** Limits sized for the SPA's largest queries with room to spare; abusive queries fail validation. */
export const QUERY_LIMITS = {
  maxDepth: 25,
  maxAliases: 20,
  maxTokens: 2000,
  maxCost: 20000,
  maxDirectives: 30,
};

export function createApolloServer(opts: {
  schema: GraphQLSchema;
  logger: Logger;
  httpServer: http.Server;
  development: boolean;
}) {
  const armor = new ApolloArmor({
    // Introspection counts too (GraphiQL's own query needs 21 levels), so a deep __schema probe is cut.
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js counts tokens while parsing (parseOptions below), so an over-long document is a syntax error.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // "Did you mean …" leaks the schema's private names; keep it for local development only.
    blockFieldSuggestion: { enabled: !opts.development },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema: opts.schema,
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(opts.logger),
    validationRules: protection.validationRules.map(reportInsteadOfThrow),
    plugins: [
      // graphql-armor's types come from Apollo's CommonJS build; the objects are the same at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      readOnlyTokensPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer }),
    ],
  });
}
