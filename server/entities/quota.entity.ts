import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { AdminLevel, NomineeKind, PeriodKind } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { AwardType } from './award-type.entity';
import { Campaign } from './campaign.entity';
import { Movement } from './movement.entity';

/**
 * Chỉ tiêu: at most `maxCount` per movement × period kind × nominee kind, in one of two scopes.
 * A decision quota belongs to a deciding unit and an award form (DOMAIN-RULES: the Tịnh Biên figures
 * are the district chair's own Giấy khen): `decidingUnit` for one unit, `decidingLevel` for each
 * deciding unit of that level. A forwarding cap bounds what a unit sends upward: `unit` for one
 * unit, `unitLevel` for each unit of that level (`award` optional there). Exactly one scope is set.
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

  /** The award form the quota bounds; required for a decision quota. */
  @ManyToOne(() => AwardType, { nullable: true })
  award?: Rel<AwardType> | null;

  @Field(() => AdminLevel, {
    nullable: true,
    description: 'Each deciding unit of this level may award at most maxCount.',
  })
  @Enum({ items: () => AdminLevel, nativeEnumName: 'admin_level', nullable: true })
  decidingLevel?: AdminLevel | null;

  /** The one deciding unit whose decisions the quota bounds. */
  @ManyToOne(() => AdminUnit, { nullable: true })
  decidingUnit?: Rel<AdminUnit> | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxCount!: number;
}
