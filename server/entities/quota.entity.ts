import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { AdminLevel, NomineeKind, PeriodKind } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { Campaign } from './campaign.entity';
import { Movement } from './movement.entity';

/**
 * Chỉ tiêu: at most `maxCount` per movement × period kind × nominee kind. With neither unit nor
 * unitLevel it bounds the campaign's decision; with unitLevel it bounds what each unit of that
 * level may forward; with unit, what that one unit may forward.
 */
@ObjectType({ description: 'A quota of awards or forwarded nominations.' })
@Entity({ tableName: 'quota' })
export class Quota extends BaseEntity {
  @ManyToOne(() => Campaign)
  campaign!: Rel<Campaign>;

  @ManyToOne(() => Movement)
  movement!: Rel<Movement>;

  @Field(() => PeriodKind)
  @Enum({ items: () => PeriodKind, nativeEnumName: 'period_kind' })
  periodKind!: PeriodKind;

  @Field(() => NomineeKind)
  @Enum({ items: () => NomineeKind, nativeEnumName: 'nominee_kind' })
  nomineeKind!: NomineeKind;

  @Field(() => AdminLevel, { nullable: true, description: 'Each unit of this level may forward at most maxCount.' })
  @Enum({ items: () => AdminLevel, nativeEnumName: 'admin_level', nullable: true })
  unitLevel?: AdminLevel | null;

  @ManyToOne(() => AdminUnit, { nullable: true })
  unit?: Rel<AdminUnit> | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxCount!: number;
}
