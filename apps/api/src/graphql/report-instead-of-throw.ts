import { type ASTVisitor, GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

type Fn = (...args: unknown[]) => unknown;

/**
 * graphql-armor's limits throw from inside validation, which Apollo answers with 500. Wrapped, a rejection is
 * reported like any validation error, so the client gets 400 and the message says which limit was hit.
 */
export function reportInsteadOfThrow(rule: ValidationRule): ValidationRule {
  return (context: ValidationContext) => {
    const guard =
      (fn: Fn): Fn =>
      (...args) => {
        try {
          return fn(...args);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          context.reportError(error);
          return false; // stop visiting this branch
        }
      };
    const visitor = rule(context) as object;
    // A proxy, because armor's visitors are class instances whose methods live on the prototype and use `this`.
    return new Proxy(visitor, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value === 'function') return guard((value as Fn).bind(target));
        if (value && typeof value === 'object' && ('enter' in value || 'leave' in value)) {
          const { enter, leave } = value as { enter?: Fn; leave?: Fn };
          return { enter: enter && guard(enter.bind(target)), leave: leave && guard(leave.bind(target)) };
        }
        return value;
      },
    }) as ASTVisitor;
  };
}
