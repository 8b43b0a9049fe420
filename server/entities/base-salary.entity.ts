import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base';

/** The base salary (mức lương cơ sở) from a day until the next row's day, as a decree set it. */
@ObjectType({ description: 'Mức lương cơ sở in force from a day, with the decree that set it.' })
@Entity({ tableName: 'base_salary' })
export class BaseSalary extends BaseEntity<'updatedAt'> {
  @Field({ description: 'First day in force (YYYY-MM-DD).' })
  @Property({ type: 'string', columnType: 'date', unique: true })
  validFrom!: string;

  @Field(() => Int, { description: 'Đồng per month.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field({ description: 'The decree that set it, e.g. "Nghị định số 73/2024/NĐ-CP".' })
  @Property({ type: 'text' })
  legalBasis!: string;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
