import { NomineeKind, PeriodKind } from '../../domain/enums';
import { calendarYearPeriod } from './template-periods';
import type { CampaignTemplate } from './campaign-template';

/**
 * "Vì người nghèo – Không để ai bị bỏ lại phía sau" giai đoạn 2021–2025, as the plans of that phase
 * lay it out: Lào Cai city 245/KH-UBND of 16/9/2022 carried out by Phường Xuân Tăng (seed 001), Huế
 * 6033/UBND-TĐKT of 12/8/2022 (seed 003), Nghệ An of 25/11/2022 (seed 000). 2021–2022: plan and launch;
 * yearly awards "theo thẩm quyền" from 2022; sơ kết in 2023; tổng kết at the end of 2025. Movements are
 * the plans' groups of participants ("tùy theo từng nhóm đối tượng", seed 004), quoted as written.
 * No plan gives a quota: none is set. The plans give years only: windows (1/11–15/12) are the
 * platform's usual ones; the 2025 tổng kết runs the whole year, its window at the end of 2025.
 */
const NGHE_AN = '000_338a9fc0ead88e89.txt' as const;
const XUAN_TANG = '001_877bfdde9c172151.txt' as const;
const { INDIVIDUAL, COLLECTIVE, HOUSEHOLD } = NomineeKind;
const PEOPLE = [INDIVIDUAL, COLLECTIVE];

const year = calendarYearPeriod;

export const VI_NGUOI_NGHEO_TEMPLATE: CampaignTemplate = {
  code: 'VI_NGUOI_NGHEO_2021_2025',
  name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
  description:
    'Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025, theo ' +
    'Kế hoạch số 245/KH-UBND ngày 16/9/2022 của UBND Thành phố Lào Cai (kế hoạch của phường Xuân Tăng), ' +
    'Kế hoạch số 6033/UBND-TĐKT ngày 12/8/2022 của UBND thành phố Huế và Kế hoạch ngày 25/11/2022 của ' +
    'UBND tỉnh Nghệ An: năm 2021 - 2022 xây dựng kế hoạch và tổ chức triển khai thực hiện; hàng năm ' +
    'khen thưởng theo thẩm quyền, Giấy khen của Chủ tịch UBND cấp huyện, Bằng khen của Chủ tịch UBND tỉnh; ' +
    'năm 2023 sơ kết giữa kỳ; cuối năm 2025 tổng kết. Các kế hoạch không quy định chỉ tiêu khen thưởng.',
  startYear: 2021,
  endYear: 2025,
  sources: [NGHE_AN, XUAN_TANG, '003_24f067420d9611a5.txt', '004_69fe85cf9105ed08.txt'],
  // Positions 0 (households only), 3 (individuals and collectives) and 4 (individuals only) are relied on by tests.
  movements: [
    {
      name: 'Các hộ gia đình thi đua tham gia lao động, phát triển sản xuất, làm kinh tế, thoát nghèo bền vững',
      targetGroup: 'Các hộ gia đình',
      nomineeKinds: [HOUSEHOLD],
      source: NGHE_AN,
    },
    {
      name: 'Thôn, xóm, bản, cộng đồng thi đua đoàn kết giúp nhau giảm nghèo và từng bước làm giàu',
      targetGroup: 'Thôn, xóm, bản, cộng đồng',
      nomineeKinds: [COLLECTIVE],
      source: NGHE_AN,
    },
    {
      name: 'UBND cấp huyện, cấp xã thi đua đề ra nội dung, giải pháp giảm nghèo đặc thù của địa phương',
      targetGroup: 'UBND cấp huyện, cấp xã',
      nomineeKinds: [COLLECTIVE],
      source: NGHE_AN,
    },
    {
      name: 'Các Sở, ban, ngành cấp tỉnh căn cứ chức năng, nhiệm vụ triển khai kịp thời và tổ chức thực hiện có hiệu quả Phong trào thi đua',
      targetGroup: 'Các Sở, ban, ngành cấp tỉnh',
      nomineeKinds: PEOPLE,
      source: NGHE_AN,
    },
    {
      name: 'Vận động cán bộ, công chức, viên chức giúp đỡ các hộ nghèo',
      targetGroup: 'cán bộ, công chức, viên chức',
      nomineeKinds: [INDIVIDUAL],
      source: XUAN_TANG,
    },
    {
      name: 'Huy động các doanh nghiệp, tập thể, cá nhân trong và ngoài nước có những việc làm thiết thực, tham gia đóng góp công sức trí tuệ, của cải vật chất hỗ trợ, giúp đỡ người nghèo, địa bàn nghèo',
      targetGroup: 'các doanh nghiệp, tập thể, cá nhân trong và ngoài nước',
      nomineeKinds: PEOPLE,
      source: NGHE_AN,
    },
    {
      name: 'Ủy ban MTTQ và các tổ chức chính trị - xã hội các cấp đẩy mạnh công tác tuyên truyền, vận động các tầng lớp nhân dân tích cực tham gia công tác giảm nghèo bền vững và an sinh xã hội',
      targetGroup: 'Ủy ban MTTQ và các tổ chức chính trị - xã hội các cấp',
      nomineeKinds: PEOPLE,
      source: NGHE_AN,
    },
  ],
  periods: [
    // Huế: "Giai đoạn 2022 - 2025: … Hàng năm … khen thưởng theo thẩm quyền"; 2021 is planning only.
    year(PeriodKind.ANNUAL, 2022, 'Năm 2022'),
    // Huế: "Đến năm 2023: … sơ kết giữa kỳ và khen thưởng theo thẩm quyền" (instead of a yearly round).
    year(PeriodKind.MIDTERM, 2023, 'Sơ kết giữa kỳ năm 2023'),
    year(PeriodKind.ANNUAL, 2024, 'Năm 2024'),
    // Xuân Tăng: "Năm 2025: Tổng kết phong trào thi đua giai đoạn 2021-2025"; Huế: "Giai đoạn cuối năm 2025".
    year(PeriodKind.FINAL, 2025, 'Tổng kết 2021–2025'),
  ],
  // Xuân Tăng and Huế: "theo thẩm quyền" (commune chair, agency head); Huế: the city chair's Giấy khen,
  // the province chair's Bằng khen. The district chair's Giấy khen ends on 30/6/2025 (two tiers after).
  awardCodes: ['GIAY_KHEN_CHU_TICH_XA', 'GIAY_KHEN_THU_TRUONG', 'GIAY_KHEN_CHU_TICH_HUYEN', 'BANG_KHEN_CHU_TICH_TINH'],
  deferredAwardCodes: [],
  quotasPerMovement: [],
};
