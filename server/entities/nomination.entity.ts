import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NominationStatus, NomineeKind } from '../../domain/enums';
import type { RoutingPolicy } from '../../domain/routing';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { Movement } from './movement.entity';
import { Period } from './period.entity';
import { User } from './user.entity';

@ObjectType({ description: 'Hồ sơ đề nghị: one nominee proposed for an award by a commune.' })
@Entity({ tableName: 'nomination' })
@Index({ properties: ['status', 'createdAt'] })
export class Nomination extends BaseEntity<'updatedAt' | 'status' | 'round' | 'version' | 'stageIndex'> {
  @ManyToOne(() => Period)
  period!: Rel<Period>;

  @ManyToOne(() => Movement)
  movement!: Rel<Movement>;

  /** The submitting commune (or any unit whose officer nominates). */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => NomineeKind)
  @Enum({ items: () => NomineeKind, nativeEnumName: 'nominee_kind' })
  nomineeKind!: NomineeKind;

  @Field()
  @Property({ type: 'string', length: 200 })
  nomineeName!: string;

  @Field({ description: 'Báo cáo thành tích: the achievements that justify the award.' })
  @Property({ type: 'text' })
  achievements!: string;

  @Field({ description: 'Hình thức khen thưởng proposed, e.g. "Giấy khen".' })
  @Property({ type: 'string', length: 200 })
  proposedAward!: string;

  @Field(() => NominationStatus)
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  status: NominationStatus = NominationStatus.DRAFT;

  /** Position in the routing policy's stages; meaningful once submitted. */
  @Property({ type: 'integer' })
  stageIndex: number = 0;

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
