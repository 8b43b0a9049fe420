import { AdminLevel, NomineeKind, PeriodKind } from '../../domain/enums';
import { calendarYearPeriod } from './template-periods';
import type { CampaignTemplate } from './campaign-template';

/**
 * Tịnh Biên district (An Giang), plan "Chung tay vì người nghèo - không để ai bị bỏ lại phía sau"
 * "từ nay đến năm 2020", giai đoạn 2016 – 2020 (seed 002). Names and target groups ("đối tượng là …")
 * are quoted as written; nominee kinds follow whom each sub-movement honours ("nhằm tôn vinh …").
 * The plan gives years only: submission windows (1/11–15/12) are the platform's usual ones.
 */
const SEED = '002_bd17a7b7bb8d4d44.txt' as const;
const { INDIVIDUAL, COLLECTIVE, HOUSEHOLD } = NomineeKind;

const year = calendarYearPeriod;

/** "3 tập thể và 6 cá nhân cho mỗi phong trào" yearly; "8 tập thể và 15 cá nhân" at the final review. */
const quota = (periodKind: PeriodKind, nomineeKind: NomineeKind, maxCount: number) => ({
  // The district chair's own Giấy khen (DOMAIN-RULES "The seed plans, read exactly"); no household quota.
  awardCode: 'GIAY_KHEN_CHU_TICH_HUYEN',
  decidingLevel: AdminLevel.DISTRICT,
  periodKind,
  nomineeKind,
  maxCount,
});

export const TINH_BIEN_2016_2020_TEMPLATE: CampaignTemplate = {
  code: 'CHUNG_TAY_VI_NGUOI_NGHEO_TINH_BIEN_2016_2020',
  name: 'Chung tay vì người nghèo - không để ai bị bỏ lại phía sau',
  description:
    'Kế hoạch phát động Phong trào thi đua “Chung tay vì người nghèo - không để ai bị bỏ lại phía sau” ' +
    'của Ủy ban nhân dân huyện Tịnh Biên (tỉnh An Giang) từ nay đến năm 2020, giai đoạn 2016 – 2020. ' +
    'Số lượng khen thưởng cụ thể hàng năm (năm 2018 và năm 2019): 3 tập thể và 6 cá nhân cho mỗi phong trào; ' +
    'khen thưởng tổng kết cuối giai đoạn (năm 2020): 8 tập thể và 15 cá nhân cho mỗi phong trào ' +
    '(Giấy khen của Chủ tịch UBND huyện). Đối với khen cấp tỉnh và Nhà nước: Thực hiện theo Kế hoạch số ' +
    '597/KH-UBND, ngày 20/10/2017 của Ủy ban nhân dân tỉnh An Giang.',
  startYear: 2016,
  endYear: 2020,
  sources: [SEED],
  movements: [
    {
      name: 'Hộ gia đình vượt khó vươn lên thoát nghèo',
      targetGroup: 'hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo',
      // "tôn vinh các cá nhân, hộ gia đình có hoàn cảnh khó khăn"
      nomineeKinds: [HOUSEHOLD, INDIVIDUAL],
      source: SEED,
    },
    {
      name: 'Phát huy vai trò cộng đồng, đoàn kết giúp nhau giảm nghèo và từng bước làm giàu',
      targetGroup: 'cộng đồng, đoàn thể cơ sở, ấp, tổ nhân dân tự quản',
      nomineeKinds: [COLLECTIVE],
      source: SEED,
    },
    {
      name: 'Tập trung hỗ trợ địa bàn nghèo, tăng cường giảm hộ nghèo và tăng hộ khá, giàu',
      targetGroup: 'UBND cấp xã',
      nomineeKinds: [COLLECTIVE],
      source: SEED,
    },
    {
      name: 'Đồng thuận hợp tác, trách nhiệm vì người nghèo và công tác giảm nghèo',
      targetGroup: 'tập thể, cá nhân thuộc các cơ quan, ban ngành cấp xã, cấp huyện',
      nomineeKinds: [COLLECTIVE, INDIVIDUAL],
      source: SEED,
    },
    {
      name: 'Cán bộ làm công tác giảm nghèo tận tụy - gương mẫu - trách nhiệm',
      targetGroup: 'cán bộ, công chức, viên chức làm công tác giảm nghèo cấp huyện, xã',
      nomineeKinds: [INDIVIDUAL],
      source: SEED,
    },
    {
      name: 'Công tác từ thiện xã hội - Đồng hành cùng người nghèo, hướng tới một thế giới không để ai bị bỏ lại phía sau',
      targetGroup: 'các tổ chức, cá nhân có liên quan trong và ngoài huyện',
      nomineeKinds: [COLLECTIVE, INDIVIDUAL],
      source: SEED,
    },
  ],
  periods: [
    year(PeriodKind.ANNUAL, 2018, 'Năm 2018'),
    year(PeriodKind.ANNUAL, 2019, 'Năm 2019'),
    year(PeriodKind.FINAL, 2020, 'Tổng kết cuối giai đoạn 2016 – 2020'),
  ],
  awardCodes: ['GIAY_KHEN_CHU_TICH_HUYEN'],
  deferredAwardCodes: ['BANG_KHEN_CHU_TICH_TINH', 'BANG_KHEN_THU_TUONG'],
  quotasPerMovement: [
    quota(PeriodKind.ANNUAL, COLLECTIVE, 3),
    quota(PeriodKind.ANNUAL, INDIVIDUAL, 6),
    quota(PeriodKind.FINAL, COLLECTIVE, 8),
    quota(PeriodKind.FINAL, INDIVIDUAL, 15),
  ],
};
