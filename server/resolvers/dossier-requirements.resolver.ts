import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { DocumentSlot } from '../../domain/enums';
import { Nomination } from '../entities/nomination.entity';
import type { RequestContext } from '../graphql/context';
import { childrenOf } from '../graphql/request-loaders';
import { dossierRequirementsOf, type SlotRequirement } from '../services/dossier-requirements.service';

@ObjectType({ description: 'A document the dossier needs now, and whether a stored one fills it.' })
export class DossierRequirement implements SlotRequirement {
  @Field(() => DocumentSlot)
  slot!: DocumentSlot;

  @Field(() => String, {
    nullable: true,
    description: "Null: the nominating unit's dossier; else the reviewing stage that attaches it.",
  })
  stageKey!: string | null;

  @Field(() => String, { nullable: true, description: "The stage's Vietnamese name, e.g. Huyện xét duyệt." })
  stageName!: string | null;

  @Field({ description: 'A stored document fills the slot.' })
  filled!: boolean;
}

/** Adds `dossierRequirements` to Nomination; type-graphql merges it with NominationResolver's fields. */
@Resolver(() => Nomination)
export class NominationDossierRequirementsResolver {
  @FieldResolver(() => [DossierRequirement], {
    description:
      "The slots its dossier profile requires (its province's, else the built-in one for the award and nominee kind), " +
      'then, where levels add their own, those of the stage reviewing it now.',
  })
  dossierRequirements(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    // The page's nominations in one batch (they are in the identity map; the query re-reads their rows once).
    const load = async (nominationIds: string[]) => {
      const nominations = await ctx.em.find(Nomination, { id: { $in: nominationIds } });
      const byId = new Map(nominations.map((n) => [n.id, n]));
      const page = nominationIds.map((id) => byId.get(id)).filter((n): n is Nomination => !!n);
      const requirements = await dossierRequirementsOf(ctx.em, page);
      return page.flatMap((n, i) => requirements[i].map((row) => ({ ...row, nominationId: n.id })));
    };
    return childrenOf(ctx, 'dossierRequirements', load, (row) => row.nominationId).load(nomination.id);
  }
}
