import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { User } from './user.entity';

/**
 * A role held in a unit; it reaches the unit's whole subtree. A delegation (ký thay) is an
 * assignment with `delegatedBy` and an end date; it lapses by itself.
 */
@ObjectType()
@Entity({ tableName: 'role_assignment' })
export class RoleAssignment extends BaseEntity<'validFrom'> {
  @ManyToOne(() => User)
  user!: Rel<User>;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Field({ description: 'First day (YYYY-MM-DD) it applies.' })
  @Property({ type: 'string', columnType: 'date' })
  validFrom: string = '2000-01-01';

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD) it applies; open-ended when null.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  validTo?: string | null;

  /** The holder who delegated this role (acting official); null for an ordinary assignment. */
  @ManyToOne(() => User, { nullable: true })
  delegatedBy?: Rel<User> | null;

  @ManyToOne(() => User, { nullable: true })
  grantedBy?: Rel<User> | null;

  /** Revoked assignments stay for the record. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
