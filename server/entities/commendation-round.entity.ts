import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { RoundStatus } from '../../domain/enums';
import { SignedAs } from '../../domain/register-numbers';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { Period } from './period.entity';
import { User } from './user.entity';

registerEnumType(SignedAs, { name: 'SignedAs', description: 'TM: the chair or head signs; KT: a deputy signs.' });

/**
 * The end-of-period commendation round of one deciding unit: shortlist, council vote, public
 * notice with objections, and the chair's signed decision.
 */
@ObjectType({ description: "A period's commendation round at one deciding unit." })
@Entity({ tableName: 'commendation_round' })
@Unique({ properties: ['period', 'unit'] })
export class CommendationRound extends BaseEntity<'status'> {
  @ManyToOne(() => Period)
  period!: Rel<Period>;

  /** The unit whose council votes and whose chair signs. */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Field(() => RoundStatus)
  @Enum({ items: () => RoundStatus, nativeEnumName: 'round_status' })
  status: RoundStatus = RoundStatus.SHORTLISTING;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  votingClosesAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  noticeClosesAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  decisionDate?: string | null;

  @ManyToOne(() => User, { nullable: true })
  signedBy?: Rel<User> | null;

  @Field(() => SignedAs, { nullable: true, description: 'TM: the chair signed; KT: a deputy signed on their behalf.' })
  @Enum({ items: () => SignedAs, nativeEnumName: 'signed_as', nullable: true })
  signedAs?: SignedAs | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The signature block line by line, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".',
  })
  @Property({ type: 'json', nullable: true })
  signatureBlock?: string[] | null;
}
