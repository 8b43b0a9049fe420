import { Migration } from '@mikro-orm/migrations';

/**
 * The bonus table (issue 11): coefficients per legal period, award and nominee kind, and the base
 * salary by date. Rows are added by the reference seed (server/seeds/bonus-table.ts), not here, so
 * that an administrator's corrections survive later releases.
 */
export class Migration20261204010000BonusTable extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "bonus_coefficient" ("id" uuid not null, "created_at" timestamptz not null, "legal_period" varchar(30) not null, "award_code" varchar(60) not null, "nominee_kind" "nominee_kind" not null, "coefficient" numeric(6,2) not null, "updated_at" timestamptz not null, constraint "bonus_coefficient_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "bonus_coefficient" add constraint "bonus_coefficient_legal_period_award_code_nominee_kind_unique" unique ("legal_period", "award_code", "nominee_kind");`,
    );
    this.addSql(
      `create table "base_salary" ("id" uuid not null, "created_at" timestamptz not null, "valid_from" date not null, "amount" int not null, "legal_basis" text not null, "updated_at" timestamptz not null, constraint "base_salary_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "base_salary" add constraint "base_salary_valid_from_unique" unique ("valid_from");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "base_salary" cascade;`);
    this.addSql(`drop table if exists "bonus_coefficient" cascade;`);
  }
}
