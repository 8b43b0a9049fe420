import type { AdminLevel, NomineeKind, PeriodKind } from '../../domain/enums';
import { TINH_BIEN_2016_2020_TEMPLATE } from './tinh-bien-2016-2020.template';
import { VI_NGUOI_NGHEO_TEMPLATE } from './vi-nguoi-ngheo.template';

/** A seed plan a template quotes (shared/seeds/<file>), for the comment and the tests that check the quotes. */
export type SeedFile =
  | '000_338a9fc0ead88e89.txt'
  | '001_877bfdde9c172151.txt'
  | '002_bd17a7b7bb8d4d44.txt'
  | '003_24f067420d9611a5.txt'
  | '004_69fe85cf9105ed08.txt';

/** A ready-made campaign configuration an administrator instantiates for their unit. */
export interface CampaignTemplate {
  code: string;
  name: string;
  description: string;
  startYear: number;
  endYear: number;
  /** The seeds the template quotes. */
  sources: SeedFile[];
  /** Name and target group quoted verbatim from `source`. */
  movements: { name: string; targetGroup: string; nomineeKinds: NomineeKind[]; source: SeedFile }[];
  periods: {
    kind: PeriodKind;
    year: number;
    name: string;
    startsOn: string;
    endsOn: string;
    submissionOpensOn: string;
    submissionClosesOn: string;
  }[];
  /** The awards the plan itself gives. */
  awardCodes: string[];
  /**
   * Awards the plan leaves to a higher unit's plan (Tịnh Biên: province and state awards follow An
   * Giang's plan 597/KH-UBND): offered, without a quota, only when the issuing unit's level decides them.
   */
  deferredAwardCodes: string[];
  /** Decision quotas of the plan, set on every movement that accepts the nominee kind. */
  quotasPerMovement: {
    awardCode: string;
    decidingLevel: AdminLevel;
    periodKind: PeriodKind;
    nomineeKind: NomineeKind;
    maxCount: number;
  }[];
}

export const CAMPAIGN_TEMPLATES: readonly CampaignTemplate[] = [VI_NGUOI_NGHEO_TEMPLATE, TINH_BIEN_2016_2020_TEMPLATE];
