import type { EntityManager } from '@mikro-orm/postgresql';
import { refusal, registerMessages as M } from '../../domain/messages';
import { certificatePrefix } from '../../domain/round-rules';
import {
  certificateNumber,
  decisionNumber,
  DecisionEntryKind,
  DecisionRegisterMode,
  defaultRegisterSymbol,
  MAX_REGISTER_NUMBER,
  readDecisionNumber,
  registerYear,
  signatureBlock,
  signedAsOf,
  type SignedAs,
} from '../../domain/register-numbers';
import { AdminUnit } from '../entities/admin-unit.entity';
import {
  DecisionRegister,
  DecisionRegisterEntry,
  DecisionRegisterNomination,
} from '../entities/decision-register.entity';
import { Nomination } from '../entities/nomination.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { User } from '../entities/user.entity';

/** The longest subject (trích yếu) an entry keeps. */
export const SUBJECT_MAX = 500;

/**
 * The unit's register for the year, its row locked until the transaction ends (every numbering of
 * the register takes turns on it). A new year's register keeps the mode and symbol of the last one.
 */
export async function lockRegister(em: EntityManager, unitId: string, year: number): Promise<DecisionRegister> {
  const [row] = await em.execute(
    `insert into decision_register (id, created_at, unit_id, year, last_number, mode, symbol)
     select gen_random_uuid(), now(), ?, ?, 0, coalesce(prev.mode, 'PLATFORM'), prev.symbol
       from (select 1) one left join lateral (select mode, symbol from decision_register
         where unit_id = ? and year < ? order by year desc limit 1) prev on true
     on conflict (unit_id, year) do update set last_number = decision_register.last_number returning id`,
    [unitId, year, unitId, year],
  );
  return em.findOneOrFail(DecisionRegister, row.id as string, { refresh: true });
}

export interface DecisionToRegister {
  unit: { id: string; kind: AdminUnit['kind']; name: string };
  decisionDate: string;
  /** The number typed (the văn thư's register gave it); none: the platform's next number. */
  given?: string | null;
  kind: DecisionEntryKind;
  subject: string;
  roundId?: string | null;
  /** A per-nomination decision: the nomination it commends (one decision may list several). */
  nominationId?: string | null;
  recordedBy: string | null;
  signedAs?: SignedAs | null;
  signatureBlock?: string[] | null;
}

/**
 * Enters a decision into its unit's register: the number given (checked: in form, free in the
 * year), or the next one when the platform keeps the register. A per-nomination decision may
 * reuse its own number for another nominee on the same day: it is the same decision.
 */
export async function registerDecision(em: EntityManager, d: DecisionToRegister): Promise<DecisionRegisterEntry> {
  const year = registerYear(d.decisionDate);
  const register = await lockRegister(em, d.unit.id, year);
  const given = d.given?.trim() ? readDecisionNumber(d.given) : null;
  if (!given && register.mode === DecisionRegisterMode.CLERK) throw refusal(M.numberRequired, {}, 'decisionNumber');
  const place = given ? given.place : register.lastNumber + 1;
  if (place > MAX_REGISTER_NUMBER) throw refusal(M.registerFull, { year }, 'decisionNumber');
  const taken = await em.findOne(DecisionRegisterEntry, { register, place });
  if (taken) {
    const sameDecision =
      d.kind === DecisionEntryKind.COMMENDATION &&
      taken.kind === DecisionEntryKind.COMMENDATION &&
      taken.decisionDate === d.decisionDate;
    if (!sameDecision || !d.nominationId) throw takenRefusal(taken, year);
    await linkNomination(em, taken, d.nominationId);
    return taken;
  }
  const entry = em.create(DecisionRegisterEntry, {
    register,
    place,
    decisionNumber: given?.text ?? decisionNumber(place, register.symbol ?? defaultRegisterSymbol(d.unit)),
    decisionDate: d.decisionDate,
    subject: d.subject.slice(0, SUBJECT_MAX),
    kind: d.kind,
    round: d.roundId ?? null,
    signedAs: d.signedAs ?? null,
    signatureBlock: d.signatureBlock ?? null,
    recordedBy: d.recordedBy ? em.getReference(User, d.recordedBy) : null,
  });
  register.lastNumber = Math.max(register.lastNumber, place);
  if (d.nominationId) await linkNomination(em, entry, d.nominationId);
  return entry;
}

function takenRefusal(taken: DecisionRegisterEntry, year: number) {
  const params = { number: taken.decisionNumber, year, date: taken.decisionDate, subject: taken.subject };
  return refusal(M.numberTaken, params, 'decisionNumber');
}

