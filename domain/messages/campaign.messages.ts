import { ErrorCode } from '../error-codes';
import { dayEn, dayVi } from './format';
import { message } from './message';

export const campaignMessages = {
  windowOverlap: message({
    code: ErrorCode.PERIOD_WINDOW_OVERLAP,
    example: {
      opensOn: '2025-03-01',
      closesOn: '2025-04-30',
      clash: 'Đợt xét năm 2025',
      clashOpensOn: '2025-04-01',
      clashClosesOn: '2025-05-31',
    },
    vi: (p) =>
      `Thời gian nhận hồ sơ ${dayVi(p.opensOn)}–${dayVi(p.closesOn)} trùng với đợt "${p.clash}" (${dayVi(p.clashOpensOn)}–${dayVi(p.clashClosesOn)}).`,
    en: (p) =>
      `The window ${dayEn(p.opensOn)}–${dayEn(p.closesOn)} overlaps "${p.clash}" (${dayEn(p.clashOpensOn)}–${dayEn(p.clashClosesOn)}).`,
  }),
};
