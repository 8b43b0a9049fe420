import { Field, ID, InputType } from 'type-graphql';
import { Vote } from '../../domain/enums';

@InputType()
export class PeriodWorkflowInput {
  @Field(() => ID)
  periodId!: string;
}

@InputType({ description: 'Start the commendation round now instead of at the end of the period.' })
export class StartRoundInput {
  @Field(() => ID)
  periodId!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the council vote closes; by default 5 working days from now.',
  })
  votingClosesAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the public notice ends; by default 5 working days after the vote.',
  })
  noticeClosesAt?: Date | null;
}

@InputType({
  description: "A council member's vote on one shortlisted nomination; it may be changed until voting closes.",
})
export class CastBallotInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => Vote)
  vote!: Vote;

  @Field({ defaultValue: false, description: 'Sent in writing by a member absent from the meeting.' })
  inWriting!: boolean;
}

@InputType()
export class BallotVoteInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => Vote)
  vote!: Vote;
}

@InputType({ description: "A council member's ballot paper (phiếu bầu) on several entries of one round at once." })
export class CastBallotsInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => [BallotVoteInput])
  votes!: BallotVoteInput[];

  @Field({ defaultValue: false, description: 'Sent in writing by a member absent from the meeting.' })
  inWriting!: boolean;
}

@InputType({ description: 'An objection (ý kiến phản ánh) to a nominee on public notice.' })
export class FileObjectionInput {
  @Field(() => ID)
  entryId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class ResolveObjectionInput {
  @Field(() => ID)
  objectionId!: string;

  @Field({ description: 'True: the objection stands and the nominee is not awarded.' })
  upheld!: boolean;

  @Field()
  resolution!: string;
}

@InputType({ description: "The chair signs the round's decision; it takes its place in the unit's decision register." })
export class SignRoundDecisionInput {
  @Field(() => ID)
  roundId!: string;

  @Field({ description: 'Ngày ký (YYYY-MM-DD), today or earlier.' })
  decisionDate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Số quyết định the văn thư\'s register gave ("07/QĐ-UBND"): required when the văn thư keeps it; otherwise leave empty for the next number.',
  })
  decisionNumber?: string | null;
}
