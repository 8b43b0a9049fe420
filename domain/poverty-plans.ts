import { PovertyTargetKind } from './poverty-enums';
import type { PovertyTargetRule } from './poverty-rules';

/** A target as a plan states it: the rule and the plan's own words (quoted exactly from the seeds). */
export interface PlanTarget extends PovertyTargetRule {
  planText: string;
}

const NONE = {
  baseYear: null,
  untilYear: null,
  reductionPoints: null,
  highRateThreshold: null,
  highRateReductionPoints: null,
  maxRatePercent: null,
  reductionPercent: null,
  strict: false,
  unitTypes: [],
};

const HA_NOI_WARDS =
  'Cấp xã: Các phường, từ cuối năm 2023 đến năm 2025, không còn hộ nghèo; các xã, thị trấn, cuối năm 2023, ' +
  'hộ nghèo giảm trên 50% so với đầu năm 2022 và đến cuối năm 2025, hộ nghèo giảm trên 70% so với đầu năm 2022.';

/**
 * Hà Nội, Kế hoạch số 251/KH-UBND (seed 004), the commune level. "Đầu năm 2022" is the review at the end of
 * 2021 (base year 2021); "giảm trên 50%" is read literally: more than half, so exactly half does not meet it.
 */
export const HA_NOI_COMMUNE_TARGETS: PlanTarget[] = [
  {
    ...NONE,
    kind: PovertyTargetKind.NO_POOR_BY_YEAR,
    targetYear: 2023,
    untilYear: 2025,
    maxRatePercent: 0,
    unitTypes: ['Phường'],
    planText: HA_NOI_WARDS,
  },
  {
    ...NONE,
    kind: PovertyTargetKind.REDUCTION_VS_BASE,
    baseYear: 2021,
    targetYear: 2023,
    untilYear: 2024,
    reductionPercent: 50,
    strict: true,
    unitTypes: ['Xã', 'Thị trấn'],
    planText: HA_NOI_WARDS,
  },
  {
    ...NONE,
    kind: PovertyTargetKind.REDUCTION_VS_BASE,
    baseYear: 2021,
    targetYear: 2025,
    untilYear: 2025,
    reductionPercent: 70,
    strict: true,
    unitTypes: ['Xã', 'Thị trấn'],
    planText: HA_NOI_WARDS,
  },
];

/** Tịnh Biên 2016–2020 (seed 002): "giảm từ 2%/năm" reaches the figure; counted from the end of 2015. */
export const TINH_BIEN_TARGET: PlanTarget = {
  ...NONE,
  kind: PovertyTargetKind.YEARLY_RATE_REDUCTION,
  baseYear: 2015,
  targetYear: 2020,
  untilYear: 2020,
  reductionPoints: 2,
  highRateThreshold: 20,
  highRateReductionPoints: 5,
  planText:
    'Giảm tỷ lệ hộ nghèo trong huyện bình quân từ 2%/năm, trong năm 2018 là 5% (riêng các xã có tỷ lệ hộ nghèo ' +
    'trên 20% phấn đấu giảm từ 5%/năm)',
};

/**
 * Phường Xuân Tăng (seed 001). The plan gives no figure for "cơ bản": the tolerance is the ward's own planned
 * yearly reduction (0,06 points), i.e. what remains is less than one year's planned progress.
 */
export const XUAN_TANG_TARGET: PlanTarget = {
  ...NONE,
  kind: PovertyTargetKind.NO_POOR_BY_YEAR,
  targetYear: 2025,
  maxRatePercent: 0.06,
  planText: 'đến năm 2025 cơ bản không còn hộ nghèo (trừ hộ nghèo bất khả kháng).',
};
