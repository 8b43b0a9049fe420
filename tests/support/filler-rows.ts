import { Client as PgClient } from 'pg';

/** The columns of a table in order, each copied from `src` unless `overrides` gives an expression. */
async function selectList(client: PgClient, table: string, overrides: Record<string, string>) {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_name = $1 order by ordinal_position`,
    [table],
  );
  const columns = rows.map((r) => `"${r.column_name}"`).join(', ');
  const values = rows.map((r) => overrides[r.column_name] ?? `src."${r.column_name}"`).join(', ');
  return { columns, values };
}

const UNITS = 10_000;

/**
 * Makes the tables as large as a national database's, without running workflows: ten thousand
 * communes of a made-up province, and `count` copies of one submitted nomination spread over them,
 * each with a review task (about a fifth of them open) and an audit event; then ANALYZE, so the
 * planner sees real sizes.
 */
export async function addFillerNominations(databaseUrl: string, { sourceId, count }: { sourceId: string; count: number }) {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into admin_unit (id, created_at, code, name, type, level, path, valid_from)
       select gen_random_uuid(), now(), 'F' || g, 'Xã thử ' || g, 'Xã', 'COMMUNE', '/filler/' || g || '/', '2024-01-01'
       from generate_series(1, ${UNITS}) g`,
    );
    const n = await selectList(client, 'nomination', {
      id: 'gen_random_uuid()',
      unit_id: `(array(select id from admin_unit where code like 'F%' order by code))[1 + g % ${UNITS}]`,
      created_at: `src.created_at - g * interval '1 second'`,
    });
    const t = await selectList(client, 'review_task', {
      id: 'gen_random_uuid()',
      nomination_id: 'c.id',
      unit_id: 'c.unit_id',
      created_at: 'c.created_at',
      status: `(case when random() < 0.2 then 'OPEN' else 'DONE' end)::task_status`,
    });
    const a = await selectList(client, 'audit_event', {
      id: 'gen_random_uuid()',
      nomination_id: 'c.id',
      idempotency_key: `'filler:' || c.id`,
      occurred_at: 'c.created_at',
      created_at: 'c.created_at',
    });
    await client.query(
      `with clones as (
         insert into nomination (${n.columns}) select ${n.values.replace('src."original_unit_id"', 'src."unit_id"')}
         from nomination src, generate_series(1, $2::int) g where src.id = $1 returning id, unit_id, created_at
       ), tasks as (
         insert into review_task (${t.columns}) select ${t.values}
         from clones c, (select * from review_task where nomination_id = $1 limit 1) src returning id
       )
       insert into audit_event (${a.columns}) select ${a.values}
       from clones c, (select * from audit_event where nomination_id = $1 limit 1) src`,
      [sourceId, count],
    );
    await client.query('analyze');
  } finally {
    await client.end();
  }
}
