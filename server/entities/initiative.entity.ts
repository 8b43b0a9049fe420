import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { InitiativeScope } from '../../domain/enums';
import { BaseEntity } from './base';
import { Nomination } from './nomination.entity';
import { Nominee } from './nominee.entity';
import { User } from './user.entity';

/** A recognised initiative (sáng kiến) or accepted research: evidence some titles require. */
@ObjectType({ description: 'Sáng kiến: an initiative recognised by a decision, evidence for a title.' })
@Entity({ tableName: 'initiative' })
export class Initiative extends BaseEntity {
  @ManyToOne(() => Nominee)
  nominee!: Rel<Nominee>;

  /** The nomination it was attached to. */
  @ManyToOne(() => Nomination, { nullable: true })
  nomination?: Rel<Nomination> | null;

  @Field()
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => InitiativeScope)
  @Enum({ items: () => InitiativeScope, nativeEnumName: 'initiative_scope' })
  scope!: InitiativeScope;

  @Field(() => Int, { description: 'The year it counts for: that of its recognition.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field({ description: 'Số quyết định công nhận.' })
  @Property({ type: 'string', length: 50 })
  recognitionNumber!: string;

  @Field({ description: 'Ngày quyết định công nhận (YYYY-MM-DD).' })
  @Property({ type: 'string', columnType: 'date' })
  recognitionDate!: string;

  @Field({ description: 'Who recognised it, e.g. "Chủ tịch UBND xã Xuân Tăng".' })
  @Property({ type: 'string', length: 200 })
  recognisedBy!: string;

  @ManyToOne(() => User)
  recordedBy!: Rel<User>;
}
