/** The message catalogue: every user-facing text, keyed by area and message key, in Vietnamese and English. */
import { accessMessages } from './access.messages';
import { apiMessages, requestErrorTexts } from './api.messages';
import { authorityMessages } from './authority.messages';
import { awardMessages } from './award.messages';
import { bonusMessages } from './bonus.messages';
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
import { eligibilityMessages } from './eligibility.messages';
import { nomineeMessages } from './nominee.messages';
import { registryMessages } from './registry.messages';
import { registryImportMessages } from './registry-import.messages';
import { revocationMessages } from './revocation.messages';
import { documentMessages } from './document.messages';
import { povertyMessages } from './poverty.messages';
import { certificateMessages } from './certificate.messages';
import { yearlyReportMessages } from './yearly-report.messages';
import { exportMessages } from './export.messages';
import { decisionDocumentMessages } from './decision-document.messages';

export * from './message';
export * from './labels';
export * from './field-labels';
export * from './format';
export { requirementEn, requirementVi } from './eligibility.messages';
export type { QuotaScope } from './award.messages';
export { ERROR_MESSAGES, defaultMessage } from './defaults.messages';
export {
  accessMessages,
  apiMessages,
  requestErrorTexts,
  authorityMessages,
  awardMessages,
  bonusMessages,
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
  eligibilityMessages,
  nomineeMessages,
  registryMessages,
  registryImportMessages,
  revocationMessages,
  documentMessages,
  povertyMessages,
  certificateMessages,
  yearlyReportMessages,
  exportMessages,
  decisionDocumentMessages,
};

/** Every area's messages, for the catalogue test and for lookups by key (`area.key`). */
export const CATALOGUE = {
  access: accessMessages,
  api: apiMessages,
  request: requestErrorTexts,
  authority: authorityMessages,
  award: awardMessages,
  bonus: bonusMessages,
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
  eligibility: eligibilityMessages,
  nominee: nomineeMessages,
  registry: registryMessages,
  registryImport: registryImportMessages,
  revocation: revocationMessages,
  document: documentMessages,
  poverty: povertyMessages,
  certificate: certificateMessages,
  yearlyReport: yearlyReportMessages,
  export: exportMessages,
  decisionDocument: decisionDocumentMessages,
} as const;
