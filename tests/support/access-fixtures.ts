import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { User } from '../../server/entities/user.entity';
import type { GraphQLResponse } from './graphql-request';
import { dataOf, okPayload, USER_ERROR_FIELDS, type Gql } from './nomination-fixtures';
import type { TestPlatform } from './test-platform';

/** Documents and helpers for the user-admin, delegation and audit-query API tests. */

export const ASSIGNMENT_FIELDS = `id role validFrom validTo current revokedAt unit { code }
  user { username } delegatedBy { username } grantedBy { username }`;
export const USER_FIELDS = `id username fullName active roles { ${ASSIGNMENT_FIELDS} }`;
export const EVENT_FIELDS = `id action entityType entityId comment occurredAt before after actorRole
  actor { username } onBehalfOf { username } unit { code }`;

export const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { ${USER_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const SET_ACTIVE = `mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { user { ${USER_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const GRANT = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { roleAssignment { ${ASSIGNMENT_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const REVOKE = `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) { roleAssignment { ${ASSIGNMENT_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const DELEGATE = `mutation ($input: DelegateRoleInput!) { delegateRole(input: $input) { roleAssignment { ${ASSIGNMENT_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const REVOKE_DELEGATION = `mutation ($input: RevokeDelegationInput!) { revokeDelegation(input: $input) {
  roleAssignment { ${ASSIGNMENT_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const USERS = `query ($filter: UserFilter, $first: Int, $after: String) { users(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${USER_FIELDS} } } } }`;
export const AUDIT_EVENTS = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${EVENT_FIELDS} } } } }`;

export const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

/** The first userError of a mutation payload, as { code, field }, or undefined when it succeeded. */
export function refusal(res: GraphQLResponse, field: string): { code: string; field: string | null } | undefined {
  const [first] = dataOf(res)[field].userErrors;
  return first ? { code: first.code, field: first.field } : undefined;
}

/** YYYY-MM-DD `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export async function unitIdOf(platform: TestPlatform, code: string): Promise<string> {
  return (await platform.db.orm.em.fork().findOneOrFail(AdminUnit, { code })).id;
}

export async function userIdOf(platform: TestPlatform, username: string): Promise<string> {
  return (await platform.db.orm.em.fork().findOneOrFail(User, { username })).id;
}

export async function createUser(admin: Gql, username: string, fullName = `Cán bộ ${username}`) {
  return okPayload(await admin(CREATE_USER, { input: { username, fullName } }), 'createUser').user;
}

export async function grant(admin: Gql, input: { userId: string; role: string; unitId: string; validFrom?: string; validTo?: string }) {
  return okPayload(await admin(GRANT, { input }), 'grantRole').roleAssignment;
}

/** The ids of the audit events `gql` sees for `filter`, newest first (one page of 100). */
export async function auditEvents(gql: Gql, filter: Record<string, unknown> = {}) {
  const res = dataOf(await gql(AUDIT_EVENTS, { filter, first: 100 })).auditEvents;
  return res.edges.map((e: { node: any }) => e.node);
}
