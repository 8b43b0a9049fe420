import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ApiMetrics } from './api-metrics';

const CODE = /^[A-Z0-9_]{1,64}$/;

/** Our codes and Apollo's are SCREAMING_SNAKE; anything else (a stray library's) is one bucket. */
function codeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'UNKNOWN';
  return typeof code === 'string' && CODE.test(code) ? code : 'OTHER';
}

/**
 * Counts and times every GraphQL operation Apollo answers over HTTP, by name and type ("unknown"
 * when it never parsed or resolved), and counts each top-level error by its extensions.code as the
 * client receives it (after formatError). Mutation payload userErrors are data, not errors.
 */
export function graphqlMetricsPlugin<TContext extends BaseContext>(metrics: ApiMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation, operationName, request }) {
          const labels = {
            operation: metrics.operationLabel(operation ? operationName : request.operationName),
            type: operation?.operation ?? 'unknown',
          };
          metrics.graphqlOperations.inc(labels);
          metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const error of errors ?? []) {
            metrics.graphqlErrors.inc({ code: codeLabel(error.extensions?.code), operation: labels.operation });
          }
        },
      };
    },
  };
}
