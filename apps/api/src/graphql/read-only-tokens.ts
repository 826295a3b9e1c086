import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden } from './errors.js';
import type { RequestContext } from './context.js';

/** A READ token never runs a mutation, whatever the mutation's own rules say. */
export const readOnlyTokensPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        const caller = contextValue.caller;
        if (operation?.operation === 'mutation' && caller.kind === 'token' && caller.scope === 'READ') {
          throw forbidden('This API token is read-only; create an ADMIN token to change settings.');
        }
      },
    };
  },
};
