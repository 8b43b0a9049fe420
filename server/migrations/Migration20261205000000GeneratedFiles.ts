import { Migration } from '@mikro-orm/migrations';

/** Documents the platform produces (decisions, certificates, exports, reports), stored with the dossier files. */
export class Migration20261205000000GeneratedFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "generated_file_kind" as enum ('DECISION', 'DECISION_DRAFT', 'CERTIFICATES', 'EXPORT', 'YEARLY_REPORT', 'POVERTY_REPORT');`,
    );
    this.addSql(`create type "generated_file_status" as enum ('PENDING', 'RUNNING', 'READY', 'FAILED');`);
    this.addSql(`create table "generated_file" (
      "id" uuid not null, "created_at" timestamptz not null,
      "kind" "generated_file_kind" not null, "status" "generated_file_status" not null default 'PENDING',
      "progress" double precision not null default 0, "unit_id" uuid not null,
      "shared_with_unit_ids" jsonb not null, "requested_by_id" uuid null, "round_id" uuid null,
      "parameters" jsonb not null, "file_name" varchar(255) not null, "content_type" varchar(120) not null,
      "size" int null, "sha256" varchar(64) null, "storage_key" varchar(300) null, "error" text null,
      "ready_at" timestamptz null,
      constraint "generated_file_pkey" primary key ("id"));`);
    this.addSql(`create index "generated_file_round_id_kind_index" on "generated_file" ("round_id", "kind");`);
    this.addSql(
      `create index "generated_file_requested_by_id_created_at_index" on "generated_file" ("requested_by_id", "created_at");`,
    );
    this.addSql(
      `alter table "generated_file" add constraint "generated_file_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "generated_file" add constraint "generated_file_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "generated_file" add constraint "generated_file_round_id_foreign" foreign key ("round_id") references "commendation_round" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "generated_file" cascade;`);
    this.addSql(`drop type if exists "generated_file_status";`);
    this.addSql(`drop type if exists "generated_file_kind";`);
  }
}
