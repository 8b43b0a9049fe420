import type { NomineeKind, PeriodKind } from '../../domain/enums';
import { VI_NGUOI_NGHEO_TEMPLATE } from './vi-nguoi-ngheo.template';

/** A ready-made campaign configuration an administrator instantiates for their unit. */
export interface CampaignTemplate {
  code: string;
  name: string;
  description: string;
  startYear: number;
  endYear: number;
  movements: { name: string; targetGroup: string; nomineeKinds: NomineeKind[] }[];
  periods: {
    kind: PeriodKind;
    year: number;
    name: string;
    startsOn: string;
    endsOn: string;
    submissionOpensOn: string;
    submissionClosesOn: string;
  }[];
  awardCodes: string[];
  /** Campaign-wide quotas, applied to every movement that accepts the nominee kind. */
  quotasPerMovement: { periodKind: PeriodKind; nomineeKind: NomineeKind; maxCount: number }[];
}

export const CAMPAIGN_TEMPLATES: readonly CampaignTemplate[] = [VI_NGUOI_NGHEO_TEMPLATE];
