import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { PovertyEvidence } from '../graphql/poverty-evidence.type';
import { progressRowType } from './poverty.resolver';
import { Nomination } from '../entities/nomination.entity';
import { povertyEvidenceOf } from '../services/poverty-evidence.service';

/** Poverty figures shown with a nomination as evidence (issue 12). */
@Resolver(() => Nomination)
export class NominationPovertyEvidenceResolver {
  @FieldResolver(() => PovertyEvidence, {
    nullable: true,
    description:
      "A commune committee's nomination under the sub-movement for commune People's Committees: the commune's " +
      "poverty progress in the period's year; a household's: its poverty status then. Null for other nominations.",
  })
  async povertyEvidence(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<PovertyEvidence | null> {
    const evidence = await povertyEvidenceOf(ctx.em, nomination);
    if (!evidence) return null;
    return {
      ...evidence,
      householdStatus: evidence.householdStatus as PovertyEvidence['householdStatus'],
      communeProgress: evidence.communeProgress && progressRowType(evidence.communeProgress),
    };
  }
}
