import type { Pool } from 'pg';

/**
 * The fields of the portal's inbox query (bench/gql.ts INBOX) with one join, shaped as GraphQL would.
 * Each branch of the access rule is its own index-ordered page (the inbox, escalated and decided-by
 * indexes), merged and cut again: how one would write it by hand.
 */
const INBOX_SQL = (branches: string[]) => `
with page as (${branches.map((b) => `(select id, created_at from review_task t where t.status in ('OPEN', 'CLAIMED') and ${b} order by t.created_at desc, t.id desc limit $2)`).join(' union ')})
select t.id, t.stage_name, t.kind, t.status, t.due_at, t.round, t.created_at,
  tu.id as unit_id, tu.name as unit_name,
  n.id as n_id, n.nominee_name, n.nominee_kind, n.status as n_status, nu.name as n_unit_name,
  a.code as award_code, a.name as award_name, m.name as movement_name, p.name as period_name
from page join review_task t on t.id = page.id
join admin_unit tu on tu.id = t.unit_id
join nomination n on n.id = t.nomination_id
join admin_unit nu on nu.id = n.unit_id
join award_type a on a.id = n.award_id
join movement m on m.id = n.movement_id
join period p on p.id = n.period_id
order by t.created_at desc, t.id desc
limit $2`;

// The same roles as loadViewer: active user, valid today in Vietnam, not revoked.
const ROLES_SQL = `select u.id as user_id, r.role, r.unit_id from role_assignment r join app_user u on u.id = r.user_id
  where u.username = $1 and u.active and r.revoked_at is null
  and r.valid_from <= (now() at time zone 'Asia/Ho_Chi_Minh')::date
  and (r.valid_to is null or r.valid_to >= (now() at time zone 'Asia/Ho_Chi_Minh')::date)`;

interface Row {
  id: string;
  stage_name: string;
  kind: string;
  status: string;
  due_at: Date;
  round: number;
  created_at: Date;
  unit_id: string;
  unit_name: string;
  n_id: string;
  nominee_name: string;
  nominee_kind: string;
  n_status: string;
  n_unit_name: string;
  award_code: string;
  award_name: string;
  movement_name: string;
  period_name: string;
}

const cursorOf = (row: Row) =>
  Buffer.from(JSON.stringify([row.created_at.toISOString(), row.id])).toString('base64url');

/**
 * The access rule of server/services/task.service.ts myTasks: a task whose candidate role the viewer
 * holds at its unit (unclaimed or claimed by them), one escalated to a role they hold, or one they decided.
 */
export async function rawInbox(
  pool: Pool,
  usernameOf: (token: string) => Promise<string | null>,
  authorization: string | undefined,
  first: number,
): Promise<string | null> {
  const username = await usernameOf((authorization ?? '').replace(/^Bearer\s+/i, ''));
  if (!username) return null;
  const roles = (await pool.query<{ user_id: string; role: string; unit_id: string }>(ROLES_SQL, [username])).rows;
  if (!roles.length) return null;
  const userId = roles[0].user_id;
  const params: unknown[] = [userId, first + 1];
  const clauses = roles.flatMap((r) => {
    params.push(r.role, r.unit_id);
    const role = `$${params.length - 1}`;
    const unit = `$${params.length}`;
    return [
      `t.unit_id = ${unit} and t.candidate_role = ${role} and (t.assignee_id is null or t.assignee_id = $1)`,
      `t.escalated_to_unit_id = ${unit} and t.escalated_to_role = ${role}`,
    ];
  });
  clauses.push('t.decided_by_id = $1::uuid');
  const rows = (await pool.query<Row>(INBOX_SQL(clauses), params)).rows;
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({
    node: {
      id: r.id,
      stageName: r.stage_name,
      kind: r.kind,
      status: r.status,
      dueAt: r.due_at,
      round: r.round,
      unit: { id: r.unit_id, name: r.unit_name },
      nomination: {
        id: r.n_id,
        nomineeName: r.nominee_name,
        nomineeKind: r.nominee_kind,
        status: r.n_status,
        unit: { name: r.n_unit_name },
        award: { code: r.award_code, name: r.award_name },
        movement: { name: r.movement_name },
        period: { name: r.period_name },
      },
    },
  }));
  const pageInfo = {
    hasNextPage: rows.length > first,
    endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
  };
  return JSON.stringify({ data: { myTasks: { edges, pageInfo } } });
}
