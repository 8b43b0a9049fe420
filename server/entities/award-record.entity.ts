import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AwardRecordSource, CommendationKind, RecoveryStatus, RevocationGround } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { AwardType } from './award-type.entity';
import { BaseEntity } from './base';
import { Movement } from './movement.entity';
import { Nomination } from './nomination.entity';
import { Nominee } from './nominee.entity';
import { Period } from './period.entity';
import { User } from './user.entity';

/**
 * One line of the register of awards (sổ theo dõi khen thưởng): who received what, when, by which
 * decision. Entered when a nomination is commended, or imported from the register kept before.
 */
@ObjectType({ description: 'Sổ theo dõi khen thưởng: one award a nominee received.' })
@Entity({ tableName: 'award_record' })
@Index({ properties: ['nominee', 'year'] })
@Index({ properties: ['unit', 'year'] })
export class AwardRecord extends BaseEntity<'source' | 'certificateRecovery' | 'bonusRecovery'> {
  @ManyToOne(() => Nominee)
  nominee!: Rel<Nominee>;

  @ManyToOne(() => AwardType)
  award!: Rel<AwardType>;

  @Field(() => Int, { description: 'The year of the achievement the award is for.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => CommendationKind)
  @Enum({ items: () => CommendationKind, nativeEnumName: 'commendation_kind' })
  commendationKind!: CommendationKind;

  @Field({ description: 'Số quyết định, e.g. "07/QĐ-UBND".' })
  @Property({ type: 'string', length: 50 })
  decisionNumber!: string;

  @Field({ description: 'Ngày quyết định (YYYY-MM-DD).' })
  @Property({ type: 'string', columnType: 'date' })
  decisionDate!: string;

  /** The unit whose chair or head signed; null for an imported row whose issuer is outside the tree. */
  @ManyToOne(() => AdminUnit, { nullable: true })
  issuerUnit?: Rel<AdminUnit> | null;

  @Field({ description: 'Who signed, as written on the decision, e.g. "Chủ tịch UBND tỉnh Lào Cai".' })
  @Property({ type: 'string', length: 200 })
  issuerName!: string;

  /** The unit that proposed it: the registry of a unit lists these. */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @ManyToOne(() => Movement, { nullable: true })
  movement?: Rel<Movement> | null;

  @Field(() => String, { nullable: true, description: 'The movement or campaign, as written.' })
  @Property({ type: 'string', length: 300, nullable: true })
  movementName?: string | null;

  @ManyToOne(() => Period, { nullable: true })
  period?: Rel<Period> | null;

  @OneToOne(() => Nomination, { nullable: true, owner: true, unique: true })
  nomination?: Rel<Nomination> | null;

  @Field(() => String, { nullable: true, description: 'Số vào sổ of the certificate.' })
  @Property({ type: 'string', length: 60, nullable: true })
  certificateNumber?: string | null;

  @Field(() => AwardRecordSource)
  @Enum({ items: () => AwardRecordSource, nativeEnumName: 'award_record_source' })
  source: AwardRecordSource = AwardRecordSource.PLATFORM;

  /** Imported rows: a key of the source row, so a re-import changes nothing. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  importKey?: string | null;

  @Field(() => Float, { nullable: true, description: 'Hệ số tiền thưởng (× mức lương cơ sở).' })
  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true, runtimeType: 'number' })
  bonusCoefficient?: number | null;

  @Field(() => Float, { nullable: true, description: 'Mức lương cơ sở on the decision date (đồng).' })
  @Property({ type: 'integer', nullable: true })
  baseSalary?: number | null;

  @Field(() => Float, { nullable: true, description: 'Tiền thưởng (đồng).' })
  @Property({ type: 'integer', nullable: true })
  bonusAmount?: number | null;

  @Field(() => Date, { nullable: true, description: 'When the award was revoked (thu hồi, hủy bỏ).' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  revokedBy?: Rel<User> | null;

  @Field(() => RevocationGround, { nullable: true })
  @Enum({ items: () => RevocationGround, nativeEnumName: 'revocation_ground', nullable: true })
  revocationGround?: RevocationGround | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal basis and the revoking decision.' })
  @Property({ type: 'text', nullable: true })
  revocationBasis?: string | null;

  @Field(() => RecoveryStatus, { description: 'Recovery of the certificate (hiện vật) after a revocation.' })
  @Enum({ items: () => RecoveryStatus, nativeEnumName: 'recovery_status' })
  certificateRecovery: RecoveryStatus = RecoveryStatus.NONE;

  @Field(() => RecoveryStatus, { description: 'Recovery of the bonus (tiền thưởng) after a revocation.' })
  @Enum({ items: () => RecoveryStatus, nativeEnumName: 'recovery_status' })
  bonusRecovery: RecoveryStatus = RecoveryStatus.NONE;
}
