/** A minimal GraphQL client over fetch (keep-alive), and the documents the bench sends. */
export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = Record<string, any>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

export class BenchRequestError extends Error {}

/** The payload of a mutation, or an error naming its top-level error or userErrors. */
export async function mutate(
  url: string,
  token: string,
  query: string,
  input: Record<string, unknown>,
): Promise<Record<string, any>> {
  const result = await gql(url, token, query, { input });
  const [field] = Object.keys(result.data ?? {});
  const payload = field ? result.data![field] : null;
  const problem = result.errors?.[0]
    ? `${result.errors[0].extensions?.code ?? 'ERROR'}: ${result.errors[0].message}`
    : payload?.userErrors?.length
      ? payload.userErrors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`).join('; ')
      : null;
  if (problem || !payload) throw new BenchRequestError(problem ?? 'empty response');
  return payload;
}

/** The inbox as a portal shows it (issue 7, R1). */
export const INBOX = `query Inbox($first: Int) { myTasks(first: $first) { edges { node {
  id stageName kind status dueAt round unit { id name }
  nomination { id nomineeName nomineeKind status unit { name } award { code name } movement { name } period { name } }
} } pageInfo { hasNextPage endCursor } } }`;

const TASK = 'id stageName kind status dueAt round unit { id name }';
const NOMINATION = `id nomineeName nomineeKind status unit { id name } award { code name } movement { name } period { name }
  currentTask { ${TASK} } tasks { ${TASK} } history { id action occurredAt comment actor { id username } }`;

/** R2: both lists with every nested relation a portal may ask for. */
export const TASKS_NESTED = (count: boolean) =>
  `query ($first: Int) { myTasks(first: $first) { edges { node { ${TASK} nomination { ${NOMINATION} } } } pageInfo { hasNextPage endCursor }${count ? ' totalCount' : ''} } }`;
export const NOMINATIONS_NESTED = (count: boolean) =>
  `query ($first: Int) { nominations(first: $first) { edges { node { ${NOMINATION} } } pageInfo { hasNextPage endCursor }${count ? ' totalCount' : ''} } }`;

const ERRORS = 'userErrors { code message }';
const STEP = `nomination { id status currentTask { id round kind status } } ${ERRORS}`;
export const SUBMIT = `mutation ($input: NominationIdInput!) { submitNomination(input: $input) { ${STEP} } }`;
export const DECIDE = `mutation ($input: DecideTaskInput!) { decideTask(input: $input) { ${STEP} } }`;
export const ISSUE = `mutation ($input: IssueCommendationInput!) { issueCommendation(input: $input) { ${STEP} } }`;
export const START_ROUND = `mutation ($input: StartRoundInput!) { startRound(input: $input) { rounds { id status entries { id } } ${ERRORS} } }`;
export const CAST_BALLOTS = `mutation ($input: CastBallotsInput!) { castBallots(input: $input) { round { id status } ${ERRORS} } }`;
export const SIGN_ROUND = `mutation ($input: SignRoundDecisionInput!) { signRoundDecision(input: $input) { round { id status decisionNumber } ${ERRORS} } }`;
