import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdminLevel, NomineeKind, PeriodKind } from '../../domain/enums';
import { CAMPAIGN_TEMPLATES } from '../../server/campaign-templates/campaign-template';
import { TINH_BIEN_2016_2020_TEMPLATE as TINH_BIEN } from '../../server/campaign-templates/tinh-bien-2016-2020.template';
import { VI_NGUOI_NGHEO_TEMPLATE as VNN } from '../../server/campaign-templates/vi-nguoi-ngheo.template';

/** The seed plans, read at test time: a template quotes them or fails here. */
const seed = (file: string) => readFileSync(join(__dirname, '../../../shared/seeds', file), 'utf8');

describe.each(CAMPAIGN_TEMPLATES.map((t) => [t.code, t] as const))('%s quotes its seeds', (_code, template) => {
  it.each(template.movements.map((m) => [m.name, m] as const))('"%s": name and target group occur verbatim', (_name, m) => {
    expect(template.sources).toContain(m.source);
    const text = seed(m.source);
    expect(text).toContain(m.name);
    expect(text).toContain(m.targetGroup);
  });

  it('sets no household quota and every quota names an award the campaign offers and a deciding level', () => {
    for (const q of template.quotasPerMovement) {
      expect(q.nomineeKind).not.toBe(NomineeKind.HOUSEHOLD);
      expect(template.awardCodes).toContain(q.awardCode);
    }
  });

  it('periods lie within the campaign, windows inside the year', () => {
    for (const p of template.periods) {
      expect(p.year).toBeGreaterThanOrEqual(template.startYear);
      expect(p.year).toBeLessThanOrEqual(template.endYear);
      expect(p.startsOn <= p.submissionOpensOn && p.submissionClosesOn <= p.endsOn).toBe(true);
    }
  });
});

describe('Tịnh Biên 2016–2020 (seed 002)', () => {
  const text = seed('002_bd17a7b7bb8d4d44.txt');

  it('is the six sub-movements in the order of the plan, each name quoted in “…”', () => {
    expect(TINH_BIEN.movements).toHaveLength(6);
    const positions = TINH_BIEN.movements.map((m) => text.indexOf(m.name));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain(`“${TINH_BIEN.movements[0].name}”; đối tượng là ${TINH_BIEN.movements[0].targetGroup};`);
    expect(text).toContain(`"${TINH_BIEN.movements[1].name}"; đối tượng là ${TINH_BIEN.movements[1].targetGroup};`);
    for (const m of TINH_BIEN.movements.slice(2)) expect(text).toContain(`“${m.name}”; đối tượng là ${m.targetGroup};`);
  });

  it('movement 1 honours "các cá nhân, hộ gia đình": households and individuals', () => {
    expect(text).toContain('tôn vinh các cá nhân, hộ gia đình');
    expect(TINH_BIEN.movements[0].nomineeKinds.sort()).toEqual([NomineeKind.HOUSEHOLD, NomineeKind.INDIVIDUAL].sort());
  });

  it('2016–2020, yearly rounds 2018 and 2019, the final review in 2020', () => {
    expect(text).toContain('giai đoạn 2016 – 2020');
    expect([TINH_BIEN.startYear, TINH_BIEN.endYear]).toEqual([2016, 2020]);
    expect(TINH_BIEN.periods.map((p) => [p.kind, p.year])).toEqual([[PeriodKind.ANNUAL, 2018], [PeriodKind.ANNUAL, 2019], [PeriodKind.FINAL, 2020]]);
  });

  it("quotas are exactly the district chair's Giấy khen: 3 collectives + 6 individuals a year, 8 + 15 at the final review", () => {
    expect(text).toContain('(năm 2018 và năm 2019): 3 tập thể và 6 cá nhân cho mỗi phong trào');
    expect(text).toContain('(năm 2020): 8 tập thể và 15 cá nhân cho mỗi phong trào');
    expect(TINH_BIEN.quotasPerMovement.map((q) => [q.awardCode, q.decidingLevel, q.periodKind, q.nomineeKind, q.maxCount])).toEqual([
      ['GIAY_KHEN_CHU_TICH_HUYEN', AdminLevel.DISTRICT, PeriodKind.ANNUAL, NomineeKind.COLLECTIVE, 3],
      ['GIAY_KHEN_CHU_TICH_HUYEN', AdminLevel.DISTRICT, PeriodKind.ANNUAL, NomineeKind.INDIVIDUAL, 6],
      ['GIAY_KHEN_CHU_TICH_HUYEN', AdminLevel.DISTRICT, PeriodKind.FINAL, NomineeKind.COLLECTIVE, 8],
      ['GIAY_KHEN_CHU_TICH_HUYEN', AdminLevel.DISTRICT, PeriodKind.FINAL, NomineeKind.INDIVIDUAL, 15],
    ]);
  });

  it('province and state awards follow plan 597/KH-UBND: deferred, no quota', () => {
    expect(text).toContain('Kế hoạch số 597/KH-UBND, ngày 20/10/2017 của Ủy ban nhân dân tỉnh An Giang');
    expect(TINH_BIEN.description).toContain('Kế hoạch số 597/KH-UBND, ngày 20/10/2017 của Ủy ban nhân dân tỉnh An Giang');
    expect(TINH_BIEN.awardCodes).toEqual(['GIAY_KHEN_CHU_TICH_HUYEN']);
    expect(TINH_BIEN.deferredAwardCodes).toEqual(['BANG_KHEN_CHU_TICH_TINH', 'BANG_KHEN_THU_TUONG']);
  });
});

describe('2021–2025 (seeds 000, 001, 003, 004)', () => {
  it('no Tịnh Biên sub-movement is passed off as a 2021–2025 one', () => {
    const tinhBien = seed('002_bd17a7b7bb8d4d44.txt');
    for (const m of VNN.movements) expect(tinhBien).not.toContain(m.name);
  });

  it('plan 2021–2022, yearly awards from 2022, sơ kết 2023 (no yearly round beside it), tổng kết at the end of 2025', () => {
    expect(seed('003_24f067420d9611a5.txt')).toContain('Đến năm 2023');
    expect(seed('001_877bfdde9c172151.txt')).toContain('Năm 2025: Tổng kết phong trào thi đua giai đoạn 2021-2025');
    expect(VNN.periods.map((p) => [p.kind, p.year])).toEqual([
      [PeriodKind.ANNUAL, 2022], [PeriodKind.MIDTERM, 2023], [PeriodKind.ANNUAL, 2024], [PeriodKind.FINAL, 2025],
    ]);
    const final = VNN.periods[3];
    expect([final.startsOn, final.endsOn]).toEqual(['2025-01-01', '2025-12-31']);
    expect(final.submissionOpensOn >= '2025-07-01').toBe(true);
  });

  it('the plans give no quota, so the template sets none; Giấy khen of the district chair and Bằng khen of the province chair', () => {
    expect(VNN.quotasPerMovement).toEqual([]);
    expect(seed('003_24f067420d9611a5.txt')).toContain('đề nghị Chủ tịch UBND Thành phố tặng Giấy khen, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen');
    expect(VNN.awardCodes).toEqual(expect.arrayContaining(['GIAY_KHEN_CHU_TICH_HUYEN', 'BANG_KHEN_CHU_TICH_TINH']));
    expect(VNN.description).toContain('245/KH-UBND ngày 16/9/2022');
    expect(VNN.description).toContain('6033/UBND-TĐKT ngày 12/8/2022');
  });
});
