import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DriftKind, NominationStatus } from '../../domain/enums';
import { DRIFT_KIND_LABELS } from '../../domain/messages/labels';
import { BaseEntity } from './base';
import { Nomination } from './nomination.entity';

/**
 * What the periodic reconciliation found: an open nomination whose database state and pipeline
 * workflow disagree. One row per nomination, from the first run that saw it (`createdAt`) to the
 * first run that no longer does (the row is then deleted).
 */
@ObjectType({ description: 'An open nomination whose database state and pipeline workflow disagree.' })
@Entity({ tableName: 'pipeline_drift' })
export class PipelineDrift extends BaseEntity {
  @Field(() => Nomination)
  @ManyToOne(() => Nomination, { unique: true, deleteRule: 'cascade' })
  nomination!: Rel<Nomination>;

  @Field(() => DriftKind)
  @Enum({ items: () => DriftKind, nativeEnumName: 'drift_kind' })
  kind!: DriftKind;

  @Field({ description: 'What was found, in Vietnamese, for the administrators.' })
  get summaryVi(): string {
    return DRIFT_KIND_LABELS[this.kind].vi;
  }

  @Field({ description: 'The details (statuses, stages, task ids), in English, for the operators.' })
  @Property({ type: 'text' })
  detail!: string;

  @Field(() => NominationStatus, { description: "The nomination's status in the database." })
  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  databaseStatus!: NominationStatus;

  @Field(() => String, { nullable: true, description: 'RUNNING, COMPLETED, FAILED, TERMINATED…; null: no workflow.' })
  @Property({ type: 'string', length: 30, nullable: true })
  workflowExecution!: string | null;

  @Field(() => String, { nullable: true, description: "The workflow's own status, when it answered." })
  @Property({ type: 'string', length: 30, nullable: true })
  workflowStatus!: string | null;

  @Field({ description: 'The last reconciliation that saw it.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  checkedAt!: Date;
}
