import { AdminLevel, Role } from '../../domain/enums';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { User } from '../../server/entities/user.entity';
import { Pool } from 'pg';
import { attempt, CREATE_MUTATION, inParallel, storeDocuments } from '../support/fault-burst';
import { printFaultTable, recordFault } from '../support/fault-report';
import { as, draftInput, loadCatalog, SUBMIT, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * 200 requests at once from the submitters of 40 communes — lists, reads by id, creations — and no
 * answer carries an entity of another commune: the per-request entity manager, data loaders and
 * viewer never leak from one request into another.
 */
jest.setTimeout(180_000);

const COMMUNES = 40;
const REQUESTS_EACH = 5;

let platform: TestPlatform;
let pool: Pool;
interface Commune {
  code: string;
  unitId: string;
  username: string;
  gql: Gql;
  /** Nominations and tasks of this commune: what its answers may contain. */
  own: Set<string>;
}
const communes: Commune[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  pool = new Pool({ connectionString: platform.db.url, max: 4 });
  const em = platform.db.orm.em.fork();
  const district = await em.findOneOrFail(AdminUnit, { code: '080' });
  for (let i = 0; i < COMMUNES; i += 1) {
    const code = `F${String(i).padStart(4, '0')}`;
    const unit = em.create(AdminUnit, {
      code,
      name: `Xã Thử Nghiệm ${i + 1}`,
      type: 'Xã',
      level: AdminLevel.COMMUNE,
      parent: district,
      path: '',
      validFrom: district.validFrom,
      validTo: district.validTo,
    });
    unit.path = `${district.path}${unit.id}/`;
    const user = em.create(User, { username: `${code.toLowerCase()}.submitter`, fullName: `Cán bộ xã ${i + 1}` });
    em.create(RoleAssignment, { user, role: Role.SUBMITTER, unit });
    communes.push({ code, unitId: unit.id, username: user.username, gql: null as unknown as Gql, own: new Set() });
  }
  await em.flush();
  for (const c of communes) c.gql = await as(platform, c.username);
});

afterAll(async () => {
  printFaultTable();
  await pool?.end();
  await platform?.stop();
});

const LIST = `{ nominations(first: 50) { edges { node { id unit { id code } createdBy { username } currentTask { id unit { code } } } } } }`;
const ONE_PLAIN = `query ($id: ID!) { nomination(id: $id) { id unit { code } createdBy { username } currentTask { id } } }`;

/** Every id, unit code and username in an answer. */
function idsIn(value: unknown, found = { ids: [] as string[], codes: [] as string[], usernames: [] as string[] }) {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') found.ids.push(v);
      else if (key === 'username' && typeof v === 'string') found.usernames.push(v);
      else if (key === 'code' && typeof v === 'string') found.codes.push(v);
      else idsIn(v, found);
    }
  }
  return found;
}

it('answers 200 parallel requests of 40 communes each with its own commune only', async () => {
  // Each commune has a draft and a submitted nomination (with its district task) before the burst.
  const catalog = await loadCatalog(communes[0].gql);
  await inParallel(
    communes.map((c, i) => async () => {
      const { rows } = await pool.query<{ id: string }>('select id from app_user where username = $1', [c.username]);
      for (const which of ['nháp', 'đã gửi']) {
        const created = await attempt(c.gql, CREATE_MUTATION, { input: draftInput(catalog, { nomineeName: `Hồ sơ ${which} ${i + 1}` }) }, 'createNomination');
        if (!created.ok) throw new Error(`createNomination for ${c.code}: ${created.code} ${created.error}`);
        const id = created.payload!.nomination.id as string;
        c.own.add(id);
        if (which === 'nháp') continue;
        await storeDocuments(pool, id, rows[0].id);
        const submitted = await attempt(c.gql, SUBMIT, { id }, 'submitNomination');
        if (!submitted.ok) throw new Error(`submitNomination for ${c.code}: ${submitted.code} ${submitted.error}`);
        c.own.add(submitted.payload!.nomination.currentTask.id);
      }
    }),
    6,
  );

  // The burst: all 200 at once, in an order that interleaves the communes.
  const requests: (() => Promise<{ commune: Commune; answer: unknown; error?: string }>)[] = [];
  for (let k = 0; k < REQUESTS_EACH; k += 1) {
    for (const c of communes) {
      const [mine] = [...c.own];
      const send = async () => {
        if (k === 0 || k === 3) return c.gql(LIST);
        if (k === 1) return c.gql(ONE_PLAIN, { id: mine });
        if (k === 2) {
          const res = await c.gql(CREATE_MUTATION, { input: draftInput(catalog, { nomineeName: `Hồ sơ mới ${c.code}` }) });
          const id = res.data?.createNomination?.nomination?.id;
          if (id) c.own.add(id);
          return res;
        }
        return c.gql(`{ viewer { id username roles { id role unit { id code } } } }`);
      };
      requests.push(async () => {
        const res = await send();
        return { commune: c, answer: res.data, error: res.errors?.[0]?.message };
      });
    }
  }
  const started = Date.now();
  const answers = await Promise.all(requests.map((r) => r()));
  const ms = Date.now() - started;

  const leaks: string[] = [];
  const failures = answers.filter((a) => a.error).map((a) => `${a.commune.code}: ${a.error}`);
  const allOwn = new Map(communes.flatMap((c) => [...c.own].map((id) => [id, c.code] as const)));
  for (const { commune, answer } of answers) {
    const { ids, codes, usernames } = idsIn(answer);
    for (const name of usernames) if (name !== commune.username) leaks.push(`${commune.code} was answered user ${name}`);
    for (const id of ids) {
      const owner = allOwn.get(id);
      if (owner && owner !== commune.code) leaks.push(`${commune.code} was answered ${owner}'s ${id}`);
    }
    // The commune's own unit, and above it only the district its task went to.
    for (const code of codes) if (code !== commune.code && code !== '080') leaks.push(`${commune.code} was answered unit ${code}`);
  }
  const lists = answers.filter((a) => (a.answer as { nominations?: unknown })?.nominations);
  const fullLists = lists.filter(({ commune, answer }) => {
    const listed = (answer as { nominations: { edges: { node: { id: string } }[] } }).nominations.edges.map((e) => e.node.id);
    return listed.length >= 2 && listed.every((id) => commune.own.has(id));
  });
  const viewers = answers.filter((a) => (a.answer as { viewer?: unknown })?.viewer);
  const wrongViewer = viewers.filter((a) => (a.answer as { viewer: { username: string } }).viewer.username !== a.commune.username);

  recordFault({
    fault: '200 parallel requests from 40 communes',
    injected: `${answers.length} requests at once (lists, reads by id, creations, viewer) in ${(ms / 1000).toFixed(1)} s`,
    survived: `${answers.length - new Set(leaks.map((l) => l.split(' ')[0])).size - wrongViewer.length}/${answers.length} answers with only their own commune; ${fullLists.length}/${lists.length} lists complete`,
    lost: leaks.length + wrongViewer.length,
  });
  expect({ failures, leaks, wrongViewer: wrongViewer.length }).toEqual({ failures: [], leaks: [], wrongViewer: 0 });
  expect(fullLists).toHaveLength(lists.length);
});
