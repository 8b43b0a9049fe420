import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { REQUIRED_SLOTS } from '../../domain/dossier-rules';
import type { FaultStack } from './fault-stack';
import { graphqlAs, type Gql } from './graphql-request';
import { DECIDE, draftInput, loadCatalog, SUBMIT, USER_ERROR_FIELDS } from './nomination-fixtures';

/** Drafts ready to submit, bursts of mutations through the API, and what each request was answered. */

export interface Draft {
  id: string;
  submitter: string;
}

/** What a client was told: the result, a refusal with its code, or no answer (connection cut, timeout). */
export interface Outcome {
  ok: boolean;
  code?: string;
  error?: string;
  payload?: Record<string, any>;
}

export async function clientsFor(stack: FaultStack, usernames: string[]): Promise<Record<string, Gql>> {
  const entries = await Promise.all(usernames.map(async (u) => [u, graphqlAs(stack.url, await stack.tokenFor(u))]));
  return Object.fromEntries(entries);
}

/** Runs a mutation; never throws: a cut connection or a refusal is an outcome like the result. */
export async function attempt(gql: Gql, query: string, variables: Record<string, unknown>, field: string): Promise<Outcome> {
  try {
    const res = await gql(query, variables);
    if (res.errors?.length) return { ok: false, code: res.errors[0].extensions?.code ?? 'UNKNOWN', error: res.errors[0].message };
    const payload = res.data?.[field];
    if (payload?.userErrors?.length) return { ok: false, code: payload.userErrors[0].code, error: payload.userErrors[0].message };
    return { ok: true, payload };
  } catch (error) {
    return { ok: false, error: `no answer: ${error instanceof Error ? `${error.message} ${String((error as Error).cause ?? '')}` : error}` };
  }
}

/** Runs `jobs` with at most `concurrency` in flight; `onStart(i)` is told as each one starts. */
export async function inParallel<T>(jobs: (() => Promise<T>)[], concurrency: number, onStart?: (i: number) => void): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      onStart?.(i);
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
  return results;
}

/** The three required dossier documents as stored uploads (the upload path has tests of its own). */
export async function storeDocuments(pool: Pool, nominationId: string, uploadedBy: string) {
  for (const slot of REQUIRED_SLOTS) {
    await pool.query(
      `insert into dossier_document (id, created_at, nomination_id, slot, version, file_name, content_type, size, sha256,
         storage_key, uploaded_by_id, stored_at, frozen)
       values ($1, now(), $2, $3, 1, $4, 'application/pdf', 1024, $5, $6, $7, now(), false)`,
      [randomUUID(), nominationId, slot, `${slot.toLowerCase()}.pdf`, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', `fault/${nominationId}/${slot}`, uploadedBy],
    );
  }
}

export const CREATE_MUTATION = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { nomination { id status } ${USER_ERROR_FIELDS} } }`;

/** `count` drafts of the Lào Cai campaign, spread over `submitters`, each with its dossier stored. */
export async function prepareDrafts(stack: FaultStack, count: number, submitters: string[]): Promise<Draft[]> {
  const clients = await clientsFor(stack, submitters);
  const catalog = await loadCatalog(clients[submitters[0]]);
  const jobs = Array.from({ length: count }, (_, i) => async () => {
    const submitter = submitters[i % submitters.length];
    const input = draftInput(catalog, { nomineeName: `Người thứ ${i + 1}` });
    const created = await attempt(clients[submitter], CREATE_MUTATION, { input }, 'createNomination');
    if (!created.ok) throw new Error(`createNomination refused: ${created.code} ${created.error}`);
    const id: string = created.payload!.nomination.id;
    const { rows } = await stack.pool.query<{ id: string }>('select id from app_user where username = $1', [submitter]);
    await storeDocuments(stack.pool, id, rows[0].id);
    return { id, submitter };
  });
  return inParallel(jobs, 4);
}

export const SUBMIT_MUTATION = SUBMIT;
export const DECIDE_MUTATION = DECIDE;

/** The nomination's open task as the database has it (the client reads it the same way, through the API). */
export async function openTaskOf(pool: Pool, nominationId: string) {
  const { rows } = await pool.query<{ id: string; round: number; stage_key: string }>(
    `select id, round, stage_key from review_task where nomination_id = $1 and status in ('OPEN', 'CLAIMED')`,
    [nominationId],
  );
  return rows.length === 1 ? rows[0] : null;
}

/** Tries `job` until it succeeds or answers a refusal that retrying cannot change; a user retries the same way. */
export async function untilAnswered(job: () => Promise<Outcome>, final: (o: Outcome) => boolean, timeoutMs = 60_000): Promise<Outcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcome = await job();
    if (outcome.ok || final(outcome) || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
