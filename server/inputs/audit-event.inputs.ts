import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from '../../domain/enums';

@InputType({ description: 'Every given field must match.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Events of one nomination; anyone who may read it may ask.' })
  nominationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events this user did, or that a deputy did for them (ký thay).' })
  actorId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Events in this unit's subtree (by the acting unit or the nomination's unit).",
  })
  unitId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant, exclusive.' })
  to?: Date | null;

  @Field(() => [AuditAction], { nullable: true })
  actions?: AuditAction[] | null;
}
