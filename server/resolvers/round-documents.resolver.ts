import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { CommendationRound } from '../entities/commendation-round.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { UserError } from '../graphql/user-error.type';
import { draftRoundDecision, visibleRoundDocuments } from '../services/round-documents.service';

@ObjectType({ description: 'The drafted decision (DOCX and PDF) and its round, or why it was refused.' })
export class DraftRoundDecisionPayload {
  @Field(() => CommendationRound, { nullable: true })
  round?: CommendationRound | null;

  @Field(() => [GeneratedFile], { nullable: true })
  files?: GeneratedFile[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** A round's documents: the signed decision made at signing, and drafts asked for before it. */
@Resolver(() => CommendationRound)
export class RoundDocumentsResolver {
  @FieldResolver(() => [GeneratedFile], {
    description:
      'The decision (DOCX and PDF) and other documents of the round that you may download: the deciding unit, the units whose nominees it awards, and a draft’s requester.',
  })
  documents(@Root() round: CommendationRound, @Ctx() ctx: RequestContext) {
    return visibleRoundDocuments(ctx.em, requireViewer(ctx), round.id);
  }

  @Mutation(() => DraftRoundDecisionPayload, {
    description:
      'The chair or an ADMIN of the deciding unit: a draft of the decision (marked DỰ THẢO, number and day blank) listing the entries still to be awarded; refused once signed.',
  })
  draftRoundDecision(@Ctx() ctx: RequestContext, @Arg('roundId', () => ID) roundId: string) {
    const deps = { em: ctx.em, storage: ctx.storage, viewer: requireViewer(ctx) };
    return mutationPayload(() => draftRoundDecision(deps, roundId));
  }
}
