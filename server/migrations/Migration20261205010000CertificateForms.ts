import { Migration } from '@mikro-orm/migrations';

/** Certificate forms (mẫu phôi Bằng khen, Giấy khen): the sheet, the print mode and the fields' positions. */
export class Migration20261205010000CertificateForms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "certificate_page_size" as enum ('A4', 'A3');`);
    this.addSql(`create type "certificate_orientation" as enum ('PORTRAIT', 'LANDSCAPE');`);
    this.addSql(`create type "certificate_print_mode" as enum ('FULL', 'FIELDS_ONLY');`);
    this.addSql(`create table "certificate_form" (
      "id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "award_id" uuid null,
      "name" varchar(200) not null, "page_size" "certificate_page_size" not null,
      "orientation" "certificate_orientation" not null, "mode" "certificate_print_mode" not null,
      "layout" jsonb not null, "updated_at" timestamptz not null,
      constraint "certificate_form_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "certificate_form" add constraint "certificate_form_unit_id_award_id_unique" unique ("unit_id", "award_id");`,
    );
    this.addSql(
      `alter table "certificate_form" add constraint "certificate_form_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate_form" add constraint "certificate_form_award_id_foreign" foreign key ("award_id") references "award_type" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_form" cascade;`);
    this.addSql(`drop type if exists "certificate_print_mode";`);
    this.addSql(`drop type if exists "certificate_orientation";`);
    this.addSql(`drop type if exists "certificate_page_size";`);
  }
}
