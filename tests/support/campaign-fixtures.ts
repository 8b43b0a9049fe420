import { AdminLevel } from '../../domain/enums';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { DEMO_UNITS_VALID_FROM, DEMO_UNITS_VALID_TO } from '../../server/seeds/demo-data';
import type { GraphQLResponse } from './graphql-request';
import { dataOf, okPayload, USER_ERROR_FIELDS, type Catalog, type Gql } from './nomination-fixtures';
import type { TestPlatform } from './test-platform';

/** Helpers for tests of campaign configuration, made through the real API. */

export const PERIOD_FIELDS = 'id kind year name startsOn endsOn submissionOpensOn submissionClosesOn routingPolicies { code }';
export const QUOTA_FIELDS = 'id periodKind nomineeKind unitLevel maxCount movement { id position } unit { id code }';
export const CAMPAIGN_FIELDS = `id code name status startYear endYear issuingUnit { code }
  movements { id position name nomineeKinds } awards { code } periods { ${PERIOD_FIELDS} } quotas { ${QUOTA_FIELDS} }`;

const mutation = (name: string, input: string, body: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${body} ${USER_ERROR_FIELDS} } }`;

export const CREATE_CAMPAIGN = mutation('createCampaign', 'CreateCampaignInput', `campaign { ${CAMPAIGN_FIELDS} }`);
export const APPLY_TEMPLATE = mutation('applyCampaignTemplate', 'ApplyCampaignTemplateInput', `campaign { ${CAMPAIGN_FIELDS} }`);
export const CHANGE_STATUS = mutation('changeCampaignStatus', 'ChangeCampaignStatusInput', 'campaign { id status }');
export const SET_AWARDS = mutation('setCampaignAwards', 'SetCampaignAwardsInput', 'campaign { id awards { code } }');
export const ADD_MOVEMENT = mutation('addMovement', 'AddMovementInput', 'movement { id position name nomineeKinds }');
export const ADD_PERIOD = mutation('addPeriod', 'AddPeriodInput', `period { ${PERIOD_FIELDS} }`);
export const SET_QUOTA = mutation('setQuota', 'SetQuotaInput', `quota { ${QUOTA_FIELDS} }`);
export const CREATE_POLICY = mutation('createRoutingPolicy', 'CreateRoutingPolicyInput', 'routingPolicy { code stages { key level } }');
export const CAMPAIGN = `query ($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
export const QUOTA_USAGE = `query ($periodId: ID!, $unitId: ID) { quotaUsage(periodId: $periodId, unitId: $unitId) {
  scope movement { id position } nomineeKind unit { code } decidingUnit { code } award { code } maxCount used } }`;

/** The userErrors of a refused mutation as [code, field] pairs, checking the payload carries nothing else. */
export function refusalOf(res: GraphQLResponse, field: string): [string, string | null][] {
  const payload = dataOf(res)[field];
  const [, value] = Object.entries(payload).find(([key]) => key !== 'userErrors') ?? [];
  expect(value ?? null).toBeNull();
  for (const e of payload.userErrors) expect(e.messageVi).not.toBe(e.message);
  return payload.userErrors.map((e: { code: string; field: string | null }) => [e.code, e.field]);
}

/** The code of a top-level error (auth failures are not payload data). */
export function topLevelCode(res: GraphQLResponse): string | undefined {
  expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
  return res.errors?.[0]?.extensions?.code;
}

/** Unit ids by GSO code in the list in force on `day` (by default the last day of the three-tier list). */
export async function unitIdsByCode(gql: Gql, day = '2025-06-30'): Promise<Record<string, string>> {
  const query = 'query ($day: String) { adminUnits(first: 100, filter: { validOn: $day }) { edges { node { id code } } } }';
  const data = dataOf(await gql(query, { day }));
  return Object.fromEntries(data.adminUnits.edges.map((e: { node: { id: string; code: string } }) => [e.node.code, e.node.id]));
}

/** A campaign built by Tỉnh Lào Cai's admin from the "Vì người nghèo" template, under its own code. */
export async function campaignFromTemplate(admin: Gql, code: string, activate = true, platform?: TestPlatform) {
  const units = await unitIdsByCode(admin);
  const input = { templateCode: 'VI_NGUOI_NGHEO_2021_2025', issuingUnitId: units['10'], code, activate };
  const campaign = okPayload(await admin(APPLY_TEMPLATE, { input }), 'applyCampaignTemplate').campaign;
  // The template's rounds lie in the past; tests submit into its "Năm 2024" today, so that window stays open.
  if (platform) {
    await platform.db.orm.em.getConnection().execute(
      `update period set submission_closes_on = '2099-12-31' where name = 'Năm 2024' and campaign_id = ?`,
      [campaign.id],
    );
  }
  return campaign;
}

/** A nomination catalogue (for createDraft) pointing at one period of a given campaign. */
export function catalogOf(campaign: { periods: { id: string; name: string }[]; movements: { id: string; position: number }[] }, unitIds: Record<string, string>, periodName = 'Năm 2024'): Catalog {
  return {
    periodId: campaign.periods.find((p) => p.name === periodName)!.id,
    movementIds: [...campaign.movements].sort((a, b) => a.position - b.position).map((m) => m.id),
    unitIds,
  };
}

/** The configuration audit trail of one record, oldest first, read past the API. */
export async function configAudit(platform: TestPlatform, entityType: string, entityId: string) {
  const em = platform.db.orm.em.fork();
  const events = await em.find(AuditEvent, { entityType, entityId }, { populate: ['actor', 'unit'], orderBy: { occurredAt: 'asc', id: 'asc' } });
  return events.map((e) => ({ action: e.action, actor: e.actor?.username ?? null, role: e.actorRole, unit: e.unit?.code ?? null, before: e.before, after: e.after }));
}

/** Adds a district with one commune under a province of the demo tree (same list version as the demo units). */
export async function addDistrict(platform: TestPlatform, provinceCode: string, district: { code: string; name: string }, commune: { code: string; name: string }) {
  const em = platform.db.orm.em.fork();
  const province = await em.findOneOrFail(AdminUnit, { code: provinceCode });
  const make = (parent: AdminUnit, data: { code: string; name: string }, level: AdminLevel, type: string) => {
    const unit = em.create(AdminUnit, { ...data, type, level, parent, path: '', validFrom: DEMO_UNITS_VALID_FROM, validTo: DEMO_UNITS_VALID_TO });
    unit.path = `${parent.path}${unit.id}/`;
    return unit;
  };
  const d = make(province, district, AdminLevel.DISTRICT, 'Thị xã');
  const c = make(d, commune, AdminLevel.COMMUNE, 'Phường');
  await em.flush();
  return { districtId: d.id, communeId: c.id };
}
