import { openDatabase, type Orm } from '../../server/db/open-database';
import { loadConfig } from '../../server/config/config';
import { formatError } from '../../server/api/format-error';

/** DB_STATEMENT_TIMEOUT_MS: PostgreSQL itself cancels an API statement that runs too long. */
describe('the statement timeout of the API connections', () => {
  const url = process.env.THIDUA_TEST_PG_ADMIN_URL!;
  let limited: Orm;
  let unlimited: Orm;

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, DB_STATEMENT_TIMEOUT_MS: '300' });
    expect(config.limits.dbStatementTimeoutMs).toBe(300);
    limited = await openDatabase(url, false, 2, config.limits.dbStatementTimeoutMs);
    unlimited = await openDatabase(url, false, 2);
  });
  afterAll(async () => {
    await limited?.close();
    await unlimited?.close();
  });

  it('cuts off a slow statement (pg_sleep) after the timeout, and the connection serves the next one', async () => {
    const started = Date.now();
    await expect(limited.em.getConnection().execute('select pg_sleep(3)')).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await limited.em.getConnection().execute(`select current_setting('statement_timeout') as value`)).toEqual([{ value: '300ms' }]);
    await expect(limited.em.getConnection().execute('select pg_sleep(0.05) as slept')).resolves.toHaveLength(1);
  });

  it('leaves the worker and migrations (no timeout) alone', async () => {
    expect(await unlimited.em.getConnection().execute(`select current_setting('statement_timeout') as value`)).toEqual([{ value: '0' }]);
    await expect(unlimited.em.getConnection().execute('select pg_sleep(0.5) as slept')).resolves.toHaveLength(1);
  });

  /** What the portal is told: a code it can act on, never INTERNAL, and no SQL or driver text. */
  const answerTo = (error: unknown) => formatError({ message: 'x', extensions: {} }, error);

  it('tells the client STATEMENT_TIMEOUT for a statement cut off by the timeout', async () => {
    const error = await limited.em.getConnection().execute('select pg_sleep(3)').catch((e: unknown) => e);
    const answer = answerTo(error);
    expect(answer.extensions?.code).toBe('STATEMENT_TIMEOUT');
    expect(answer.extensions?.messageVi).toMatch(/quá lâu/);
    expect(answer.message).not.toMatch(/pg_sleep|select/i);
  });

  it('tells the client DATABASE_UNAVAILABLE when PostgreSQL cannot be reached', async () => {
    // A port nobody listens on: the driver's real connection error, as while PostgreSQL restarts.
    const closed = url.replace(/:(\d+)\//, ':1/');
    const error = await openDatabase(closed, false, 1).catch((e: unknown) => e);
    const answer = answerTo(error);
    expect(answer.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(answer.extensions?.messageVi).toMatch(/thử lại/);
    expect(answerTo(new Error('something else broke')).extensions?.code).toBe('INTERNAL');
  });
});
