import { Migration } from '@mikro-orm/migrations';

/**
 * Dossiers fitted to the award and nominee kind (issue 11): the new document slots, a province's own
 * dossier profiles, documents a reviewing level attaches for its stage, and routing policies marked
 * as the simplified procedure. On a fresh database every migration runs in one transaction, so the
 * new enum values are only added here, never used (no default or index predicate names them).
 */
export class Migration20261204030000DossierProfiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "document_slot" add value if not exists 'INITIATIVE_RECOGNITION';`);
    this.addSql(`alter type "document_slot" add value if not exists 'HOUSEHOLD_REPORT';`);
    this.addSql(`alter type "document_slot" add value if not exists 'ACHIEVEMENT_SUMMARY';`);
    this.addSql(
      `create table "dossier_profile" ("id" uuid not null, "created_at" timestamptz not null, "province_unit_id" uuid not null, "award_code" varchar(60) null, "nominee_kind" "nominee_kind" null, "commendation_kind" "commendation_kind" null, "required_slots" jsonb null, "level_documents_required" boolean not null default false, "updated_at" timestamptz not null, constraint "dossier_profile_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dossier_profile_province_unit_id_index" on "dossier_profile" ("province_unit_id");`);
    this.addSql(
      `alter table "dossier_profile" add constraint "dossier_profile_province_unit_id_foreign" foreign key ("province_unit_id") references "admin_unit" ("id") on update cascade;`,
    );
    this.addSql(`alter table "dossier_document" add column "stage_key" varchar(50) null;`);
    this.addSql(`alter table "routing_policy" add column "simplified" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "routing_policy" drop column "simplified";`);
    this.addSql(`alter table "dossier_document" drop column "stage_key";`);
    this.addSql(`drop table if exists "dossier_profile" cascade;`);
    // PostgreSQL cannot drop an enum value; the three slots stay, unused.
  }
}
