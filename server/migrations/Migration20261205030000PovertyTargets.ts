import { Migration } from '@mikro-orm/migrations';

/** Poverty counts per unit and year, and the poverty targets of a campaign's plan. */
export class Migration20261205030000PovertyTargets extends Migration {
  override async up(): Promise<void> {
    // Used only by later transactions, never by this migration's.
    this.addSql(`alter type "audit_action" add value if not exists 'POVERTY_COUNT_RECORDED';`);
    this.addSql(`create type "poverty_count_source" as enum ('MANUAL', 'IMPORT');`);
    this.addSql(
      `create type "poverty_target_kind" as enum ('YEARLY_RATE_REDUCTION', 'NO_POOR_BY_YEAR', 'REDUCTION_VS_BASE');`,
    );
    this.addSql(`create table "poverty_count" (
      "id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "year" int not null,
      "households" int not null, "poor_households" int not null, "near_poor_households" int not null,
      "ethnic_minority_poor_households" int not null, "source" "poverty_count_source" not null,
      "recorded_by_id" uuid not null, "updated_at" timestamptz not null,
      constraint "poverty_count_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "poverty_count" add constraint "poverty_count_unit_id_year_unique" unique ("unit_id", "year");`,
    );
    this.addSql(
      `alter table "poverty_count" add constraint "poverty_count_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "poverty_count" add constraint "poverty_count_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(`create table "poverty_target" (
      "id" uuid not null, "created_at" timestamptz not null, "campaign_id" uuid not null,
      "kind" "poverty_target_kind" not null, "base_year" int null, "target_year" int not null,
      "until_year" int null, "reduction_points" double precision null, "high_rate_threshold" double precision null,
      "high_rate_reduction_points" double precision null, "max_rate_percent" double precision null,
      "reduction_percent" double precision null, "strict" boolean not null default false,
      "unit_types" jsonb not null, "plan_text" text not null, "created_by_id" uuid not null,
      constraint "poverty_target_pkey" primary key ("id"));`);
    this.addSql(`create index "poverty_target_campaign_id_index" on "poverty_target" ("campaign_id");`);
    this.addSql(
      `alter table "poverty_target" add constraint "poverty_target_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "poverty_target" add constraint "poverty_target_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "poverty_target" cascade;`);
    this.addSql(`drop table if exists "poverty_count" cascade;`);
    this.addSql(`drop type if exists "poverty_target_kind";`);
    this.addSql(`drop type if exists "poverty_count_source";`);
  }
}
