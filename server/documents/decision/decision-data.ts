import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorityVi,
  countsVi,
  executorsVi,
  issuingBodyLines,
  moneyVi,
  NOMINEE_KIND_VI,
  numberLineVi,
  placeAndDateVi,
  placeName,
  recipientsVi,
  type HeaderLine,
  type UnitFacts,
} from '../../../domain/decision-document';
import { NomineeKind, RoundOutcome, UnitKind } from '../../../domain/enums';
import { decisionBasisVi, decisionGroundsOf } from '../../../domain/legal-periods';
import {
  defaultRegisterSymbol,
  issuerTitle,
  parseDecisionNumber,
  registerYear,
  signatureBlock,
  SignedAs,
} from '../../../domain/register-numbers';
import { vietnamToday } from '../../auth/viewer';
import { AdminUnit } from '../../entities/admin-unit.entity';
import { Campaign } from '../../entities/campaign.entity';
import { CommendationRound } from '../../entities/commendation-round.entity';
import { DecisionRegister, DecisionRegisterEntry } from '../../entities/decision-register.entity';
import { Movement } from '../../entities/movement.entity';
import { Period } from '../../entities/period.entity';
import { RoundEntry } from '../../entities/round-entry.entity';
import { User } from '../../entities/user.entity';
import { bonusFor } from '../../store/bonus-table';

export interface DecisionAwardee {
  name: string;
  kind: NomineeKind;
  /** The nominating unit, e.g. "Phường Cam Đường". */
  unitName: string;
  unitId: string;
  awardName: string;
  certificateNumber: string | null;
  /** Tiền thưởng in đồng, when the bonus table has a figure for the award, kind and date. */
  bonus: number | null;
}

/** The annex lists awardees by movement, then nominee kind, in the order certificates were numbered. */
export interface DecisionGroup {
  movementName: string;
  kind: NomineeKind;
  kindLabel: string;
  awardees: DecisionAwardee[];
}

/** Everything a round's decision shows, in the order it shows it; the DOCX and the PDF render the same. */
export interface DecisionData {
  draft: boolean;
  roundId: string;
  unitId: string;
  decisionNumber: string | null;
  symbol: string;
  header: HeaderLine[];
  numberLine: string;
  placeAndDate: string;
  subject: string;
  authority: string;
  bases: string[];
  articles: { label: string; text: string }[];
  recipients: string[];
  signature: string[];
  signerName: string | null;
  annexTitle: string;
  annexReference: string;
  groups: DecisionGroup[];
  awardees: DecisionAwardee[];
}

/** The database enum's order, as signing numbers certificates: individuals, collectives, households. */
const KIND_ORDER: string[] = Object.values(NomineeKind);

const facts = (unit: AdminUnit): UnitFacts => ({ name: unit.name, kind: unit.kind, level: unit.level });

/** The entries the decision awards (signed) or would award (a draft: those still pending), in certificate order. */
async function awardeesOf(em: EntityManager, round: CommendationRound, draft: boolean, day: string) {
  const outcome = draft ? RoundOutcome.PENDING : RoundOutcome.AWARDED;
  const entries = await em.find(RoundEntry, { round, outcome }, { populate: ['nomination.award', 'nomination.unit'] });
  const movementIds = [...new Set(entries.map((e) => e.nomination.movement.id))];
  const movements = new Map((await em.find(Movement, { id: { $in: movementIds } })).map((m) => [m.id, m]));
  entries.sort(
    (a, b) =>
      movements.get(a.nomination.movement.id)!.position - movements.get(b.nomination.movement.id)!.position ||
      KIND_ORDER.indexOf(a.nomination.nomineeKind) - KIND_ORDER.indexOf(b.nomination.nomineeKind) ||
      a.rank - b.rank,
  );
  const bonuses = new Map<string, Promise<number | null>>();
  const bonusOf = (awardCode: string, nomineeKind: NomineeKind) => {
    const key = `${awardCode}:${nomineeKind}`;
    if (!bonuses.has(key))
      bonuses.set(
        key,
        bonusFor(em, { awardCode, nomineeKind, decisionDate: day }).then((b) => b?.amount ?? null),
      );
    return bonuses.get(key)!;
  };
  const groups: DecisionGroup[] = [];
  for (const entry of entries) {
    const n = entry.nomination;
    const movementName = movements.get(n.movement.id)!.name;
    let group = groups.at(-1);
    if (!group || group.movementName !== movementName || group.kind !== n.nomineeKind) {
      const kindLabel = NOMINEE_KIND_VI[n.nomineeKind];
      group = { movementName, kind: n.nomineeKind, kindLabel, awardees: [] };
      groups.push(group);
    }
    group.awardees.push({
      name: n.nomineeName,
      kind: n.nomineeKind,
      unitName: n.unit.name,
      unitId: n.unit.id,
      awardName: n.award.name,
      certificateNumber: draft ? null : (entry.certificateNumber ?? null),
      bonus: await bonusOf(n.award.code, n.nomineeKind),
    });
  }
  return groups;
}

