import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DossierProfile } from '../entities/dossier-profile.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { payloadType } from '../graphql/payloads';
import { RemoveDossierProfileInput, SetDossierProfileInput } from '../inputs/dossier-profile.inputs';
import * as profiles from '../services/dossier-profile.service';

const DossierProfilePayload = payloadType(DossierProfile, 'dossierProfile', 'DossierProfile');

/** A province's dossier profiles (thành phần hồ sơ): which documents each kind of nomination needs. */
@Resolver(() => DossierProfile)
export class DossierProfileResolver {
  @Query(() => [DossierProfile], {
    description: "The province's own dossier profiles; nominations they do not match follow the built-in ones.",
  })
  dossierProfiles(@Ctx() ctx: RequestContext, @Arg('provinceId', () => ID) provinceId: string) {
    requireViewer(ctx);
    return queryResult(() => profiles.dossierProfiles(ctx.em, provinceId));
  }

  @Mutation(() => DossierProfilePayload, {
    description: 'Create or replace the province profile with these criteria (an ADMIN of the province).',
  })
  setDossierProfile(@Ctx() ctx: RequestContext, @Arg('input') input: SetDossierProfileInput) {
    return mutationPayload(async () => ({
      dossierProfile: await profiles.setDossierProfile(ctx.em, requireViewer(ctx), input),
    }));
  }

  @Mutation(() => DossierProfilePayload, {
    description: 'Remove a province profile; answers it as it was. Its nominations fall back to a less specific one.',
  })
  removeDossierProfile(@Ctx() ctx: RequestContext, @Arg('input') input: RemoveDossierProfileInput) {
    return mutationPayload(async () => ({
      dossierProfile: await profiles.removeDossierProfile(ctx.em, requireViewer(ctx), input.id),
    }));
  }
}
