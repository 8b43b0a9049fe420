import { Client, Connection } from '@temporalio/client';
import { startApiServer } from '../../server/api/api-server';
import { periodWorkflowId } from '../../workflows/period.messages';
import { campaignFromTemplate, CHANGE_STATUS, refusalOf } from '../support/campaign-fixtures';
import { as, okPayload, type Gql } from '../support/nomination-fixtures';
import { graphqlAs } from '../support/graphql-request';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Launching a campaign commits only with its period workflows running: with Temporal unreachable the
 * launch is refused with WORKFLOW_UNAVAILABLE and the campaign stays DRAFT with no workflow; once
 * Temporal answers, the same launch goes through and the workflow runs.
 */
let platform: TestPlatform;
let admin: Gql;
let cutOff: { url: string; stop: () => Promise<void> };
let cutOffClient: Client;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await as(platform, 'laocai.admin');
  // An API process whose Temporal is unreachable (nothing listens on port 1).
  cutOffClient = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }), namespace: 'default' });
  const api = await startApiServer({ config: platform.config, orm: platform.db.orm, temporal: cutOffClient }, 0);
  cutOff = { url: api.url, stop: () => api.stop() };
});
afterAll(async () => {
  await cutOff?.stop();
  await cutOffClient?.connection.close().catch(() => undefined);
  await platform?.stop();
});

async function describeOrNull(id: string) {
  return platform.temporal.workflow.getHandle(id).describe().then((d) => d.status.name, () => null);
}

it('refuses the launch cleanly while Temporal is unreachable, then completes once it answers', async () => {
  const campaign = await campaignFromTemplate(admin, 'LC-ATOMIC-LAUNCH', false, platform);
  // One period still to come, so the launch has a workflow to start.
  const [{ id: periodId }] = await platform.db.orm.em.getConnection().execute<{ id: string }[]>(
    `update period set ends_on = '2099-12-31', submission_closes_on = '2099-12-01' where id = (select id from period where campaign_id = ? order by ends_on desc limit 1) returning id`,
    [campaign.id],
  );
  const cutOffAdmin = graphqlAs(cutOff.url, await platform.tokenFor('laocai.admin'));
  const began = Date.now();
  const refused = refusalOf(await cutOffAdmin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus');
  expect(refused).toEqual([['WORKFLOW_UNAVAILABLE', null]]);
  expect(Date.now() - began).toBeLessThan(25_000);
  const [{ status }] = await platform.db.orm.em.getConnection().execute<{ status: string }[]>(`select status from campaign where id = ?`, [campaign.id]);
  expect(status).toBe('DRAFT');
  expect(await describeOrNull(periodWorkflowId(periodId))).toBeNull();
  const audited = await platform.db.orm.em.getConnection().execute(
    `select 1 from audit_event where entity_id = ? and after->>'status' = 'ACTIVE'`,
    [campaign.id],
  );
  expect(audited).toHaveLength(0);

  // Temporal answers: the same launch goes through, with its period's workflow running.
  const launched = okPayload(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus').campaign;
  expect(launched.status).toBe('ACTIVE');
  expect(await describeOrNull(periodWorkflowId(periodId))).toBe('RUNNING');
}, 60_000);
