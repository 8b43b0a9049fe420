import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { DocumentSlot } from '../../domain/enums';
import { Nomination } from '../entities/nomination.entity';
import type { RequestContext } from '../graphql/context';
import { dossierRequirements, type SlotRequirement } from '../services/level-documents.service';

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
    return dossierRequirements(ctx.em, nomination);
  }
}
