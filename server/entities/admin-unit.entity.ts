import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { AdminLevel, UnitKind } from '../../domain/enums';
import { BaseEntity } from './base';

/** Province, district or commune. A code may recur across list versions, hence validFrom in the key. */
@ObjectType({ description: 'An administrative unit (tỉnh, huyện, xã) or a nominating organisation attached to one.' })
@Entity({ tableName: 'admin_unit' })
@Unique({ properties: ['code', 'validFrom'] })
// Subtree checks are prefix matches: pattern ops serve `like '/…/%'` in any collation.
@Index({
  name: 'admin_unit_path_index',
  expression: 'create index "admin_unit_path_index" on "admin_unit" ("path" varchar_pattern_ops)',
})
export class AdminUnit extends BaseEntity<'kind'> {
  @Field({ description: 'GSO code, e.g. "02656" for Phường Xuân Tăng.' })
  @Property({ type: 'string', length: 10 })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: 'Kind as written in the official list: Tỉnh, Thành phố, Huyện, Xã, Phường…' })
  @Property({ type: 'string', length: 50 })
  type!: string;

  @Field(() => AdminLevel)
  @Enum({ items: () => AdminLevel, nativeEnumName: 'admin_level' })
  level!: AdminLevel;

  @Field(() => UnitKind, { description: 'An administrative unit, or a nominating organisation attached to one.' })
  @Enum({ items: () => UnitKind, nativeEnumName: 'unit_kind' })
  kind: UnitKind = UnitKind.ADMINISTRATIVE;

  @ManyToOne(() => AdminUnit, { nullable: true })
  parent?: Rel<AdminUnit>;

  /** Ids from the root down, e.g. "/<province>/<district>/<commune>/": subtree checks are prefix matches. */
  @Property({ type: 'string', length: 200 })
  path!: string;

  @Field({ description: 'First day (YYYY-MM-DD) of the list version this unit belongs to.' })
  @Property({ type: 'string', columnType: 'date' })
  validFrom!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  validTo?: string | null;
}
