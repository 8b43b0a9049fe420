import { AuditAction, AwardRecordSource, Role } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { AwardRecord } from '../../server/entities/award-record.entity';
import { auditEvents, codeOf } from '../support/access-fixtures';
import { addUser, as, COMMEND, createDraft, dataOf, decideCurrent, loadCatalog, okPayload, submit, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Revoking an award (Law 06/2022 art. 93 cl. 2): only the issuing level itself cancels it, with a ground,
 * a reason and a legal basis; the register row keeps the award, marked revoked, with its certificate and
 * bonus due for recovery; the nomination's trail and its unit's officers hear of it; it happens once.
 */
let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;
let reviewer: Gql;
let approver: Gql;

const ERRORS = 'userErrors { code field message messageVi }';
const RECORD_FIELDS = 'id decisionNumber revokedAt revocationGround revocationReason revocationBasis certificateRecovery bonusRecovery';
const REVOKE = `mutation ($input: RevokeAwardInput!) { revokeAward(input: $input) { awardRecord { ${RECORD_FIELDS} } ${ERRORS} } }`;
const RECOVER = `mutation ($input: RecordAwardRecoveryInput!) { recordAwardRecovery(input: $input) { awardRecord { ${RECORD_FIELDS} } ${ERRORS} } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind titleVi bodyVi titleEn nomination { id } } } } }`;
const NOMINATION = `query ($id: ID!) { nomination(id: $id) { id status revokedAt } }`;

const REASON = 'Giấy xác nhận hộ thoát nghèo trong hồ sơ bị làm giả.';
const BASIS = 'Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2 điểm b; Quyết định số 15/QĐ-UBND ngày 01/12/2026.';
const revoke = (gql: Gql, awardRecordId: string, input: Record<string, unknown> = {}) =>
  gql(REVOKE, { input: { awardRecordId, ground: 'FORGED_DOSSIER', reason: REASON, legalBasis: BASIS, ...input } });
const errorsOf = (res: any, field: string) => dataOf(res)[field].userErrors.map((e: { code: string; field: string | null }) => [e.code, e.field]);

/** A nomination of Phường Xuân Tăng commended by the Lào Cai province chair; answers it with its register row. */
async function commended(name: string) {
  const submitted = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: name })).id);
  const atDecision = await decideCurrent(approver, await decideCurrent(reviewer, submitted, 'APPROVE'), 'APPROVE');
  const input = { taskId: atDecision.currentTask.id, decisionNumber: null, decisionDate: '2024-12-20' };
  const nomination = okPayload(await approver(COMMEND, { input }), 'issueCommendation').nomination;
  expect(nomination.status).toBe('COMMENDED');
  const record = await platform.db.orm.em.fork().findOneOrFail(AwardRecord, { nomination: nomination.id });
  return { nomination, recordId: record.id };
}

async function storedRecord(id: string) {
  return platform.db.orm.em.fork().findOneOrFail(AwardRecord, id, { populate: ['revokedBy'] });
}

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
  reviewer = await as(platform, 'laocaicity.reviewer');
  approver = await as(platform, 'laocai.approver');
  await addUser(platform, 'laocaicity.approver', Role.APPROVER, '080');
});
afterAll(() => platform?.stop());