async function linkNomination(em: EntityManager, entry: DecisionRegisterEntry, nominationId: string) {
  const linked = await em.count(DecisionRegisterNomination, { entry, nomination: nominationId });
  if (!linked) em.create(DecisionRegisterNomination, { entry, nomination: nominationId });
}

/**
 * Refuses early (before any workflow is asked) a number the register would refuse: out of form,
 * missing where the văn thư keeps the register, or taken by another decision. The entry itself is
 * made in the signing's transaction, which checks again under the register's lock.
 */
export async function precheckDecisionNumber(
  em: EntityManager,
  unitId: string,
  decisionDate: string,
  given: string | null | undefined,
  reuse?: { kind: DecisionEntryKind },
): Promise<string | null> {
  const parsed = given?.trim() ? readDecisionNumber(given) : null;
  const year = registerYear(decisionDate);
  const register = await em.findOne(DecisionRegister, { unit: unitId, year });
  if (!parsed) {
    const mode = register?.mode ?? (await modeCarriedInto(em, unitId, year));
    if (mode === DecisionRegisterMode.CLERK) throw refusal(M.numberRequired, {}, 'decisionNumber');
    return null;
  }
  const taken = register && (await em.findOne(DecisionRegisterEntry, { register, place: parsed.place }));
  const sameDecision =
    taken?.kind === DecisionEntryKind.COMMENDATION &&
    reuse?.kind === DecisionEntryKind.COMMENDATION &&
    taken.decisionDate === decisionDate;
  if (taken && !sameDecision) throw takenRefusal(taken, year);
  return parsed.text;
}

async function modeCarriedInto(em: EntityManager, unitId: string, year: number) {
  const last = await em.findOne(DecisionRegister, { unit: unitId, year: { $lt: year } }, { orderBy: { year: 'desc' } });
  return last?.mode ?? DecisionRegisterMode.PLATFORM;
}

/**
 * Takes `count` certificate numbers of the issuer's series in the year and answers the last one:
 * the count runs on across decisions; the upsert's row lock makes concurrent signings take turns.
 */
export async function nextCertificateIndex(em: EntityManager, unitId: string, year: number, prefix: string, count = 1) {
  const [row] = await em.execute(
    `insert into certificate_register (id, created_at, unit_id, year, prefix, last_number) values (gen_random_uuid(), now(), ?, ?, ?, ?)
     on conflict (unit_id, year, prefix) do update set last_number = certificate_register.last_number + excluded.last_number
     returning last_number`,
    [unitId, year, prefix, count],
  );
  return Number(row.last_number);
}

/**
 * A nomination's decision, as its commendation records it: a round's decision is in the register
 * already (its signing entered it); a per-nomination decision is entered now, or joins the
 * decision of the same number and day it lists several nominees under. Answers the number and,
 * for a per-nomination decision, the nominee's certificate number (the issuer's yearly count).
 */
export async function registerCommendation(
  em: EntityManager,
  unitId: string,
  c: {
    nominationId: string;
    decisionNumber: string;
    decisionDate: string;
    certificateNumber?: string | null;
    actor?: { userId: string; onBehalfOfUserId?: string | null } | null;
  },
): Promise<{ decisionNumber: string; certificateNumber: string | null }> {
  const fromRound = await em.count(RoundEntry, {
    nomination: c.nominationId,
    round: { decisionNumber: c.decisionNumber, decisionDate: c.decisionDate },
  });
  if (fromRound) return { decisionNumber: c.decisionNumber, certificateNumber: c.certificateNumber ?? null };
  const signedAs = signedAsOf(c.actor ?? {});
  const unit = await em.findOneOrFail(AdminUnit, unitId);
  const nomination = await em.findOneOrFail(Nomination, c.nominationId, { populate: ['award'] });
  const entry = await registerDecision(em, {
    unit,
    decisionDate: c.decisionDate,
    given: c.decisionNumber,
    kind: DecisionEntryKind.COMMENDATION,
    subject: `Về việc tặng ${nomination.award.name}`,
    nominationId: c.nominationId,
    recordedBy: c.actor?.userId ?? null,
    signedAs,
    signatureBlock: signatureBlock(unit.kind, signedAs),
  });
  const year = registerYear(c.decisionDate);
  const prefix = certificatePrefix(nomination.award);
  const certificate = certificateNumber(prefix, year, await nextCertificateIndex(em, unit.id, year, prefix));
  return { decisionNumber: entry.decisionNumber, certificateNumber: certificate };
}