/** Điều 1: the award to the annexed list, and the bonus each award carries per nominee kind. */
function firstArticle(awardees: DecisionAwardee[], campaignName: string, periodName: string, fund: string): string {
  const counts: Partial<Record<NomineeKind, number>> = {};
  for (const a of awardees) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  const awards = [...new Set(awardees.map((a) => a.awardName))];
  const what = awards.length === 1 ? awards[0] : `các hình thức khen thưởng (${awards.join('; ')})`;
  const lines = [
    `Tặng ${what} cho ${countsVi(counts)} (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua “${campaignName}”, đợt ${periodName.charAt(0).toLocaleLowerCase('vi')}${periodName.slice(1)}.`,
  ];
  const paid = new Map<string, string[]>();
  for (const a of awardees) {
    if (a.bonus === null) continue;
    const item = `mỗi ${NOMINEE_KIND_VI[a.kind]} ${moneyVi(a.bonus)}`;
    const items = paid.get(a.awardName) ?? [];
    if (!items.includes(item)) paid.set(a.awardName, [...items, item]);
  }
  if (paid.size) {
    const parts = [...paid].map(([award, items]) => `${award}: ${items.join(', ')}`);
    lines.push(`Tiền thưởng kèm theo: ${parts.join('; ')}; trích từ Quỹ thi đua, khen thưởng của ${fund}.`);
  }
  return lines.join(' ');
}

/** Reads what a round's decision shows; `draft` for a round not signed yet (no number, no day, no signer). */
export async function loadDecisionData(em: EntityManager, roundId: string, draft = false): Promise<DecisionData> {
  const round = await em.findOneOrFail(CommendationRound, roundId, { populate: ['unit'] });
  const unit = round.unit;
  const parent = unit.parent ? await em.findOneOrFail(AdminUnit, unit.parent.id) : null;
  const period = await em.findOneOrFail(Period, round.period.id);
  const campaign = await em.findOneOrFail(Campaign, period.campaign.id);
  const day = draft ? null : round.decisionDate!;
  const basisDay = day ?? vietnamToday();
  const entry = draft ? null : await em.findOne(DecisionRegisterEntry, { round: round.id });
  const decisionNumber = draft ? null : (round.decisionNumber ?? null);
  const register = await em.findOne(DecisionRegister, { unit, year: registerYear(basisDay) });
  const symbol =
    (decisionNumber && parseDecisionNumber(decisionNumber)?.symbol) || register?.symbol || defaultRegisterSymbol(unit);
  const signer = !draft && round.signedBy ? await em.findOne(User, round.signedBy.id) : null;
  const groups = await awardeesOf(em, round, draft, basisDay);
  const awardees = groups.flatMap((g) => g.awardees);
  // A People's Committee pays from its own fund; an agency's head from the unit's.
  const place = unit.kind === UnitKind.ADMINISTRATIVE ? unit : (parent ?? unit);
  const fund =
    unit.kind === UnitKind.ADMINISTRATIVE ? unit.name.charAt(0).toLocaleLowerCase('vi') + unit.name.slice(1) : 'đơn vị';
  const dateText = placeAndDateVi(placeName(place.name), day, registerYear(basisDay));
  const authority = authorityVi(facts(unit));
  const reference = decisionNumber
    ? `(Kèm theo Quyết định số ${decisionNumber} ${dateText.slice(dateText.indexOf('ngày'))} của ${issuerTitle(unit.kind, unit.name)})`
    : `(Kèm theo Quyết định số      /QĐ-${symbol} ngày      tháng      năm ${registerYear(basisDay)})`;
  return {
    draft,
    roundId: round.id,
    unitId: unit.id,
    decisionNumber,
    symbol,
    header: issuingBodyLines(facts(unit), parent && facts(parent)),
    numberLine: numberLineVi(decisionNumber, symbol),
    placeAndDate: dateText,
    subject: entry?.subject ?? `Về việc khen thưởng đợt ${period.name}`,
    authority,
    bases: decisionBasisVi(decisionGroundsOf(unit, campaign.name, basisDay)),
    articles: [
      { label: 'Điều 1.', text: firstArticle(awardees, campaign.name, period.name, fund) },
      { label: 'Điều 2.', text: 'Quyết định này có hiệu lực thi hành kể từ ngày ký.' },
      { label: 'Điều 3.', text: `${executorsVi(facts(unit))} chịu trách nhiệm thi hành Quyết định này./.` },
    ],
    recipients: recipientsVi(facts(unit)),
    signature: (!draft && round.signatureBlock) || signatureBlock(unit.kind, round.signedAs ?? SignedAs.TM),
    // Seeded names carry the office in brackets; the block shows the name alone.
    signerName: signer ? signer.fullName.replace(/\s*\(.*\)\s*$/, '') : null,
    annexTitle: 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
    annexReference: reference,
    groups,
    awardees,
  };
}
