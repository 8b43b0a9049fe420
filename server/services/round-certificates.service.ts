import type { EntityManager } from '@mikro-orm/postgresql';
import { GeneratedFileKind, GeneratedFileStatus } from '../../domain/document-enums';
import { RoundOutcome, RoundStatus, UnitKind } from '../../domain/enums';
import { certificateMessages as M, refusal } from '../../domain/messages';
import { assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { certificateContent } from '../documents/certificates/certificate-content';
import { certificatesPdf, type CertificateSheet } from '../documents/certificates/certificate-pdf';
import { CommendationRound } from '../entities/commendation-round.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import type { DocumentStorage } from '../storage/document-storage';
import { findOrRefuse } from '../store/load';
import { lockName } from '../store/locks';
import { formFor } from './certificate-form.service';
import { CONTENT_TYPES, saveGeneratedFile } from './generated-file.service';

/**
 * The certificates of a signed decision: one PDF of all its awardees (to print in one go, on the
 * unit's blank forms or on plain paper) and, on demand, one awardee's. Each is produced once and
 * found again by what it was made from.
 */
export interface CertificateDeps {
  em: EntityManager;
  storage: DocumentStorage;
}

const POPULATE = ['nomination.unit', 'nomination.award', 'nomination.period.campaign'] as const;

type LoadedEntry = Awaited<ReturnType<typeof awardedEntries>>[number];
type LoadedRound = Awaited<ReturnType<typeof issuedRound>>;

async function issuedRound(em: EntityManager, roundId: string) {
  const round = await findOrRefuse(em, CommendationRound, roundId, 'roundId', ['unit.parent', 'signedBy']);
  if (round.status !== RoundStatus.ISSUED || !round.decisionNumber || !round.decisionDate)
    throw refusal(M.roundNotIssued, {}, 'roundId');
  return round;
}

/** The awarded entries in the order of their certificate numbers (rank order within each award). */
async function awardedEntries(em: EntityManager, round: CommendationRound, ids?: string[]) {
  const entries = await em.find(
    RoundEntry,
    { round, outcome: RoundOutcome.AWARDED, ...(ids ? { id: { $in: ids } } : {}) },
    { populate: POPULATE },
  );
  return entries.sort((a, b) => (a.certificateNumber ?? '').localeCompare(b.certificateNumber ?? ''));
}

async function sheetOf(em: EntityManager, round: LoadedRound, entry: LoadedEntry): Promise<CertificateSheet> {
  const n = entry.nomination;
  const { page, mode, layout } = await formFor(em, round.unit.id, n.award.id);
  const content = certificateContent({
    issuingUnit: round.unit,
    placeUnit: round.unit.kind === UnitKind.ADMINISTRATIVE ? null : round.unit.parent,
    award: n.award,
    nominee: {
      kind: n.nomineeKind,
      name: n.nomineeName,
      gender: n.gender,
      position: n.position,
      workplace: n.workplace,
      unitName: n.unit.name,
    },
    achievements: n.achievements,
    campaignName: n.period.campaign.name,
    periodName: n.period.name,
    decisionNumber: round.decisionNumber!,
    decisionDate: round.decisionDate!,
    signatureBlock: round.signatureBlock ?? [],
    signerName: round.signedBy?.fullName ?? '',
    certificateNumber: entry.certificateNumber ?? n.certificateNumber ?? '',
  });
  return { page, mode, layout, content };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function render(em: EntityManager, round: LoadedRound, entries: LoadedEntry[]) {
  const sheets: CertificateSheet[] = [];
  for (const entry of entries) sheets.push(await sheetOf(em, round, entry));
  return certificatesPdf(sheets, `Bằng khen, Giấy khen theo Quyết định số ${round.decisionNumber}`);
}

/** A ready file for the whole decision (entryId null) or for one entry printed on the form as it is now. */
async function existingFile(em: EntityManager, round: CommendationRound, entryId: string | null, formKey?: string) {
  const files = await em.find(
    GeneratedFile,
    { round, kind: GeneratedFileKind.CERTIFICATES },
    { orderBy: { createdAt: 'asc' } },
  );
  return files.find(
    (f) =>
      f.status === GeneratedFileStatus.READY &&
      (f.parameters.roundEntryId ?? null) === entryId &&
      (formKey === undefined || f.parameters.formKey === formKey),
  );
}

/**
 * Once the round is ISSUED: the one PDF of all its awardees' certificates, made on the first call and
 * returned again afterwards. It belongs to the deciding unit and is shared with the nominating units.
 * Null when the decision awards nobody.
 */
export async function ensureRoundCertificates(deps: CertificateDeps, roundId: string): Promise<GeneratedFile | null> {
  return deps.em.transactional(async (em) => {
    await lockName(em, `certificates:${roundId}`);
    const round = await issuedRound(em, roundId);
    const found = await existingFile(em, round, null);
    if (found) return found;
    const entries = await awardedEntries(em, round);
    if (!entries.length) return null;
    const bytes = await render(em, round, entries);
    const spec = {
      kind: GeneratedFileKind.CERTIFICATES,
      unitId: round.unit.id,
      roundId: round.id,
      sharedWithUnitIds: [...new Set(entries.map((e) => e.nomination.unit.id))],
      parameters: { scope: 'DECISION', decisionNumber: round.decisionNumber, count: entries.length },
      fileName: `bang-khen-giay-khen-${slug(round.decisionNumber!)}.pdf`,
      contentType: CONTENT_TYPES.pdf,
    };
    return saveGeneratedFile(em, deps.storage, spec, bytes);
  });
}

/** One awardee's certificate, for a unit that can see the nomination; refused for an entry not awarded. */
export async function certificateOfEntry(deps: CertificateDeps & { viewer: Viewer }, entryId: string) {
  const entry = await findOrRefuse(deps.em, RoundEntry, entryId, 'entryId', ['nomination.unit', 'round']);
  assertCanRead(deps.viewer, entry.nomination.unit.path);
  if (entry.outcome !== RoundOutcome.AWARDED) throw refusal(M.notAwarded, {}, 'entryId');
  const file = await deps.em.transactional(async (em) => {
    await lockName(em, `certificates:entry:${entryId}`);
    const round = await issuedRound(em, entry.round.id);
    const [loaded] = await awardedEntries(em, round, [entryId]);
    const formKey = (await formFor(em, round.unit.id, loaded.nomination.award.id)).key;
    const found = await existingFile(em, round, entryId, formKey);
    if (found) return found;
    const bytes = await render(em, round, [loaded]);
    const number = loaded.certificateNumber ?? loaded.nomination.nomineeName;
    const spec = {
      kind: GeneratedFileKind.CERTIFICATES,
      unitId: round.unit.id,
      roundId: round.id,
      sharedWithUnitIds: [loaded.nomination.unit.id],
      requestedById: deps.viewer.user.id,
      parameters: { scope: 'ENTRY', roundEntryId: entryId, certificateNumber: loaded.certificateNumber, formKey },
      fileName: `${slug(certificateTitleOf(loaded))}-${slug(number)}.pdf`,
      contentType: CONTENT_TYPES.pdf,
    };
    return saveGeneratedFile(em, deps.storage, spec, bytes);
  });
  return { file };
}

const certificateTitleOf = (entry: LoadedEntry) =>
  entry.nomination.award.code.startsWith('BANG_KHEN') ? 'bang-khen' : 'giay-khen';
