import { Field, ID, InputType, Int } from 'type-graphql';
import { CommendationKind, InitiativeScope, NomineeKind } from '../../domain/enums';

@InputType({ description: 'Filters of the award registry.' })
export class AwardRegistryFilterInput {
  @Field(() => ID, { nullable: true, description: 'This unit and the units below it.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: "One nominee's awards, wherever proposed." })
  nomineeId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true })
  awardCode?: string | null;

  @Field(() => ID, { nullable: true })
  movementId?: string | null;

  @Field(() => CommendationKind, { nullable: true })
  commendationKind?: CommendationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'false: leave revoked awards out (default: listed).' })
  includeRevoked?: boolean | null;
}

@InputType({ description: 'Filters of the nominee records.' })
export class NomineeFilterInput {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => NomineeKind, { nullable: true })
  kind?: NomineeKind | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (diacritics optional) or a whole CCCD.' })
  search?: string | null;
}

@InputType({ description: 'A recognised initiative (sáng kiến) of the nominee, attached to a nomination.' })
export class RecordInitiativeInput {
  @Field(() => ID)
  nominationId!: string;

  @Field()
  title!: string;

  @Field(() => InitiativeScope)
  scope!: InitiativeScope;

  @Field({ description: 'Số quyết định công nhận.' })
  recognitionNumber!: string;

  @Field({ description: 'Ngày quyết định công nhận, YYYY-MM-DD.' })
  recognitionDate!: string;

  @Field({ description: 'Who recognised it, e.g. "Chủ tịch UBND phường Xuân Tăng".' })
  recognisedBy!: string;
}

@InputType({ description: 'A prior award the commune declares, with its year where known.' })
export class DeclaredAwardInput {
  @Field()
  awardCode!: string;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}
