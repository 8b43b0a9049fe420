import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from './base';
import { RoleAssignment } from './role-assignment.entity';

@ObjectType({ description: 'A person who signs in through a department portal.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'active'> {
  @Field()
  @Property({ type: 'string', length: 100, unique: true })
  username!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user)
  roleAssignments = new Collection<RoleAssignment>(this);
}
