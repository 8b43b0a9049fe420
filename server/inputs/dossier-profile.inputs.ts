import { Field, ID, InputType } from 'type-graphql';
import { CommendationKind, DocumentSlot, NomineeKind } from '../../domain/enums';

@InputType({
  description:
    "A province's dossier profile for an award, nominee kind and kind of commendation (each omitted = any); replaces one with the same criteria.",
})
export class SetDossierProfileInput {
  @Field(() => ID, { description: 'The province (tỉnh, thành phố) whose nominations it governs.' })
  provinceId!: string;

  @Field(() => String, { nullable: true })
  awardCode?: string | null;

  @Field(() => NomineeKind, { nullable: true })
  nomineeKind?: NomineeKind | null;

  @Field(() => CommendationKind, { nullable: true })
  commendationKind?: CommendationKind | null;

  @Field(() => [DocumentSlot], {
    nullable: true,
    description: "Slots the nominating unit's dossier fills; omitted: those of the built-in profile.",
  })
  requiredSlots?: DocumentSlot[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Each reviewing level attaches its own submission letter and minutes before forwarding (false).',
  })
  levelDocumentsRequired?: boolean | null;
}

@InputType()
export class RemoveDossierProfileInput {
  @Field(() => ID)
  id!: string;
}
