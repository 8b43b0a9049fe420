import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Vote } from '../../domain/enums';
import { BaseEntity } from './base';
import { RoundEntry } from './round-entry.entity';
import { User } from './user.entity';

/** One council member's vote on one shortlisted nomination; an absent member may vote in writing. */
@ObjectType({ description: "A council member's vote (phiếu bầu) on a shortlisted nomination." })
@Entity({ tableName: 'council_ballot' })
@Unique({ properties: ['entry', 'member'] })
export class CouncilBallot extends BaseEntity<'inWriting'> {
  @ManyToOne(() => RoundEntry)
  entry!: Rel<RoundEntry>;

  @ManyToOne(() => User)
  member!: Rel<User>;

  @Field(() => Vote)
  @Enum({ items: () => Vote, nativeEnumName: 'vote' })
  vote!: Vote;

  @Field({ description: 'Cast in writing by a member absent from the meeting.' })
  @Property({ type: 'boolean' })
  inWriting: boolean = false;
}
