import { Role } from '../../domain/enums';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { User } from '../../server/entities/user.entity';
import { attachMissingDocuments } from './dossier-fixtures';
import { dataOf, graphqlAs, okPayload, USER_ERROR_FIELDS, type Gql } from './graphql-request';

export { dataOf, okPayload, USER_ERROR_FIELDS, type Gql };
import type { TestPlatform } from './test-platform';

/** Helpers for API tests that need nominations in a given state, made through the real API. */


export const TASK_FIELDS = 'id kind status stageKey round candidateRole unit { code } assignee { username }';
export const NOMINATION_FIELDS = `id status round version nomineeKind nomineeName achievements award { code }
  decisionNumber decisionDate unit { id code name } currentTask { ${TASK_FIELDS} }`;

export interface Catalog {
  /** The seeded period "Năm 2024" (three tiers). */
  periodId: string;
  /** The campaign's movements by position: 0 takes households only, 3 individuals and collectives. */
  movementIds: string[];
  unitIds: Record<string, string>;
}

/** Signs in a seeded user. */
export async function as(platform: TestPlatform, username: string): Promise<Gql> {
  return graphqlAs(platform.url, await platform.tokenFor(username));
}



/** The seeded campaigns: Lào Cai's by default, Nghệ An's for the communes of Nghệ An. */
export const LAO_CAI_CAMPAIGN = 'VI_NGUOI_NGHEO_2021_2025';
export const NGHE_AN_CAMPAIGN = 'VI_NGUOI_NGHEO_2021_2025_NGHE_AN';

export async function loadCatalog(gql: Gql, campaignCode = LAO_CAI_CAMPAIGN): Promise<Catalog> {
  const data = dataOf(
    await gql(`{
      campaigns { code periods { id name } movements { id position } }
      adminUnits(first: 100, filter: { includeAll: true }) { edges { node { id code } } }
    }`),
  );
  const campaign = data.campaigns.find((c: { code: string }) => c.code === campaignCode);
  return {
    periodId: campaign.periods.find((p: { name: string }) => p.name === 'Năm 2024').id,
    movementIds: [...campaign.movements].sort((a, b) => a.position - b.position).map((m: { id: string }) => m.id),
    unitIds: Object.fromEntries(data.adminUnits.edges.map((e: { node: { id: string; code: string } }) => [e.node.code, e.node.id])),
  };
}

export interface DraftInput {
  movementIndex?: number;
  periodId?: string;
  movementId?: string;
  nomineeKind?: string;
  nomineeName?: string;
  achievements?: string;
  awardCode?: string;
  unitId?: string;
}

export function draftInput(catalog: Catalog, input: DraftInput = {}) {
  const { movementIndex = 3, ...rest } = input;
  return {
    periodId: catalog.periodId,
    movementId: catalog.movementIds[movementIndex],
    nomineeKind: movementIndex === 0 ? 'HOUSEHOLD' : 'INDIVIDUAL',
    nomineeName: 'Nguyễn Văn An',
    achievements: 'Giúp 5 hộ nghèo thoát nghèo bền vững trong năm 2024.',
    awardCode: 'BANG_KHEN_CHU_TICH_TINH',
    ...(movementIndex === 0 ? { facts: { householdHead: 'Nguyễn Văn Hộ' } } : {}),
    ...rest,
  };
}

export async function createDraft(gql: Gql, catalog: Catalog, input: DraftInput = {}) {
  const res = await gql(
    `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`,
    { input: draftInput(catalog, input) },
  );
  return okPayload(res, 'createNomination').nomination;
}

export const SUBMIT = `mutation ($id: ID!) { submitNomination(input: { id: $id }) { nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const RESUBMIT = `mutation ($id: ID!, $comment: String) { resubmitNomination(input: { id: $id, comment: $comment }) {
  nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawNomination(input: { id: $id, reason: $reason }) {
  nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const CLAIM = `mutation ($taskId: ID!) { claimTask(input: { taskId: $taskId }) {
  task { ${TASK_FIELDS} } nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const DECIDE = `mutation ($input: DecideTaskInput!) { decideTask(input: $input) {
  task { ${TASK_FIELDS} outcome comment } nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;
export const COMMEND = `mutation ($input: IssueCommendationInput!) { issueCommendation(input: $input) {
  task { ${TASK_FIELDS} } nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;

/** Fills the required dossier slots and submits a draft; answers the nomination with its first task open. */
export async function submit(gql: Gql, id: string) {
  await attachMissingDocuments(gql, id);
  return okPayload(await gql(SUBMIT, { id }), 'submitNomination').nomination;
}

/** Decides the nomination's current task; answers the nomination afterwards. */
export async function decideCurrent(gql: Gql, nomination: { currentTask: { id: string; round: number } }, decision: string, comment?: string) {
  const { id: taskId, round } = nomination.currentTask;
  return okPayload(await gql(DECIDE, { input: { taskId, round, decision, comment } }), 'decideTask').nomination;
}

/** Adds a user holding `role` at the unit with GSO `unitCode`, so a test can sign them in. */
export async function addUser(platform: TestPlatform, username: string, role: Role, unitCode: string) {
  const em = platform.db.orm.em.fork();
  const unit = await em.findOneOrFail(AdminUnit, { code: unitCode });
  const user = em.create(User, { username, fullName: `Test user ${username}` });
  em.create(RoleAssignment, { user, role, unit });
  await em.flush();
  return user.id;
}

/** What the database holds for a nomination, read past the API. */
export async function storedNomination(platform: TestPlatform, id: string) {
  const em = platform.db.orm.em.fork();
  const nomination = await em.findOneOrFail(Nomination, id);
  const audit = await em.count(AuditEvent, { nomination: id });
  return { nomination, audit };
}

export async function countNominations(platform: TestPlatform) {
  return platform.db.orm.em.fork().count(Nomination, {});
}

export async function countAuditEvents(platform: TestPlatform) {
  return platform.db.orm.em.fork().count(AuditEvent, {});
}
