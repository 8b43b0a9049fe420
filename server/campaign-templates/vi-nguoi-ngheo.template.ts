import { NomineeKind, PeriodKind } from '../../domain/enums';
import type { CampaignTemplate } from './campaign-template';

const INDIVIDUAL_AND_COLLECTIVE = [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE];

/**
 * The plans of "Vì người nghèo – Không để ai bị bỏ lại phía sau" 2021–2025 (as in Tịnh Biên): six
 * sub-movements; each year at most 3 collectives and 6 individuals per movement, 8 and 15 at the
 * final review; Giấy khen and the province chair's Bằng khen.
 */
export const VI_NGUOI_NGHEO_TEMPLATE: CampaignTemplate = {
  code: 'VI_NGUOI_NGHEO_2021_2025',
  name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
  description:
    'Phong trào thi đua "Vì người nghèo – Không để ai bị bỏ lại phía sau" giai đoạn 2021–2025: ' +
    'khen thưởng hộ gia đình, cộng đồng, tập thể và cá nhân có thành tích trong công tác giảm nghèo bền vững.',
  startYear: 2021,
  endYear: 2025,
  movements: [
    {
      name: 'Hộ gia đình vượt khó vươn lên thoát nghèo',
      targetGroup: 'Hộ gia đình vượt khó',
      nomineeKinds: [NomineeKind.HOUSEHOLD],
    },
    {
      name: 'Cộng đồng giúp nhau thoát nghèo',
      targetGroup: 'Cộng đồng, ấp, tổ tự quản',
      nomineeKinds: [NomineeKind.COLLECTIVE],
    },
    {
      name: 'UBND cấp xã thực hiện tốt công tác giảm nghèo',
      targetGroup: 'UBND cấp xã',
      nomineeKinds: [NomineeKind.COLLECTIVE],
    },
    {
      name: 'Cơ quan, đơn vị chung tay vì người nghèo',
      targetGroup: 'Tập thể, cá nhân các cơ quan, đơn vị',
      nomineeKinds: INDIVIDUAL_AND_COLLECTIVE,
    },
    {
      name: 'Cán bộ làm công tác giảm nghèo',
      targetGroup: 'Cán bộ giảm nghèo',
      nomineeKinds: [NomineeKind.INDIVIDUAL],
    },
    {
      name: 'Tổ chức, cá nhân làm từ thiện xã hội',
      targetGroup: 'Tổ chức, cá nhân từ thiện xã hội',
      nomineeKinds: INDIVIDUAL_AND_COLLECTIVE,
    },
  ],
  periods: [
    {
      kind: PeriodKind.ANNUAL,
      year: 2021,
      name: 'Năm 2021',
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
      submissionOpensOn: '2021-11-01',
      submissionClosesOn: '2021-12-15',
    },
    {
      kind: PeriodKind.ANNUAL,
      year: 2022,
      name: 'Năm 2022',
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
      submissionOpensOn: '2022-11-01',
      submissionClosesOn: '2022-12-15',
    },
    {
      kind: PeriodKind.MIDTERM,
      year: 2023,
      name: 'Sơ kết 2021–2023',
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      submissionOpensOn: '2023-09-01',
      submissionClosesOn: '2023-10-15',
    },
    {
      kind: PeriodKind.ANNUAL,
      year: 2023,
      name: 'Năm 2023',
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      submissionOpensOn: '2023-11-01',
      submissionClosesOn: '2023-12-15',
    },
    {
      kind: PeriodKind.ANNUAL,
      year: 2024,
      name: 'Năm 2024',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      submissionOpensOn: '2024-11-01',
      submissionClosesOn: '2024-12-15',
    },
    {
      kind: PeriodKind.FINAL,
      year: 2025,
      name: 'Tổng kết 2021–2025',
      startsOn: '2025-07-01',
      endsOn: '2025-12-31',
      submissionOpensOn: '2025-09-01',
      submissionClosesOn: '2025-10-31',
    },
  ],
  awardCodes: ['GIAY_KHEN_CHU_TICH_XA', 'GIAY_KHEN_CHU_TICH_HUYEN', 'BANG_KHEN_CHU_TICH_TINH'],
  quotasPerMovement: [
    { periodKind: PeriodKind.ANNUAL, nomineeKind: NomineeKind.COLLECTIVE, maxCount: 3 },
    { periodKind: PeriodKind.ANNUAL, nomineeKind: NomineeKind.INDIVIDUAL, maxCount: 6 },
    { periodKind: PeriodKind.ANNUAL, nomineeKind: NomineeKind.HOUSEHOLD, maxCount: 6 },
    { periodKind: PeriodKind.FINAL, nomineeKind: NomineeKind.COLLECTIVE, maxCount: 8 },
    { periodKind: PeriodKind.FINAL, nomineeKind: NomineeKind.INDIVIDUAL, maxCount: 15 },
    { periodKind: PeriodKind.FINAL, nomineeKind: NomineeKind.HOUSEHOLD, maxCount: 15 },
  ],
};
