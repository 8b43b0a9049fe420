import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

/**
 * The issuer's yearly register of certificates (số vào sổ), per series ("BK", "GK"…): the count
 * runs on across the year's decisions, "BK-2026-0001" then "BK-2026-0002" in the next decision.
 */
@Entity({ tableName: 'certificate_register' })
@Unique({ properties: ['unit', 'year', 'prefix'] })
export class CertificateRegister extends BaseEntity {
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 10 })
  prefix!: string;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
