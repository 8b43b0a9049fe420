import type { ApolloServerPlugin } from '@apollo/server';
import type { LimitsConfig } from '../config/limits.config';
import type { RequestContext } from '../graphql/context';
import { operationRefusal, withoutSuggestions } from './query-limits';
import { RateLimiter, rateLimitedGraphQLError } from './rate-limit';

/** The per-user counters of one API instance. */
export interface UserRateLimits {
  mutations: RateLimiter;
  queries: RateLimiter;
}

export function userRateLimits({ rate }: LimitsConfig): UserRateLimits {
  return { mutations: new RateLimiter(rate.mutationsPerMinute), queries: new RateLimiter(rate.queriesPerMinute) };
}

/**
 * Before anything executes: a signed-in user's mutations and queries are counted (RATE_LIMITED,
 * 429 with Retry-After, past the limit), then the operation is measured against the query limits
 * (400 with its own code). "Did you mean …" hints leave every answer unless introspection is on
 * and the request is signed in.
 */
export function limitsPlugin(
  limits: LimitsConfig,
  counters = userRateLimits(limits),
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const userId = contextValue.viewer?.user.id ?? null;
      const hints = limits.query.introspection && userId !== null;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (userId) {
            const counter = operation.operation === 'mutation' ? counters.mutations : counters.queries;
            const wait = counter.take(userId);
            if (wait) throw rateLimitedGraphQLError(wait);
          }
          const refusal = operationRefusal(schema, document, operation, request.variables, {
            limits: limits.query,
            signedIn: userId !== null,
          });
          if (refusal) throw refusal;
        },
        async willSendResponse({ response }) {
          if (hints || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (!singleResult.errors?.some((error) => error.message.includes('Did you mean'))) return;
          singleResult.errors = singleResult.errors.map((error) => ({
            ...error,
            message: withoutSuggestions(error.message),
          }));
        },
      };
    },
  };
}
