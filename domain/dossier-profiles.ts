import { CommendationKind, DocumentSlot, NomineeKind } from './enums';

/**
 * A dossier profile: the slots a nomination's own dossier fills, and whether each reviewing level
 * adds its own submission letter and minutes before forwarding. A null criterion matches anything.
 */
export interface DossierProfileRule {
  awardCode: string | null;
  nomineeKind: NomineeKind | null;
  commendationKind: CommendationKind | null;
  /** Null: the slots of the built-in profile that matches the nomination (a province only adds levels). */
  requiredSlots: readonly DocumentSlot[] | null;
  levelDocumentsRequired: boolean;
}

/** What a nomination is matched on. */
export interface DossierSubject {
  awardCode: string;
  nomineeKind: NomineeKind;
  commendationKind: CommendationKind;
}

export interface DossierRequirement {
  slots: DocumentSlot[];
  levelDocumentsRequired: boolean;
}

const { SUBMISSION_LETTER, ACHIEVEMENT_REPORT, REVIEW_MINUTES } = DocumentSlot;

/** What a reviewing level adds to the dossier it forwards: its own tờ trình and biên bản (DOMAIN-RULES "Dossier"). */
export const LEVEL_SLOTS: readonly DocumentSlot[] = [SUBMISSION_LETTER, REVIEW_MINUTES];

const builtIn = (
  match: Partial<Pick<DossierProfileRule, 'awardCode' | 'nomineeKind' | 'commendationKind'>>,
  requiredSlots: DocumentSlot[],
): DossierProfileRule => ({
  awardCode: null,
  nomineeKind: null,
  commendationKind: null,
  ...match,
  requiredSlots,
  levelDocumentsRequired: false,
});

/**
 * The built-in profiles (Law 06/2022 art. 84 and the administrative-procedure cards, DOMAIN-RULES
 * "Dossier"; article numbers to check against the gazette text). Levels add nothing by default: a
 * province turns that on with its own profile.
 */
export const BUILT_IN_PROFILES: readonly DossierProfileRule[] = [
  // Giấy khen, Bằng khen and the other forms: tờ trình, báo cáo thành tích, biên bản họp xét.
  builtIn({}, [SUBMISSION_LETTER, ACHIEVEMENT_REPORT, REVIEW_MINUTES]),
  // Lao động tiên tiến: the submission and the minutes only (procedure card; to check).
  builtIn({ awardCode: 'LAO_DONG_TIEN_TIEN' }, [SUBMISSION_LETTER, REVIEW_MINUTES]),
  // Chiến sĩ thi đua cơ sở: plus proof that the initiative is recognised (Law 06/2022 art. 84; to check).
  builtIn({ awardCode: 'CHIEN_SI_THI_DUA_CO_SO' }, [
    SUBMISSION_LETTER,
    ACHIEVEMENT_REPORT,
    REVIEW_MINUTES,
    DocumentSlot.INITIATIVE_RECOGNITION,
  ]),
  // Households report on their own form (the decree's annex; to check the form's number).
  builtIn({ nomineeKind: NomineeKind.HOUSEHOLD }, [SUBMISSION_LETTER, DocumentSlot.HOUSEHOLD_REPORT, REVIEW_MINUTES]),
  // Đột xuất deeds may take the simplified procedure: a submission and a short summary, no minutes
  // (Law 06/2022 art. 85; Decree 98/2023, carried into Decree 152/2025; to check the articles).
  builtIn({ commendationKind: CommendationKind.DOT_XUAT }, [SUBMISSION_LETTER, DocumentSlot.ACHIEVEMENT_SUMMARY]),
];

/** Whether every criterion the profile sets is the subject's. */
export function profileMatches(profile: DossierProfileRule, subject: DossierSubject): boolean {
  return (
    (profile.awardCode === null || profile.awardCode === subject.awardCode) &&
    (profile.nomineeKind === null || profile.nomineeKind === subject.nomineeKind) &&
    (profile.commendationKind === null || profile.commendationKind === subject.commendationKind)
  );
}

/**
 * How specific a profile is: the award counts most, then the kind of commendation (a đột xuất deed
 * takes the short dossier whatever the form), then the nominee kind. No two profiles of one owner
 * set the same criteria, so no two matching ones tie.
 */
export function specificity(profile: Pick<DossierProfileRule, 'awardCode' | 'nomineeKind' | 'commendationKind'>) {
  return (profile.awardCode ? 4 : 0) + (profile.commendationKind ? 2 : 0) + (profile.nomineeKind ? 1 : 0);
}

/** The most specific of the profiles that match, if any. */
export function mostSpecific<P extends DossierProfileRule>(profiles: readonly P[], subject: DossierSubject) {
  return profiles
    .filter((p) => profileMatches(p, subject))
    .reduce<P | undefined>((best, p) => (!best || specificity(p) > specificity(best) ? p : best), undefined);
}

/**
 * The dossier a nomination needs: the most specific of the province's profiles, else the most
 * specific built-in one; a province profile without slots keeps the built-in slots.
 */
export function requirementFor(
  subject: DossierSubject,
  provinceProfiles: readonly DossierProfileRule[] = [],
): DossierRequirement {
  const fallback = mostSpecific(BUILT_IN_PROFILES, subject) ?? BUILT_IN_PROFILES[0];
  const chosen = mostSpecific(provinceProfiles, subject) ?? fallback;
  return {
    slots: [...(chosen.requiredSlots ?? fallback.requiredSlots ?? [])],
    levelDocumentsRequired: chosen.levelDocumentsRequired,
  };
}
