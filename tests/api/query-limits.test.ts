import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { INBOX, NOMINATIONS_NESTED, TASKS_NESTED } from '../../bench/gql';
import { startApiServer, type ApiServer } from '../../server/api/api-server';
import { measureOperation, operationRefusal } from '../../server/api/query-limits';
import { loadLimitsConfig } from '../../server/config/limits.config';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

const ROOT = join(__dirname, '../..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8'));
const PRODUCTION = loadLimitsConfig({}, 'production');

/** A POST that keeps the status and headers, for refusals answered before execution. */
async function post(url: string, token: string | null, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** `nominations → edges → node → tasks → nomination → tasks …`: `levels` fields deep in all. */
function nested(levels: number): string {
  const names = ['nominations', 'edges', 'node', ...Array.from({ length: levels - 4 }, (_, i) => (i % 2 ? 'nomination' : 'tasks'))];
  return `{ ${names.join(' { ')} { id }${' }'.repeat(names.length - 1)} }`;
}
const TWELVE_LEVELS = nested(12);
/** Three levels of lists under a page of 100: about 100 × 10 × 10 × 10 rows. */
const COST_BOMB =
  'query ($first: Int) { nominations(first: $first) { edges { node { tasks { nomination { tasks { nomination { tasks { id stageName } } } } } } } } }';

describe('the default limits and the operations portals send', () => {
  const documents = readdirSync(join(ROOT, 'schema/operations')).map((file) => [file, readFileSync(join(ROOT, 'schema/operations', file), 'utf8')]);
  const all = parse(documents.map(([, text]) => text).join('\n'));
  const operations = all.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it('schema/operations (the SDK is generated from them) holds many valid operations', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(validate(schema, all)).toEqual([]);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? '?', operation] as const))(
    '%s passes the production limits even with first: 100',
    (_name, operation) => {
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, 100]));
      expect(operationRefusal(schema, all, operation, variables, { limits: PRODUCTION.query, signedIn: true })).toBeNull();
    },
  );

  it.each([
    ['the bench inbox', INBOX],
    ['the bench nested tasks', TASKS_NESTED(true)],
    ['the bench nested nominations', NOMINATIONS_NESTED(true)],
  ])('%s passes at first: 100', (_name, text) => {
    const document = parse(text);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operationRefusal(schema, document, operation, { first: 100 }, { limits: PRODUCTION.query, signedIn: true })).toBeNull();
  });

  it('every document is far below the token limit', () => {
    for (const [, text] of documents) expect(() => parse(text, { maxTokens: PRODUCTION.query.maxTokens / 4 })).not.toThrow();
  });
});

describe('the cost model', () => {
  const cost = (text: string, variables?: Record<string, unknown>) => {
    const document = parse(text);
    return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables).cost;
  };

  it('a connection costs first × its items, 20 items without first', () => {
    const page = (first: string) => cost(`{ nominations${first} { edges { node { id nomineeName } } totalCount } }`);
    // nominations 1 + edges (1 + first × (node 1 + 2 scalars)) + totalCount 1
    expect(page('(first: 5)')).toBe(1 + 1 + 5 * 3 + 1);
    expect(page('(first: 100)')).toBe(1 + 1 + 100 * 3 + 1);
    expect(page('')).toBe(1 + 1 + 20 * 3 + 1);
  });

  it('takes first from the variables of each request, not from the first request of a document', () => {
    expect(cost(COST_BOMB, { first: 100 })).toBeGreaterThan(PRODUCTION.query.maxCost);
    expect(cost(COST_BOMB, { first: 2 })).toBeLessThan(PRODUCTION.query.maxCost);
    expect(cost(COST_BOMB, { first: 100 })).toBe(50 * cost(COST_BOMB, { first: 2 }) - 98);
    // The same document object again and again (as Apollo's document cache hands it back).
    const document = parse(COST_BOMB);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const costs = [100, 2, 100, undefined].map((first) => measureOperation(schema, document, operation, { first }).cost);
    expect(costs).toEqual([cost(COST_BOMB, { first: 100 }), cost(COST_BOMB, { first: 2 }), cost(COST_BOMB, { first: 100 }), cost(COST_BOMB)]);
  });

  it('counts a fragment spread many times once per spread without walking it again each time', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on User { ${i === 39 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join('\n');
    const started = Date.now();
    const document = parse(`{ viewer { ...F0 } }\n${chain}`);
    const shape = measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode);
    expect(Date.now() - started).toBeLessThan(500);
    expect(shape.depth).toBe(2);
    expect(shape.cost).toBe(1 + 2 ** 39);
  });
});

