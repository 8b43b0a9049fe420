import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { SuccessionKind } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

/** A line of the official merge mapping: which unit of the new list took over (part of) an old one. */
@ObjectType({ description: 'An old unit and a unit that succeeded it in a reform.' })
@Entity({ tableName: 'unit_succession' })
@Unique({ properties: ['predecessor', 'successor'] })
export class UnitSuccession extends BaseEntity {
  @ManyToOne(() => AdminUnit)
  predecessor!: Rel<AdminUnit>;

  @ManyToOne(() => AdminUnit)
  successor!: Rel<AdminUnit>;

  @Field(() => SuccessionKind)
  @Enum({ items: () => SuccessionKind, nativeEnumName: 'succession_kind' })
  kind!: SuccessionKind;

  @Field({ description: 'Day (YYYY-MM-DD) the successor took over.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveOn!: string;
}
