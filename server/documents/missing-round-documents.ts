import type { EntityManager } from '@mikro-orm/postgresql';
import { produceRoundDocuments, type RoundDocumentDeps } from './round-documents';

/**
 * Signed rounds with a decision whose documents are not all made: the decision as DOCX and PDF and
 * the certificates (three READY files). A worker that crashed, or a render that failed, after the
 * signature leaves such a round; the reconciliation makes what is missing.
 */
const MISSING = `
select r.id from commendation_round r
where r.status = 'ISSUED' and r.decision_number is not null
  and (select count(*) from generated_file f
       where f.round_id = r.id and f.status = 'READY' and f.kind in ('DECISION', 'CERTIFICATES')) < 3
order by r.decision_date, r.id`;

export async function roundsMissingDocuments(em: EntityManager): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(MISSING);
  return rows.map((row) => row.id);
}

/** Makes the missing documents of every such round, one round after another; returns how many it saw. */
export async function produceMissingRoundDocuments(
  deps: RoundDocumentDeps,
  afterEach: () => void = () => undefined,
): Promise<number> {
  const rounds = await roundsMissingDocuments(deps.em);
  for (const roundId of rounds) {
    await produceRoundDocuments(deps, roundId);
    afterEach();
  }
  return rounds.length;
}
