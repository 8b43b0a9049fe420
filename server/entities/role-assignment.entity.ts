import { Entity, Enum, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { User } from './user.entity';

/** A role held in a unit; it reaches the unit's whole subtree. */
@ObjectType()
@Entity({ tableName: 'role_assignment' })
@Unique({ properties: ['user', 'role', 'unit'] })
export class RoleAssignment extends BaseEntity {
  @ManyToOne(() => User)
  user!: Rel<User>;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;
}