describe('query limits on the running API', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ worker: false });
    token = await platform.tokenFor('laocai.admin');
  }, 120_000);
  afterAll(() => platform?.stop());

  it.each([
    ['a query nested twelve levels', TWELVE_LEVELS, {}, 'QUERY_TOO_DEEP', /12 levels.*at most 10/],
    ['1,000 aliases of viewer', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`, {}, 'TOO_MANY_ALIASES', /1000 aliases; at most 30/],
    ['a document of 20,000 tokens', `{ viewer { ${'id '.repeat(20_000)}} }`, {}, 'QUERY_TOO_LARGE', /more than 8000 tokens/],
    ['a cost bomb under a page of 100', COST_BOMB, { first: 100 }, 'QUERY_TOO_COMPLEX', /at most 50000/],
    ['25 directives', `{ viewer { ${Array.from({ length: 25 }, () => 'id @include(if: true)').join(' ')} } }`, {}, 'TOO_MANY_DIRECTIVES', /25 directives/],
  ])('%s is refused before it runs: 400 and its own code, in both languages', async (_name, query, variables, code, english) => {
    const started = Date.now();
    const { status, body } = await post(platform.url, token, query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions.code).toBe(code);
    expect(body.errors![0].message).toMatch(english);
    expect(body.errors![0].extensions.messageVi).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    expect(body.errors![0].extensions).not.toHaveProperty('http');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('the same documents within the limits are answered', async () => {
    expect(nested(12)).toMatch(/^\{ nominations \{ edges \{ node \{ tasks \{ nomination \{ tasks \{ nomination \{ tasks \{ nomination \{ tasks \{ nomination \{ id \} /);
    const ten = await post(platform.url, token, nested(10));
    expect(ten.status).toBe(200);
    expect(ten.body.errors).toBeUndefined();
    const aliases = await post(platform.url, token, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`);
    expect(aliases.body.errors).toBeUndefined();
    expect(Object.keys(aliases.body.data)).toHaveLength(30);
    const bomb = await post(platform.url, token, COST_BOMB, { first: 2 });
    expect(bomb.body.errors).toBeUndefined();
    expect(bomb.body.data.nominations.edges).toEqual(expect.any(Array));
  });

  it('introspection and "Did you mean" hints are for signed-in requests only (GRAPHQL_INTROSPECTION on outside production)', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    const signedIn = await post(platform.url, token, introspect);
    expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const anonymous = await post(platform.url, null, introspect);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors![0].extensions.code).toBe('INTROSPECTION_DISABLED');
    const typeQuery = await post(platform.url, null, '{ __type(name: "Nomination") { fields { name } } }');
    expect(typeQuery.body.errors![0].extensions.code).toBe('INTROSPECTION_DISABLED');
    // __typename is no introspection.
    expect((await post(platform.url, token, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });

    const typo = '{ viewr { id } }';
    const hinted = await post(platform.url, token, typo);
    expect(hinted.body.errors![0].message).toMatch(/Did you mean "viewer"\?/);
    const bare = await post(platform.url, null, typo);
    expect(bare.status).toBe(400);
    expect(bare.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bare.body.errors![0].message).toBe('Cannot query field "viewr" on type "Query".');
  });

  describe('with GRAPHQL_INTROSPECTION off (the production default)', () => {
    let api: ApiServer;
    beforeAll(async () => {
      const limits = { ...platform.config.limits, query: { ...platform.config.limits.query, introspection: false } };
      api = await startApiServer({ config: { ...platform.config, limits }, orm: platform.db.orm, temporal: platform.temporal }, 0);
    });
    afterAll(() => api?.stop());

    it('refuses introspection and drops hints even when signed in', async () => {
      const introspect = await post(api.url, token, '{ __schema { types { name } } }');
      expect(introspect.status).toBe(400);
      expect(introspect.body.errors![0].extensions.code).toBe('INTROSPECTION_DISABLED');
      const typo = await post(api.url, token, '{ viewr { id } }');
      expect(typo.body.errors![0].message).toBe('Cannot query field "viewr" on type "Query".');
    });

    it('NODE_ENV=production turns it off unless GRAPHQL_INTROSPECTION=on', () => {
      expect(loadLimitsConfig({}, 'production').query.introspection).toBe(false);
      expect(loadLimitsConfig({ GRAPHQL_INTROSPECTION: 'on' }, 'production').query.introspection).toBe(true);
      expect(loadLimitsConfig({}, 'development').query.introspection).toBe(true);
      expect(loadLimitsConfig({ GRAPHQL_INTROSPECTION: 'off' }, 'development').query.introspection).toBe(false);
      expect(() => loadLimitsConfig({ GRAPHQL_INTROSPECTION: 'maybe' }, 'development')).toThrow(/GRAPHQL_INTROSPECTION must be on or off/);
      expect(loadLimitsConfig({ GRAPHQL_MAX_DEPTH: '7', GRAPHQL_MAX_COST: '900' }, 'production').query).toMatchObject({ maxDepth: 7, maxCost: 900 });
    });
  });

  describe('over the WebSocket', () => {
    /** The first answer (data or error) of one operation on a fresh socket. */
    async function overSocket(query: string): Promise<{ errors?: any[]; data?: unknown }> {
      const client = createClient({
        url: platform.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      try {
        return await new Promise((resolve) => {
          const stop = client.subscribe(
            { query },
            {
              next: (result) => (stop(), resolve(result as any)),
              error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
              complete: () => undefined,
            },
          );
        });
      } finally {
        await client.dispose();
      }
    }

    it('a subscription past a limit is refused with the same code', async () => {
      const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ');
      const refused = await overSocket(`subscription { notificationAdded { ${aliases} } }`);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES' });
      expect(refused.errors?.[0].extensions).not.toHaveProperty('http');
      const huge = await overSocket(`subscription { notificationAdded { ${'id '.repeat(9000)}} }`);
      expect(huge.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE' });
    });

    it('carries subscriptions only: a query or a mutation is sent over HTTP', async () => {
      const query = await overSocket('{ viewer { id } }');
      expect(query.errors?.[0].extensions).toMatchObject({ code: 'SOCKET_SUBSCRIPTIONS_ONLY' });
      const mutation = await overSocket('mutation { markNotificationsRead(input: { all: true }) { count } }');
      expect(mutation.errors?.[0].extensions).toMatchObject({ code: 'SOCKET_SUBSCRIPTIONS_ONLY' });
    });
  });
});
