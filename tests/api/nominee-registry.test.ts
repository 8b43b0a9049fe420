import { AwardRecord } from '../../server/entities/award-record.entity';
import { codeOf } from '../support/access-fixtures';
import {
  as, COMMEND, dataOf, decideCurrent, draftInput, loadCatalog, okPayload, submit, USER_ERROR_FIELDS, WITHDRAW,
  type Catalog, type DraftInput, type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Nominees as records (issue 11): a nomination finds its nominee by CCCD or by the id the portal
 * chose, otherwise makes one and warns of similar names in the unit; one achievement earns one
 * award; commended nominations enter the award registry, which the units handling a nominee read.
 */
let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;
let reviewer: Gql;
let approver: Gql;

const CREATE = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) {
  nomination { id status nomineeName nominee { id name dateOfBirth identityNumber } }
  warnings { nomineeId name dateOfBirth message messageVi } ${USER_ERROR_FIELDS} } }`;
const NOMINEE = `query ($id: ID!) { nominee(id: $id) { id name dateOfBirth identityNumber unit { code }
  awards { year decisionNumber decisionDate issuerName commendationKind revoked award { code } nomination { id } }
  nominations { id status } } }`;
const REGISTRY = `query ($filter: AwardRegistryFilterInput) { awardRegistry(first: 50, filter: $filter) { totalCount
  edges { node { year decisionNumber award { code } nominee { name } unit { code } issuerUnit { code } } } } }`;

type Input = DraftInput & { nominee?: Record<string, unknown>; nomineeId?: string };
const create = (input: Input, gql = xuanTang) => gql(CREATE, { input: draftInput(catalog, input) });
const created = async (input: Input) => okPayload(await create(input), 'createNomination');
const refusal = (res: any) => {
  const [error] = dataOf(res).createNomination.userErrors;
  return error as { code: string; field: string; message: string; messageVi: string };
};

/** A nomination of Phường Xuân Tăng for the province chair's Bằng khen, commended on 20/12/2024. */
async function commend(id: string) {
  const submitted = await submit(xuanTang, id);
  const atDecision = await decideCurrent(approver, await decideCurrent(reviewer, submitted, 'APPROVE'), 'APPROVE');
  const input = { taskId: atDecision.currentTask.id, decisionNumber: null, decisionDate: '2024-12-20' };
  return okPayload(await approver(COMMEND, { input }), 'issueCommendation').nomination;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
  reviewer = await as(platform, 'laocaicity.reviewer');
  approver = await as(platform, 'laocai.approver');
});
afterAll(() => platform?.stop());

describe('finding or making the nominee record', () => {
  it('a similar name with the same date of birth in the unit is a warning, and a new record', async () => {
    const first = await created({ nomineeName: 'Nguyễn Thị Ánh', nominee: { dateOfBirth: '1985-04-12' }, movementIndex: 3 });
    expect(first.warnings).toEqual([]);
    const second = await created({ nomineeName: 'Nguyen Thi Anh', nominee: { dateOfBirth: '1985-04-12' }, movementIndex: 4 });
    expect(second.nomination.nominee.id).not.toBe(first.nomination.nominee.id);
    expect(second.warnings).toEqual([
      expect.objectContaining({ nomineeId: first.nomination.nominee.id, name: 'Nguyễn Thị Ánh', dateOfBirth: '1985-04-12' }),
    ]);
    expect(second.warnings[0].messageVi).toContain('sinh ngày 12/04/1985');
    // Another date of birth is another person: no warning.
    const third = await created({ nomineeName: 'Nguyễn Thị Ánh', nominee: { dateOfBirth: '1990-01-01' }, movementIndex: 5 });
    expect(third.warnings).toEqual([]);
  });

  it('the same CCCD finds the same record; under another name it is refused', async () => {
    const cccd = '010085001234';
    const first = await created({ nomineeName: 'Trần Văn Bình', nominee: { identityNumber: cccd }, movementIndex: 3 });
    const again = await created({ nomineeName: 'Tran Van Binh', nominee: { identityNumber: cccd }, movementIndex: 4 });
    expect(again.nomination.nominee.id).toBe(first.nomination.nominee.id);
    expect(again.nomination.nominee.identityNumber).toBe(cccd);
    const other = refusal(await create({ nomineeName: 'Lê Thị Cúc', nominee: { identityNumber: cccd }, movementIndex: 5 }));
    expect(other).toMatchObject({ code: 'IDENTITY_NUMBER_TAKEN', field: 'nominee.identityNumber' });
    expect(other.messageVi).toContain('Trần Văn Bình');
    const short = refusal(await create({ nomineeName: 'Lê Thị Cúc', nominee: { identityNumber: '12345' }, movementIndex: 5 }));
    expect(short).toMatchObject({ code: 'INVALID_VALUE', field: 'nominee.identityNumber' });
  });

  it('personal data is read by the units that handle the nominee only', async () => {
    const { nomination } = await created({ nomineeName: 'Phạm Thị Dung', nominee: { dateOfBirth: '1979-09-02', identityNumber: '010179004321' }, movementIndex: 3 });
    const byProvince = dataOf(await approver(NOMINEE, { id: nomination.nominee.id })).nominee;
    expect(byProvince).toMatchObject({ dateOfBirth: '1979-09-02', identityNumber: '010179004321', unit: { code: '02656' } });
    const nghean = await as(platform, 'nghean.approver');
    const res = await nghean(NOMINEE, { id: nomination.nominee.id });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0].extensions!.messageVi).toContain('không quản lý đối tượng này');
  });
});

describe('one achievement, one award', () => {
  it('the same nominee is not proposed twice for a form in the period and movement; a withdrawn one frees it', async () => {
    const first = await created({ nomineeName: 'Hoàng Văn Em', movementIndex: 3 });
    const nomineeId = first.nomination.nominee.id;
    const twice = refusal(await create({ nomineeId, nomineeName: 'Hoàng Văn Em', movementIndex: 3, awardCode: 'GIAY_KHEN_CHU_TICH_XA' }));
    expect(twice).toMatchObject({ code: 'NOMINEE_ALREADY_PROPOSED', field: 'nomineeId' });
    expect(twice.messageVi).toContain(first.nomination.id);
    expect(twice.messageVi).toContain('Bằng khen của Chủ tịch UBND tỉnh');
    okPayload(await xuanTang(WITHDRAW, { id: first.nomination.id, reason: 'Đề nghị hình thức khác.' }), 'withdrawNomination');
    const after = await created({ nomineeId, nomineeName: 'Hoàng Văn Em', movementIndex: 3, awardCode: 'GIAY_KHEN_CHU_TICH_XA' });
    expect(after.nomination.nominee.id).toBe(nomineeId);
  });

  it('a commended achievement enters the registry and is not proposed again', async () => {
    const { nomination } = await created({ nomineeName: 'Vũ Thị Giang', nominee: { dateOfBirth: '1988-03-08' }, movementIndex: 3 });
    const commended = await commend(nomination.id);
    expect(commended.status).toBe('COMMENDED');
    const nominee = dataOf(await xuanTang(NOMINEE, { id: nomination.nominee.id })).nominee;
    expect(nominee.awards).toEqual([
      expect.objectContaining({
        year: 2024,
        decisionNumber: commended.decisionNumber,
        decisionDate: '2024-12-20',
        issuerName: 'Chủ tịch UBND tỉnh Lào Cai',
        commendationKind: 'CHUYEN_DE',
        revoked: false,
        award: { code: 'BANG_KHEN_CHU_TICH_TINH' },
        nomination: { id: nomination.id },
      }),
    ]);
    const again = refusal(await create({ nomineeId: nominee.id, nomineeName: 'Vũ Thị Giang', movementIndex: 3, awardCode: 'GIAY_KHEN_CHU_TICH_XA' }));
    expect(again).toMatchObject({ code: 'AWARD_ALREADY_RECEIVED', field: 'nomineeId' });
    expect(again.messageVi).toContain(`Quyết định số ${commended.decisionNumber} ngày 20/12/2024`);
    // Another movement is another achievement.
    const other = await created({ nomineeId: nominee.id, nomineeName: 'Vũ Thị Giang', movementIndex: 4, awardCode: 'GIAY_KHEN_CHU_TICH_XA' });
    expect(other.nomination.status).toBe('DRAFT');
  });
});

describe('the award registry', () => {
  it("lists a unit's awards by year and award, to the units above it, not to another province", async () => {
    const { nomination } = await created({ nomineeName: 'Đỗ Văn Hùng', movementIndex: 5 });
    const commended = await commend(nomination.id);
    const filter = { unitId: catalog.unitIds['02656'], year: 2024, awardCode: 'BANG_KHEN_CHU_TICH_TINH' };
    const byCommune = dataOf(await xuanTang(REGISTRY, { filter })).awardRegistry;
    expect(byCommune.edges.map((e: any) => e.node)).toContainEqual({
      year: 2024,
      decisionNumber: commended.decisionNumber,
      award: { code: 'BANG_KHEN_CHU_TICH_TINH' },
      nominee: { name: 'Đỗ Văn Hùng' },
      unit: { code: '02656' },
      issuerUnit: { code: '10' },
    });
    const byProvince = dataOf(await approver(REGISTRY, { filter })).awardRegistry;
    expect(byProvince.totalCount).toBe(byCommune.totalCount);
    const stored = await platform.db.orm.em.fork().count(AwardRecord, { unit: catalog.unitIds['02656'], year: 2024 });
    expect(byCommune.totalCount).toBe(stored);
    expect(dataOf(await xuanTang(REGISTRY, { filter: { ...filter, year: 2023 } })).awardRegistry.totalCount).toBe(0);
    const nghean = await as(platform, 'nghean.approver');
    expect(dataOf(await nghean(REGISTRY, { filter: { year: 2024 } })).awardRegistry.totalCount).toBe(0);
  });
});
