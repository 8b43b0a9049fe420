import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RoundOutcome } from '../../domain/enums';
import { BaseEntity } from './base';
import { CommendationRound } from './commendation-round.entity';
import { Nomination } from './nomination.entity';

/** A shortlisted nomination in a round, with its rank, votes and outcome. */
@ObjectType({ description: "A nomination on a round's shortlist." })
@Entity({ tableName: 'round_entry' })
@Unique({ properties: ['round', 'nomination'] })
export class RoundEntry extends BaseEntity<'yesVotes' | 'noVotes' | 'outcome' | 'objected'> {
  @ManyToOne(() => CommendationRound)
  round!: Rel<CommendationRound>;

  @ManyToOne(() => Nomination)
  nomination!: Rel<Nomination>;

  @Field(() => Int, { description: 'Rank within its movement and nominee kind (1 = best).' })
  @Property({ type: 'integer' })
  rank!: number;

  @Field(() => Float, { description: "Mean of the reviewers' scores." })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  yesVotes: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  noVotes: number = 0;

  @Field({ description: 'An objection is open: the entry waits for its resolution.' })
  @Property({ type: 'boolean' })
  objected: boolean = false;

  @Field(() => RoundOutcome)
  @Enum({ items: () => RoundOutcome, nativeEnumName: 'round_outcome' })
  outcome: RoundOutcome = RoundOutcome.PENDING;

  @Field(() => String, { nullable: true, description: 'Số hiệu bằng khen / giấy khen.' })
  @Property({ type: 'string', length: 60, nullable: true })
  certificateNumber?: string | null;
}
