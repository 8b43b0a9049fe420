import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class OverdueTaskFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only tasks of this unit's subtree (which must be within your ADMIN or OBSERVER units).",
  })
  unitId?: string | null;
}
