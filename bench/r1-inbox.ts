import autocannon from 'autocannon';
import { tokenFor, type BenchContext } from './context';
import { gql, INBOX } from './gql';
import { latency, type Latency } from './stats';

export interface InboxRun {
  rps: number;
  latency: Latency;
  errors: number;
  non2xx: number;
}
export interface InboxResult {
  graphql: InboxRun;
  raw: InboxRun;
  reviewers: number;
  sameAsRaw: boolean;
  rows: number;
}

/** The reviewers of the three largest provinces: the heaviest inboxes. */
function reviewerTokens(ctx: BenchContext): string[] {
  return ctx.seed.provinces.slice(0, 3).flatMap((p) => p.reviewerIds.map((id) => tokenFor(ctx, id)));
}

/** autocannon with one token per connection (rotating over the reviewers) and every response's time kept. */
function run(ctx: BenchContext, target: 'graphql' | 'raw', tokens: string[], seconds: number): Promise<InboxRun> {
  const times: number[] = [];
  let connection = 0;
  const graphql = target === 'graphql';
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: graphql ? ctx.graphqlUrl : `${ctx.rawUrl}/raw/inbox?first=50`,
        method: graphql ? 'POST' : 'GET',
        connections: ctx.options.inboxConnections,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        body: graphql ? JSON.stringify({ query: INBOX, variables: { first: 50 } }) : undefined,
        setupClient: (client) =>
          client.setHeaders({
            'content-type': 'application/json',
            authorization: `Bearer ${tokens[connection++ % tokens.length]}`,
          }),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: Math.round((result.requests.total / result.duration) * 10) / 10,
          latency: latency(times),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** Both endpoints must answer the same rows in the same shape, or the ratio means nothing. */
async function compare(ctx: BenchContext, token: string): Promise<[boolean, number]> {
  const viaApi = await gql(ctx.graphqlUrl, token, INBOX, { first: 50 });
  if (viaApi.errors?.length) throw new Error(`R1 inbox query refused: ${JSON.stringify(viaApi.errors[0])}`);
  const viaRaw = (await (
    await fetch(`${ctx.rawUrl}/raw/inbox?first=50`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { data: unknown };
  return [JSON.stringify(viaApi.data) === JSON.stringify(viaRaw.data), (viaApi.data as any).myTasks.edges.length];
}

/** R1: the portal's inbox under 20 connections, GraphQL against raw pg + JSON.stringify. */
export async function measureInbox(ctx: BenchContext): Promise<InboxResult> {
  const tokens = reviewerTokens(ctx);
  const [sameAsRaw, rows] = await compare(ctx, tokens[0]);
  if (!sameAsRaw) ctx.log('  R1: the GraphQL and raw inbox answers differ (shape or rows); compare them by hand');
  const warm = ctx.options.quick ? 1 : 3;
  await run(ctx, 'raw', tokens, warm);
  await run(ctx, 'graphql', tokens, warm);
  const raw = await run(ctx, 'raw', tokens, ctx.options.inboxSeconds);
  ctx.log(`  R1 raw: ${raw.rps} req/s, p95 ${raw.latency.p95} ms`);
  const graphql = await run(ctx, 'graphql', tokens, ctx.options.inboxSeconds);
  ctx.log(`  R1 GraphQL: ${graphql.rps} req/s, p95 ${graphql.latency.p95} ms`);
  return { graphql, raw, reviewers: tokens.length, sameAsRaw, rows };
}
