import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from './base';
import { RoleAssignment } from './role-assignment.entity';

@ObjectType({ description: 'A person who signs in through a department portal.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'active' | 'nationalAdmin'> {
  @Field()
  @Property({ type: 'string', length: 100, unique: true })
  username!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;

  /**
   * A national administrator: sets the Government's working calendar that every province's deadlines
   * count on. Held without a unit (no unit of ours sits at the national level); set only by the seed
   * or `npm run national-admin`, never through the API.
   */
  @Field({ description: "Sets the national working calendar (the Government's decided days)." })
  @Property({ type: 'boolean' })
  nationalAdmin: boolean = false;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user)
  roleAssignments = new Collection<RoleAssignment>(this);
}
