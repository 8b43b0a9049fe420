import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { AwardRecord } from '../entities/award-record.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { UserError } from '../graphql/user-error.type';
import { RecordAwardRecoveryInput, RevokeAwardInput } from '../inputs/revocation.inputs';
import { recordRecovery, revokeAward } from '../services/revocation.service';

@ObjectType({ description: 'The line of the register of awards after the change, or why it was refused.' })
export class AwardRevocationPayload {
  @Field(() => AwardRecord, { nullable: true })
  awardRecord?: AwardRecord | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Revoking an award (hủy bỏ, thu hồi; Law 06/2022 ch. VII) and recording what was recovered. */
@Resolver(() => AwardRecord)
export class RevocationResolver {
  @Mutation(() => AwardRevocationPayload, {
    description:
      'APPROVER or ADMIN of the issuing unit: cancel the award; its certificate and bonus become due for recovery.',
  })
  revokeAward(@Ctx() ctx: RequestContext, @Arg('input') input: RevokeAwardInput) {
    return mutationPayload(() => revokeAward(ctx.em, requireViewer(ctx), input));
  }

  @Mutation(() => AwardRevocationPayload, {
    description: "APPROVER or ADMIN of the issuing unit: a revoked award's certificate and/or bonus were recovered.",
  })
  recordAwardRecovery(@Ctx() ctx: RequestContext, @Arg('input') input: RecordAwardRecoveryInput) {
    return mutationPayload(() => recordRecovery(ctx.em, requireViewer(ctx), input));
  }
}
