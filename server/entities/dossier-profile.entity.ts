import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CommendationKind, DocumentSlot, NomineeKind } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

/**
 * A province's own dossier profile (thành phần hồ sơ): for its nominations of an award, nominee kind
 * and kind of commendation (each null = any), the slots the dossier fills and whether each reviewing
 * level adds its own submission letter and minutes. The most specific match wins, else the built-in one.
 */
@ObjectType({ description: "A province's dossier profile: required documents for an award and nominee kind." })
@Entity({ tableName: 'dossier_profile' })
@Index({ properties: ['provinceUnit'] })
export class DossierProfile extends BaseEntity<'levelDocumentsRequired' | 'updatedAt'> {
  @ManyToOne(() => AdminUnit)
  provinceUnit!: Rel<AdminUnit>;

  @Field(() => String, { nullable: true, description: 'Award code; null for every award.' })
  @Property({ type: 'string', length: 60, nullable: true })
  awardCode?: string | null;

  @Field(() => NomineeKind, { nullable: true, description: 'Null for every nominee kind.' })
  @Enum({ items: () => NomineeKind, nativeEnumName: 'nominee_kind', nullable: true })
  nomineeKind?: NomineeKind | null;

  @Field(() => CommendationKind, { nullable: true, description: 'Null for every kind of commendation.' })
  @Enum({ items: () => CommendationKind, nativeEnumName: 'commendation_kind', nullable: true })
  commendationKind?: CommendationKind | null;

  @Field(() => [DocumentSlot], {
    nullable: true,
    description: "Slots the nominating unit's dossier fills; null keeps those of the built-in profile.",
  })
  @Property({ type: 'json', nullable: true })
  requiredSlots?: DocumentSlot[] | null;

  @Field({ description: 'Each reviewing level attaches its own submission letter and minutes before forwarding.' })
  @Property({ type: 'boolean' })
  levelDocumentsRequired: boolean = false;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
