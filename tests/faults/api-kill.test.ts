import {
  attempt,
  clientsFor,
  CREATE_MUTATION,
  inParallel,
  prepareDrafts,
  SUBMIT_MUTATION,
  untilAnswered,
  type Outcome,
} from '../support/fault-burst';
import { duplicates, nominationRows, partsMissing, workflowDisagreements } from '../support/fault-checks';
import { waitUntil } from '../support/fault-processes';
import { printFaultTable, recordFault } from '../support/fault-report';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import { draftInput, loadCatalog } from '../support/nomination-fixtures';

/**
 * The API process is killed with SIGKILL while creations and submissions are in flight, then started
 * again. Each client gets the result or an error, never a half-written nomination: after the restart
 * every nomination in the database (those the clients saw and those whose answer was cut off) has its
 * CREATED event, and each submitted one its SUBMITTED event, its open task and a running workflow.
 */
jest.setTimeout(200_000);

const SUBMISSIONS = 30;
const CREATIONS = 30;
const SUBMITTERS = ['xuantang.submitter', 'phuonglaocai.submitter'];

let stack: FaultStack;

beforeAll(async () => {
  stack = await startFaultStack('api-kill');
});

afterAll(async () => {
  printFaultTable();
  await stack?.stop();
});

const answerOf = (o: Outcome) => (o.ok ? 'result' : o.code ? `refused ${o.code}` : 'no answer');

it('answers each request with its result or an error and leaves no half-written nomination when the API is killed', async () => {
  const drafts = await prepareDrafts(stack, SUBMISSIONS, SUBMITTERS);
  const clients = await clientsFor(stack, SUBMITTERS);
  const catalog = await loadCatalog(clients[SUBMITTERS[0]]);
  const submit = (id: string, submitter: string) => attempt(clients[submitter], SUBMIT_MUTATION, { id }, 'submitNomination');
  const create = (i: number) =>
    attempt(clients[SUBMITTERS[i % 2]], CREATE_MUTATION, { input: draftInput(catalog, { nomineeName: `Người mới ${i + 1}` }) }, 'createNomination');

  // Submissions and creations interleaved; the API is killed when 40 % of them have started.
  // Requests sent while the API is down would only be refused a connection: they wait for it instead,
  // so the requests the kill meets are the ones in flight inside the API.
  let restart: Promise<void> | null = null;
  let inFlight = 0;
  let cut = 0;
  const tracked = (kind: string, send: () => Promise<Outcome>, id?: string) => async () => {
    if (restart) await restart;
    inFlight += 1;
    const outcome = await send();
    inFlight -= 1;
    return { kind, id, outcome };
  };
  const jobs: (() => Promise<{ kind: string; id?: string; outcome: Outcome }>)[] = [];
  for (let i = 0; i < Math.max(SUBMISSIONS, CREATIONS); i += 1) {
    const draft = drafts[i];
    if (draft) jobs.push(tracked('submit', () => submit(draft.id, draft.submitter), draft.id));
    if (i < CREATIONS) jobs.push(tracked('create', () => create(i)));
  }
  let downMs = 0;
  const killAt = Math.floor(jobs.length * 0.4);
  stack.note('burst');
  const answers = await inParallel(jobs, 8, (i) => {
    if (i !== killAt) return;
    stack.note('killing the API');
    const started = Date.now();
    cut = inFlight;
    restart = stack
      .killApi()
      .then(() => stack.startApi())
      .then(() => {
        downMs = Date.now() - started;
        stack.note('API back');
      });
  });
  await restart;
  const tally = new Map<string, number>();
  for (const a of answers) tally.set(`${a.kind}: ${answerOf(a.outcome)}`, (tally.get(`${a.kind}: ${answerOf(a.outcome)}`) ?? 0) + 1);
  // Every request was answered one way or the other: a result, a refusal, or a cut connection.
  expect(answers.every((a) => a.outcome.ok || a.outcome.code || a.outcome.error)).toBe(true);

  // What was not answered the commune submits again (a creation the client did not see it cannot name).
  // ALREADY_SUBMITTED: the workflow had started before the kill and went on without the API.
  stack.note('repairs');
  const retried = await inParallel(
    answers
      .filter((a) => a.kind === 'submit' && !a.outcome.ok)
      .map((a) => async () => {
        const draft = drafts.find((d) => d.id === a.id)!;
        return untilAnswered(() => submit(draft.id, draft.submitter), (o) => o.code === 'ALREADY_SUBMITTED');
      }),
    6,
  );
  const wentOn = retried.filter((o) => o.code === 'ALREADY_SUBMITTED').length;

  // Every nomination in the database, seen by a client or not.
  const all = async () => (await stack.pool.query<{ id: string }>('select id from nomination')).rows.map((r) => r.id);
  const submittedIds = drafts.map((d) => d.id);
  stack.note('settling');
  await waitUntil(
    async () => {
      const rows = await nominationRows(stack.pool, submittedIds);
      return submittedIds.every((id) => rows.get(id)?.status === 'IN_REVIEW' && rows.get(id)!.openTaskIds.length === 1);
    },
    'every draft to be submitted with its task open',
    60_000,
    500,
  ).catch(() => undefined); // named below
  const ids = await all();
  const rows = await nominationRows(stack.pool, ids);
  const broken = ids.flatMap((id) => partsMissing(rows.get(id)).map((p) => `${id}: ${p}`));
  const notSubmitted = submittedIds.filter((id) => rows.get(id)?.status !== 'IN_REVIEW').map((id) => `${id}: ${rows.get(id)?.status}`);
  const seen = answers.filter((a) => a.kind === 'create' && a.outcome.ok).map((a) => a.outcome.payload!.nomination.id as string);
  const seenMissing = seen.filter((id) => !rows.has(id));
  const created = ids.length - SUBMISSIONS;
  const disagreements = await workflowDisagreements(stack.temporal.ready.address, [...rows.values()]);
  const dupes = await duplicates(stack.pool);

  recordFault({
    fault: 'API SIGKILL mid-mutation, restarted',
    injected: `kill at request ${killAt + 1} of ${jobs.length} (${SUBMISSIONS} submissions, ${CREATIONS} creations), ${cut} in flight; down ${(downMs / 1000).toFixed(1)} s; ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    survived: `${ids.length - new Set(broken.map((b) => b.slice(0, 36))).size}/${ids.length} nominations whole (${created - seen.length} created but not answered); ${SUBMISSIONS - notSubmitted.length}/${SUBMISSIONS} submitted with a workflow (${wentOn} of the cut ones had gone on without the API)`,
    lost: new Set([...broken, ...notSubmitted, ...disagreements].map((b) => b.slice(0, 36))).size + seenMissing.length,
  });
  expect({ broken, notSubmitted, seenMissing, disagreements, dupes }).toEqual({
    broken: [],
    notSubmitted: [],
    seenMissing: [],
    disagreements: [],
    dupes: [],
  });
  expect(created).toBeGreaterThanOrEqual(seen.length);
  expect(created).toBeLessThanOrEqual(CREATIONS);
});
