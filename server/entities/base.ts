import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Every row has a UUID id (safe to put in workflow ids and URLs) and a creation time. */
// Decorated so type-graphql passes its fields to subclasses; no field returns it, so the schema omits it.
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties `em.create` may leave out; subclasses name their own defaults. */
  [OptionalProps]?: 'id' | 'createdAt' | Optional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
