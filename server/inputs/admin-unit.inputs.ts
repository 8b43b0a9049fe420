import { Field, ID, InputType } from 'type-graphql';
import { AdminLevel, UnitKind } from '../../domain/enums';

@InputType()
export class AdminUnitFilter {
  @Field(() => AdminLevel, { nullable: true })
  level?: AdminLevel | null;

  @Field(() => [UnitKind], {
    nullable: true,
    description:
      'Only units of these kinds (one kind may be written alone, e.g. kind: AGENCY). Default: administrative ' +
      'units only, except with parentId, which lists every child: the units below and the nominating ' +
      'organisations attached to the parent.',
  })
  kind?: UnitKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Direct children of this unit (of its own list version unless validOn is given).',
  })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact GSO code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive, e.g. "xuân tăng".' })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Units in force on this day (YYYY-MM-DD). Default: today in Vietnam, so portals see the current tree ' +
      '(or, when no list covers today, the last tree that was in force).',
  })
  validOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Every list version, past and present (ignored when validOn is given).',
  })
  includeAll?: boolean | null;
}
