import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecisionEntryKind, DecisionRegisterMode, SignedAs } from '../../domain/register-numbers';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { CommendationRound } from './commendation-round.entity';
import { Nomination } from './nomination.entity';
import { User } from './user.entity';

registerEnumType(DecisionRegisterMode, {
  name: 'DecisionRegisterMode',
  description: 'Who keeps the unit’s yearly decision register: the platform (next number) or the văn thư.',
});
registerEnumType(DecisionEntryKind, {
  name: 'DecisionEntryKind',
  description: "A round's decision, a per-nomination decision, or another decision of the agency.",
});

/**
 * An issuing unit's register of decisions (sổ quyết định) for one year: every decision of the
 * unit, this platform's or not, takes its place from 01 on 1 January. The row is locked by each
 * numbering, so concurrent signings take turns.
 */
@ObjectType({ description: "An issuing unit's decision register for one year." })
@Entity({ tableName: 'decision_register' })
@Unique({ properties: ['unit', 'year'] })
export class DecisionRegister extends BaseEntity<'mode' | 'lastNumber'> {
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => DecisionRegisterMode)
  @Enum({ items: () => DecisionRegisterMode, nativeEnumName: 'decision_register_mode' })
  mode: DecisionRegisterMode = DecisionRegisterMode.PLATFORM;

  @Field(() => String, { nullable: true, description: 'What follows "QĐ-" (UBND, SNV); null: the default.' })
  @Property({ type: 'string', length: 20, nullable: true })
  symbol?: string | null;

  @Field(() => Int, { description: 'The highest place taken so far this year (0 before the first decision).' })
  @Property({ type: 'integer' })
  lastNumber: number = 0;
}

/** One decision in a unit's yearly register, unique by its place in it. */
@ObjectType({ description: "One decision in a unit's yearly register." })
@Entity({ tableName: 'decision_register_entry' })
@Unique({ properties: ['register', 'place'] })
@Index({ properties: ['register', 'decisionDate'] })
export class DecisionRegisterEntry extends BaseEntity {
  @ManyToOne(() => DecisionRegister)
  register!: Rel<DecisionRegister>;

  @Field(() => Int, { description: 'Its place in the register: 7 for "07/QĐ-UBND".' })
  @Property({ type: 'integer' })
  place!: number;

  @Field({ description: 'Số quyết định as the register writes it, e.g. "07/QĐ-UBND".' })
  @Property({ type: 'string', length: 50 })
  decisionNumber!: string;

  @Field({ description: 'Ngày ký (YYYY-MM-DD).' })
  @Property({ type: 'string', columnType: 'date' })
  decisionDate!: string;

  @Field({ description: 'Trích yếu: what the decision is about.' })
  @Property({ type: 'string', length: 500 })
  subject!: string;

  @Field(() => DecisionEntryKind)
  @Enum({ items: () => DecisionEntryKind, nativeEnumName: 'decision_entry_kind' })
  kind!: DecisionEntryKind;

  @ManyToOne(() => CommendationRound, { nullable: true })
  round?: Rel<CommendationRound> | null;

  @Field(() => SignedAs, { nullable: true, description: "How this platform's decision was signed." })
  @Enum({ items: () => SignedAs, nativeEnumName: 'signed_as', nullable: true })
  signedAs?: SignedAs | null;

  @Field(() => [String], { nullable: true, description: 'The signature block, line by line, as signed.' })
  @Property({ type: 'json', nullable: true })
  signatureBlock?: string[] | null;

  /** Who signed (a platform decision) or recorded it (another decision). */
  @ManyToOne(() => User, { nullable: true })
  recordedBy?: Rel<User> | null;
}

/** The nominations a per-nomination decision commends: one decision may list several nominees. */
@Entity({ tableName: 'decision_register_nomination' })
@Unique({ properties: ['entry', 'nomination'] })
export class DecisionRegisterNomination extends BaseEntity {
  @ManyToOne(() => DecisionRegisterEntry)
  entry!: Rel<DecisionRegisterEntry>;

  @ManyToOne(() => Nomination)
  nomination!: Rel<Nomination>;
}
