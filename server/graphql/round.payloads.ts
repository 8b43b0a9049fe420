import { Field, ObjectType } from 'type-graphql';
import { CommendationRound } from '../entities/commendation-round.entity';
import { CouncilBallot } from '../entities/council-ballot.entity';
import { Objection } from '../entities/objection.entity';
import { Period } from '../entities/period.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { UserError } from './user-error.type';

@ObjectType({ description: 'A period and its commendation rounds after the mutation, or why it refused.' })
export class PeriodRoundsPayload {
  @Field(() => Period, { nullable: true })
  period?: Period | null;

  @Field(() => [CommendationRound], { nullable: true })
  rounds?: CommendationRound[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CommendationRoundPayload {
  @Field(() => CommendationRound, { nullable: true })
  round?: CommendationRound | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The ballot as recorded and its entry, or why the vote was refused.' })
export class CastBallotPayload {
  @Field(() => CouncilBallot, { nullable: true })
  ballot?: CouncilBallot | null;

  @Field(() => RoundEntry, { nullable: true })
  entry?: RoundEntry | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The objection and the entry it concerns, or why the mutation refused.' })
export class ObjectionPayload {
  @Field(() => Objection, { nullable: true })
  objection?: Objection | null;

  @Field(() => RoundEntry, { nullable: true })
  entry?: RoundEntry | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The ballots as recorded, or why the ballot paper was refused.' })
export class CastBallotsPayload {
  @Field(() => [CouncilBallot], { nullable: true })
  ballots?: CouncilBallot[] | null;

  @Field(() => CommendationRound, { nullable: true })
  round?: CommendationRound | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
