import { Field, Int, ObjectType } from 'type-graphql';
import { PovertyStatus } from '../../domain/enums';
import { PovertyProgressRow } from './poverty.types';

@ObjectType({
  description:
    "Poverty evidence of a nomination: a commune committee's progress against the campaign's targets, " +
    "or a household's poverty status in the period's year.",
})
export class PovertyEvidence {
  @Field(() => Int, { description: "The period's year the evidence is for." })
  year!: number;

  @Field(() => PovertyProgressRow, { nullable: true, description: "The nominating commune's progress." })
  communeProgress?: PovertyProgressRow | null;

  @Field(() => PovertyStatus, { nullable: true, description: "The household's status as recorded with the nominee." })
  householdStatus?: PovertyStatus | null;

  @Field(() => Int, { nullable: true, description: 'The year of that status (the latest not after the period).' })
  householdStatusYear?: number | null;
}
