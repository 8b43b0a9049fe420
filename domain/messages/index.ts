/** The message catalogue: every user-facing text, keyed by area and message key, in Vietnamese and English. */
import { accessMessages } from './access.messages';
import { apiMessages, requestErrorTexts } from './api.messages';
import { authorityMessages } from './authority.messages';
import { awardMessages } from './award.messages';
import { calendarMessages } from './calendar.messages';
import { campaignMessages } from './campaign.messages';
import { dossierMessages } from './dossier.messages';
import { ACTION_LABELS, lifecycleMessages } from './lifecycle.messages';
import { limitMessages } from './limits.messages';
import { nominationMessages } from './nomination.messages';
import { policyMessages } from './policy.messages';
import { registerMessages } from './register.messages';
import { powersMessages } from './powers.messages';
import { quotaMessages } from './quota.messages';
import { roundMessages } from './round.messages';
import { validationMessages } from './validation.messages';
import { workflowMessages } from './workflow.messages';

export * from './message';
export * from './labels';
export * from './field-labels';
export * from './format';
export type { QuotaScope } from './award.messages';
export { ERROR_MESSAGES, defaultMessage } from './defaults.messages';
export {
  accessMessages,
  apiMessages,
  requestErrorTexts,
  authorityMessages,
  awardMessages,
  calendarMessages,
  campaignMessages,
  dossierMessages,
  ACTION_LABELS,
  lifecycleMessages,
  limitMessages,
  nominationMessages,
  policyMessages,
  powersMessages,
  quotaMessages,
  registerMessages,
  roundMessages,
  validationMessages,
  workflowMessages,
};

/** Every area's messages, for the catalogue test and for lookups by key (`area.key`). */
export const CATALOGUE = {
  access: accessMessages,
  api: apiMessages,
  request: requestErrorTexts,
  authority: authorityMessages,
  award: awardMessages,
  calendar: calendarMessages,
  campaign: campaignMessages,
  dossier: dossierMessages,
  lifecycle: lifecycleMessages,
  limits: limitMessages,
  nomination: nominationMessages,
  policy: policyMessages,
  powers: powersMessages,
  quota: quotaMessages,
  register: registerMessages,
  round: roundMessages,
  validation: validationMessages,
  workflow: workflowMessages,
} as const;
