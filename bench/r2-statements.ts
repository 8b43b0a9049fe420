import { postJson, tokenFor, type BenchContext } from './context';
import { gql, NOMINATIONS_NESTED, TASKS_NESTED } from './gql';

export interface StatementRow {
  query: string;
  first: number;
  totalCount: boolean;
  statements: number | null;
  rows: number;
  error?: string;
}

/** Statements the API process sent for one request, read from the counter beside it. */
async function count(
  ctx: BenchContext,
  token: string,
  query: string,
  first: number,
): Promise<[number | null, number, string?]> {
  await postJson(`${ctx.rawUrl}/stats/reset`);
  const result = await gql(ctx.graphqlUrl, token, query, { first });
  const { statements } = (await (await fetch(`${ctx.rawUrl}/stats`)).json()) as { statements: number };
  if (result.errors?.length)
    return [statements, 0, `${result.errors[0].extensions?.code ?? 'ERROR'}: ${result.errors[0].message}`];
  const [connection] = Object.values(result.data ?? {}) as { edges: unknown[] }[];
  return [statements, connection?.edges.length ?? 0];
}

/** R2: statements per request for both nested lists at first 10, 50 and 100, one request at a time. */
export async function measureStatements(ctx: BenchContext): Promise<StatementRow[]> {
  const token = tokenFor(ctx, ctx.seed.provinces[0].reviewerIds[0]);
  const plan: [string, (c: boolean) => string, number, boolean][] = [];
  for (const [name, query] of [
    ['myTasks', TASKS_NESTED],
    ['nominations', NOMINATIONS_NESTED],
  ] as const) {
    for (const first of [10, 50, 100]) plan.push([name, query, first, false]);
    plan.push([name, query, 50, true]);
  }
  const rows: StatementRow[] = [];
  for (const [name, query, first, totalCount] of plan) {
    // Once to warm caches (the viewer, the schema), then the counted request.
    await gql(ctx.graphqlUrl, token, query(totalCount), { first });
    const [statements, returned, error] = await count(ctx, token, query(totalCount), first);
    rows.push({ query: name, first, totalCount, statements, rows: returned, ...(error ? { error } : {}) });
    ctx.log(
      `  R2 ${name}(first: ${first})${totalCount ? ' + totalCount' : ''}: ${statements} statements, ${returned} rows${error ? `, refused: ${error}` : ''}`,
    );
  }
  return rows;
}
