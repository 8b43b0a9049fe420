import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { CommendationKind, Gender, NominationStatus, NomineeKind } from '../../domain/enums';
import type { DeclaredAward } from '../../domain/nominee-records';
import type { RoutingPolicy } from '../../domain/routing';
import { AdminUnit } from './admin-unit.entity';
import { AwardType } from './award-type.entity';
import { BaseEntity } from './base';
import { Movement } from './movement.entity';
import { Nominee } from './nominee.entity';
import { Period } from './period.entity';
import { User } from './user.entity';

@ObjectType({ description: 'Hồ sơ đề nghị: one nominee proposed for an award by a commune.' })
@Entity({ tableName: 'nomination' })
@Index({ properties: ['status', 'createdAt'] })
// Lists are newest first by (created_at, id): overall, in a commune, in a period.
@Index({
  name: 'nomination_created_at_id_index',
  expression: `create index "nomination_created_at_id_index" on "nomination" ("created_at" desc, "id" desc)`,
})
@Index({
  name: 'nomination_unit_id_created_at_index',
  expression: `create index "nomination_unit_id_created_at_index" on "nomination" ("unit_id", "created_at" desc, "id" desc)`,
})
@Index({
  name: 'nomination_period_id_created_at_index',
  expression: `create index "nomination_period_id_created_at_index" on "nomination" ("period_id", "created_at" desc, "id" desc)`,
})
@Index({ properties: ['nominee'] })
export class Nomination extends BaseEntity<
  'updatedAt' | 'status' | 'round' | 'version' | 'stageIndex' | 'priorAwardCodes' | 'declaredAwards'
> {
  @ManyToOne(() => Period)
  period!: Rel<Period>;

  @ManyToOne(() => Movement)
  movement!: Rel<Movement>;

  /** The nominating commune now: a merger re-homes in-flight nominations to the successor. */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  /** The commune that created it, kept whatever reforms follow. */
  @ManyToOne(() => AdminUnit)
  originalUnit!: Rel<AdminUnit>;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  /** The nominee's record; the name and facts below are what this nomination says of it. */
  @ManyToOne(() => Nominee)
  nominee!: Rel<Nominee>;

  @Field(() => NomineeKind)
  @Enum({ items: () => NomineeKind, nativeEnumName: 'nominee_kind' })
  nomineeKind!: NomineeKind;

  @Field(() => CommendationKind, { description: 'Công trạng, chuyên đề, đột xuất …: what the award is for.' })
  @Enum({ items: () => CommendationKind, nativeEnumName: 'commendation_kind' })
  commendationKind!: CommendationKind;

  @Field()
  @Property({ type: 'string', length: 200 })
  nomineeName!: string;

  @Field({ description: 'Báo cáo thành tích: the achievements that justify the award.' })
  @Property({ type: 'text' })
  achievements!: string;

  @ManyToOne(() => AwardType)
  award!: Rel<AwardType>;

  @Field(() => Gender, { nullable: true, description: 'Individuals: gender (ties favour women).' })
  @Enum({ items: () => Gender, nativeEnumName: 'gender', nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Individuals: position (chức vụ).' })
  @Property({ type: 'string', length: 200, nullable: true })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Individuals: workplace (đơn vị công tác).' })
  @Property({ type: 'string', length: 200, nullable: true })
  workplace?: string | null;

  @Field(() => Int, { nullable: true, description: 'Collectives: number of members.' })
  @Property({ type: 'integer', nullable: true })
  memberCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Collectives: number of women members.' })
  @Property({ type: 'integer', nullable: true })
  femaleMemberCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Households: head of household (chủ hộ).' })
  @Property({ type: 'string', length: 200, nullable: true })
  householdHead?: string | null;

  @Field(() => [String], {
    description: 'Codes of awards the nominee declares, without a year (declared, not verified).',
  })
  @Property({ type: 'json' })
  priorAwardCodes: string[] = [];

  /** Prior awards the commune declares with their year, for those the registry does not hold. */
  @Property({ type: 'json' })
  declaredAwards: DeclaredAward[] = [];

  @Field(() => NominationStatus)
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  status: NominationStatus = NominationStatus.DRAFT;

  /** Position in the routing policy's stages; meaningful once submitted. */
  @Property({ type: 'integer' })
  stageIndex: number = 0;

  @Field(() => String, { nullable: true, description: 'Why it is suspended, while it is.' })
  @Property({ type: 'text', nullable: true })
  suspensionReason?: string | null;

  /** The status to go back to when resumed. */
  @Property({ type: 'string', length: 20, nullable: true })
  statusBeforeSuspension?: NominationStatus | null;

  @Field(() => String, { nullable: true, description: 'Key of the stage now reviewing it.' })
  @Property({ type: 'string', length: 50, nullable: true })
  currentStageKey?: string | null;

  @Field(() => Int, { description: 'Review round: 1, then +1 after each return and resubmission.' })
  @Property({ type: 'integer' })
  round: number = 1;

  /** Snapshot of the policy taken at submission, so later policy edits do not move it. */
  @Property({ type: 'json', nullable: true })
  routingPolicy?: RoutingPolicy | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Số quyết định, e.g. "123/QĐ-UBND".' })
  @Property({ type: 'string', length: 50, nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Số hiệu bằng khen / giấy khen.' })
  @Property({ type: 'string', length: 60, nullable: true })
  certificateNumber?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "While returned: the commune's deadline to resubmit, after which it expires.",
  })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revisionDueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Ngày quyết định (YYYY-MM-DD).' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  decisionDate?: string | null;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version; send it back with updateNomination.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
