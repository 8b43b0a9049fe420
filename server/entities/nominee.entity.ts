import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Gender, NomineeKind } from '../../domain/enums';
import type { NomineePosition, NomineeYear } from '../../domain/nominee-records';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

/**
 * Who is proposed, as one record across nominations: an individual, a collective or a household.
 * The registry of awards hangs on it. Personal fields are read only by the units that handle it.
 */
@ObjectType({ description: 'Đối tượng khen thưởng: a person, a collective or a household, kept across nominations.' })
@Entity({ tableName: 'nominee' })
// Duplicate warnings look for the same folded name within a unit.
@Index({ properties: ['unit', 'foldedName'] })
export class Nominee extends BaseEntity<'positions' | 'years' | 'updatedAt'> {
  @Field(() => NomineeKind)
  @Enum({ items: () => NomineeKind, nativeEnumName: 'nominee_kind' })
  kind!: NomineeKind;

  @Field({ description: 'Full name; a collective or a household as it is called ("Hộ ông …").' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The name without diacritics, case or extra spaces, for "similar name" warnings. */
  @Property({ type: 'string', length: 200 })
  foldedName!: string;

  /** The unit that registered the nominee (a commune, an agency …); handlers read its personal data. */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  /** Individuals: date of birth (YYYY-MM-DD). */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  dateOfBirth?: string | null;

  /** Số căn cước công dân (CCCD), 12 digits; one record per number. */
  @Property({ type: 'string', length: 12, nullable: true, unique: true })
  identityNumber?: string | null;

  @Field(() => Gender, { nullable: true })
  @Enum({ items: () => Gender, nativeEnumName: 'gender', nullable: true })
  gender?: Gender | null;

  /** Individuals: workplace and position with dates, latest last. */
  @Property({ type: 'json' })
  positions: NomineePosition[] = [];

  @Field(() => String, { nullable: true, description: 'Collectives: the organisation or unit it belongs to.' })
  @Property({ type: 'string', length: 200, nullable: true })
  belongsTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Households: head of household (chủ hộ).' })
  @Property({ type: 'string', length: 200, nullable: true })
  householdHead?: string | null;

  /** Facts per year: a collective's members and women members, a household's poverty status. */
  @Property({ type: 'json' })
  years: NomineeYear[] = [];

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
