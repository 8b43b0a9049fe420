import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

/** The running number of a unit's commendation decisions in a year: "N/QĐ-UBND". */
@Entity({ tableName: 'decision_sequence' })
@Unique({ properties: ['unit', 'year'] })
export class DecisionSequence extends BaseEntity {
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
