import { Field, ObjectType } from 'type-graphql';
import { SuccessionKind } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';

/** One side of a UnitSuccession seen from the other unit: who took over (or was taken over), how and when. */
@ObjectType({ description: 'A unit across a reform: a successor (or predecessor), how much of it, from when.' })
export class UnitSuccessionView {
  @Field(() => AdminUnit)
  unit!: AdminUnit;

  @Field(() => SuccessionKind, {
    description: 'FULL: the whole old unit went into the successor; PARTIAL: a part of it.',
  })
  kind!: SuccessionKind;

  @Field({ description: 'Day (YYYY-MM-DD) the successor took over.' })
  effectiveOn!: string;
}