describe('revoking a commended nomination’s award', () => {
  let nomination: any;
  let recordId: string;

  beforeAll(async () => {
    ({ nomination, recordId } = await commended('Hộ ông Giàng A Páo'));
    // The bonus paid with the Bằng khen (1.0 × base salary), so there is money to recover.
    await platform.db.orm.em.getConnection().execute(`update award_record set bonus_amount = 2340000 where id = ?`, [recordId]);
  });

  it.each([
    ['the nominating commune', 'xuantang.submitter'],
    ['a district approver below the issuer', 'laocaicity.approver'],
    ['another province’s approver', 'nghean.approver'],
  ])('is refused to %s, in both languages, and changes nothing', async (_who, username) => {
    const res = await revoke(await as(platform, username), recordId);
    expect(codeOf(res)).toBe('FORBIDDEN');
    const [error] = res.errors!;
    expect(error.extensions!.messageVi).toContain('Chủ tịch UBND tỉnh Lào Cai');
    expect(error.extensions!.messageVi).not.toBe(error.message);
    expect((await storedRecord(recordId)).revokedAt).toBeNull();
  });

  it('needs a reason and a legal basis', async () => {
    expect(errorsOf(await revoke(approver, recordId, { reason: '   ' }), 'revokeAward')).toEqual([['REASON_REQUIRED', 'reason']]);
    expect(errorsOf(await revoke(approver, recordId, { legalBasis: '' }), 'revokeAward')).toEqual([['REQUIRED', 'legalBasis']]);
    const long = await revoke(approver, recordId, { reason: 'x'.repeat(2001) });
    expect(errorsOf(long, 'revokeAward')).toEqual([['TEXT_TOO_LONG', 'reason']]);
    expect((await storedRecord(recordId)).revokedAt).toBeNull();
  });

  it('the issuing level revokes it: the register row is marked, certificate and bonus are due back', async () => {
    const before = Date.now();
    const record = okPayload(await revoke(approver, recordId, { reason: `  ${REASON}  ` }), 'revokeAward').awardRecord;
    expect(record).toMatchObject({
      id: recordId,
      revocationGround: 'FORGED_DOSSIER',
      revocationReason: REASON,
      revocationBasis: BASIS,
      certificateRecovery: 'PENDING',
      bonusRecovery: 'PENDING',
    });
    expect(Date.parse(record.revokedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await storedRecord(recordId)).revokedBy?.username).toBe('laocai.approver');
    // The nomination stays commended in its history; a portal listing it sees the revocation.
    expect(dataOf(await xuanTang(NOMINATION, { id: nomination.id })).nomination).toEqual({
      id: nomination.id,
      status: 'COMMENDED',
      revokedAt: record.revokedAt,
    });
  });

  it('the nomination’s audit trail shows who revoked it, why, and what became due', async () => {
    const events = await auditEvents(xuanTang, { nominationId: nomination.id });
    const revoked = events.find((e: any) => e.action === 'AWARD_REVOKED');
    expect(revoked).toMatchObject({
      actor: { username: 'laocai.approver' },
      actorRole: 'APPROVER',
      unit: { code: '10' },
      entityType: 'AwardRecord',
      entityId: recordId,
      before: { revokedAt: null, certificateRecovery: 'NONE', bonusRecovery: 'NONE' },
      after: { ground: 'FORGED_DOSSIER', certificateRecovery: 'PENDING', bonusRecovery: 'PENDING' },
    });
    expect(revoked.comment).toContain(REASON);
  });

  it('the nominating unit’s submitter is told, in Vietnamese with dd/mm/yyyy dates', async () => {
    const notices = dataOf(await xuanTang(NOTIFICATIONS)).notifications.edges.map((e: any) => e.node);
    const notice = notices.find((n: any) => n.titleVi.startsWith('Khen thưởng bị hủy bỏ'));
    expect(notice).toMatchObject({ kind: 'DECISION', titleVi: 'Khen thưởng bị hủy bỏ: Hộ ông Giàng A Páo', nomination: { id: nomination.id } });
    expect(notice.bodyVi).toContain(`Quyết định ${nomination.decisionNumber} ngày 20/12/2024`);
    expect(notice.bodyVi).toContain('làm giả hồ sơ');
    expect(notice.bodyVi).toContain('thu hồi hiện vật khen thưởng và tiền thưởng');
    expect(notice.bodyVi).toMatch(/hủy bỏ ngày \d{2}\/\d{2}\/\d{4}/);
  });

  it('cannot be revoked a second time', async () => {
    const again = await revoke(approver, recordId, { ground: 'LATER_FINDING' });
    expect(errorsOf(again, 'revokeAward')).toEqual([['AWARD_REVOKED', null]]);
    expect(dataOf(again).revokeAward.userErrors[0].messageVi).toMatch(/đã bị hủy bỏ ngày \d{2}\/\d{2}\/\d{4}/);
    expect((await storedRecord(recordId)).revocationGround).toBe('FORGED_DOSSIER');
    const count = await platform.db.orm.em.fork().count(AuditEvent, { entityId: recordId, action: AuditAction.AWARD_REVOKED });
    expect(count).toBe(1);
  });

  it('the issuing level records the certificate, then the bonus, as recovered', async () => {
    expect(codeOf(await xuanTang(RECOVER, { input: { awardRecordId: recordId, certificate: true } }))).toBe('FORBIDDEN');
    expect(errorsOf(await approver(RECOVER, { input: { awardRecordId: recordId } }), 'recordAwardRecovery')).toEqual([['INVALID_VALUE', 'certificate']]);
    const first = okPayload(await approver(RECOVER, { input: { awardRecordId: recordId, certificate: true } }), 'recordAwardRecovery');
    expect(first.awardRecord).toMatchObject({ certificateRecovery: 'RECOVERED', bonusRecovery: 'PENDING' });
    const both = okPayload(await approver(RECOVER, { input: { awardRecordId: recordId, certificate: true, bonus: true } }), 'recordAwardRecovery');
    expect(both.awardRecord).toMatchObject({ certificateRecovery: 'RECOVERED', bonusRecovery: 'RECOVERED' });
    const events = (await auditEvents(xuanTang, { nominationId: nomination.id })).filter((e: any) => e.action === 'RECOVERY_RECORDED');
    expect(events.map((e: any) => e.after)).toEqual([
      { certificateRecovery: 'RECOVERED', bonusRecovery: 'RECOVERED' },
      { certificateRecovery: 'RECOVERED', bonusRecovery: 'PENDING' },
    ]);
  });
});

