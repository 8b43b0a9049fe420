import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditAction, Role } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { Nomination } from './nomination.entity';
import { User } from './user.entity';

/**
 * Append-only record of who did what, when, in which role and unit, and why. The key makes the
 * workflow's retried activities write each event once.
 */
@ObjectType({ description: 'One attributable action on a nomination.' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['nomination', 'occurredAt', 'id'] })
@Index({ properties: ['occurredAt'] })
export class AuditEvent extends BaseEntity<'occurredAt'> {
  @Property({ type: 'string', length: 200, unique: true })
  idempotencyKey!: string;

  @ManyToOne(() => Nomination, { nullable: true })
  nomination?: Rel<Nomination> | null;

  @ManyToOne(() => User, { nullable: true })
  actor?: Rel<User> | null;

  /** The role holder an acting official signed for (ký thay). */
  @ManyToOne(() => User, { nullable: true })
  onBehalfOf?: Rel<User> | null;

  @Field(() => String, { nullable: true, description: 'For changes outside nominations: what kind of record.' })
  @Property({ type: 'string', length: 50, nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  entityId?: string | null;

  @Field(() => Role, { nullable: true })
  @Enum({ items: () => Role, nativeEnumName: 'role', nullable: true })
  actorRole?: Role | null;

  @ManyToOne(() => AdminUnit, { nullable: true })
  unit?: Rel<AdminUnit> | null;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz' })
  occurredAt: Date = new Date();
}