describe('other register rows', () => {
  it('an award not revoked has nothing to recover; one without a bonus has only its certificate due', async () => {
    const { nomination, recordId } = await commended('Hộ bà Thào Thị Mai');
    // The decision pays the Bằng khen's bonus; this line stands for one that paid none (as some imported rows).
    expect((await storedRecord(recordId)).bonusAmount).toBeGreaterThan(0);
    await platform.db.orm.em.getConnection().execute(`update award_record set bonus_amount = null where id = ?`, [recordId]);
    const early = await approver(RECOVER, { input: { awardRecordId: recordId, certificate: true } });
    expect(errorsOf(early, 'recordAwardRecovery')).toEqual([['INVALID_STATE', 'awardRecordId']]);
    expect(dataOf(await xuanTang(NOMINATION, { id: nomination.id })).nomination.revokedAt).toBeNull();
    const record = okPayload(await revoke(approver, recordId, { ground: 'LATER_FINDING' }), 'revokeAward').awardRecord;
    expect(record).toMatchObject({ certificateRecovery: 'PENDING', bonusRecovery: 'NONE' });
    const bonus = await approver(RECOVER, { input: { awardRecordId: recordId, bonus: true } });
    expect(errorsOf(bonus, 'recordAwardRecovery')).toEqual([['INVALID_STATE', 'bonus']]);
  });

  it('an imported row (no nomination) is revoked the same way, once when two try at once, its event kept against the row', async () => {
    const em = platform.db.orm.em.fork();
    const source = await em.findOneOrFail(AwardRecord, { source: AwardRecordSource.PLATFORM }, { orderBy: { createdAt: 'asc' } });
    const imported = em.create(AwardRecord, {
      nominee: source.nominee,
      award: source.award,
      year: 2022,
      commendationKind: source.commendationKind,
      decisionNumber: '88/QĐ-UBND',
      decisionDate: '2022-12-15',
      issuerUnit: source.issuerUnit,
      issuerName: source.issuerName,
      unit: source.unit,
      source: AwardRecordSource.IMPORTED,
      importKey: 'revocation-test-imported-row',
      bonusAmount: 1490000,
    });
    await em.flush();
    expect(codeOf(await revoke(await as(platform, 'nghean.approver'), imported.id))).toBe('FORBIDDEN');
    // Two officers at once: the row lock lets one revoke; the other then finds it revoked.
    const both = await Promise.all(
      ['FALSE_DECLARATION', 'UNLAWFUL_APPRAISAL'].map((ground) => revoke(approver, imported.id, { ground })),
    );
    const outcomes = both.map((res) => dataOf(res).revokeAward.userErrors.map((e: { code: string }) => e.code)).sort();
    expect(outcomes).toEqual([[], ['AWARD_REVOKED']]);
    const record = both.map((res) => dataOf(res).revokeAward.awardRecord).find(Boolean);
    expect(record).toMatchObject({ certificateRecovery: 'PENDING', bonusRecovery: 'PENDING' });
    const events = await platform.db.orm.em.fork().find(AuditEvent, { entityId: imported.id, action: AuditAction.AWARD_REVOKED });
    expect(events.map((e) => [e.nomination, e.entityType, (e.after as { ground: string }).ground])).toEqual([
      [null, 'AwardRecord', record.revocationGround],
    ]);
  });

  it('an unknown record is NOT_FOUND', async () => {
    const res = await revoke(approver, '00000000-0000-4000-8000-000000000000');
    expect(errorsOf(res, 'revokeAward')).toEqual([['NOT_FOUND', 'awardRecordId']]);
  });
});
