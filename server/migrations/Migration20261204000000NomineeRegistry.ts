import { Migration } from '@mikro-orm/migrations';
import { foldName } from '../../domain/nominee-records';

/** Vietnamese letters with diacritics and their folded forms, for the backfill's folded names. */
const LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const FROM = LETTERS + LETTERS.toUpperCase();
const TO = [...FROM].map(foldName).join('');
const FOLDED = (column: string) => `regexp_replace(lower(translate(btrim(${column}), '${FROM}', '${TO}')), '\\s+', ' ', 'g')`;

/**
 * The nominee registry (issue 11): nominees as records, the award registry, initiatives. Each
 * existing nomination gets a nominee record of its own (same id), and its kind of commendation:
 * a title is công trạng, a form given in a campaign is chuyên đề (the campaigns are thematic movements).
 * Commended nominations enter the registry.
 */
export class Migration20261204000000NomineeRegistry extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "commendation_kind" as enum ('CONG_TRANG', 'CHUYEN_DE', 'DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN');`);
    this.addSql(`create type "initiative_scope" as enum ('BASE', 'PROVINCE', 'NATIONAL');`);
    this.addSql(`create type "award_record_source" as enum ('PLATFORM', 'IMPORTED');`);
    this.addSql(`create type "revocation_ground" as enum ('FALSE_DECLARATION', 'FORGED_DOSSIER', 'UNLAWFUL_APPRAISAL', 'LATER_FINDING');`);
    this.addSql(`create type "recovery_status" as enum ('NONE', 'PENDING', 'RECOVERED');`);
    this.addSql(`create table "nominee" ("id" uuid not null, "created_at" timestamptz not null, "kind" "nominee_kind" not null, "name" varchar(200) not null, "folded_name" varchar(200) not null, "unit_id" uuid not null, "date_of_birth" date null, "identity_number" varchar(12) null, "gender" "gender" null, "positions" jsonb not null, "belongs_to" varchar(200) null, "household_head" varchar(200) null, "years" jsonb not null, "updated_at" timestamptz not null, constraint "nominee_pkey" primary key ("id"));`);
    this.addSql(`alter table "nominee" add constraint "nominee_identity_number_unique" unique ("identity_number");`);
    this.addSql(`create index "nominee_unit_id_folded_name_index" on "nominee" ("unit_id", "folded_name");`);

    this.addSql(`create table "initiative" ("id" uuid not null, "created_at" timestamptz not null, "nominee_id" uuid not null, "nomination_id" uuid null, "title" varchar(500) not null, "scope" "initiative_scope" not null, "year" int not null, "recognition_number" varchar(50) not null, "recognition_date" date not null, "recognised_by" varchar(200) not null, "recorded_by_id" uuid not null, constraint "initiative_pkey" primary key ("id"));`);

    this.addSql(`create table "award_record" ("id" uuid not null, "created_at" timestamptz not null, "nominee_id" uuid not null, "award_id" uuid not null, "year" int not null, "commendation_kind" "commendation_kind" not null, "decision_number" varchar(50) not null, "decision_date" date not null, "issuer_unit_id" uuid null, "issuer_name" varchar(200) not null, "unit_id" uuid not null, "movement_id" uuid null, "movement_name" varchar(300) null, "period_id" uuid null, "nomination_id" uuid null, "certificate_number" varchar(60) null, "source" "award_record_source" not null default 'PLATFORM', "import_key" varchar(64) null, "bonus_coefficient" numeric(6,2) null, "base_salary" int null, "bonus_amount" int null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, "revocation_ground" "revocation_ground" null, "revocation_reason" text null, "revocation_basis" text null, "certificate_recovery" "recovery_status" not null default 'NONE', "bonus_recovery" "recovery_status" not null default 'NONE', constraint "award_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "award_record" add constraint "award_record_nomination_id_unique" unique ("nomination_id");`);
    this.addSql(`alter table "award_record" add constraint "award_record_import_key_unique" unique ("import_key");`);
    this.addSql(`create index "award_record_unit_id_year_index" on "award_record" ("unit_id", "year");`);
    this.addSql(`create index "award_record_nominee_id_year_index" on "award_record" ("nominee_id", "year");`);

    this.addSql(`alter table "nominee" add constraint "nominee_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "initiative" add constraint "initiative_nominee_id_foreign" foreign key ("nominee_id") references "nominee" ("id") on update cascade;`);
    this.addSql(`alter table "initiative" add constraint "initiative_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "initiative" add constraint "initiative_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "award_record" add constraint "award_record_nominee_id_foreign" foreign key ("nominee_id") references "nominee" ("id") on update cascade;`);
    this.addSql(`alter table "award_record" add constraint "award_record_award_id_foreign" foreign key ("award_id") references "award_type" ("id") on update cascade;`);
    this.addSql(`alter table "award_record" add constraint "award_record_issuer_unit_id_foreign" foreign key ("issuer_unit_id") references "admin_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "award_record" add constraint "award_record_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "award_record" add constraint "award_record_movement_id_foreign" foreign key ("movement_id") references "movement" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "award_record" add constraint "award_record_period_id_foreign" foreign key ("period_id") references "period" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "award_record" add constraint "award_record_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "award_record" add constraint "award_record_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(
      `alter table "nomination" add column "nominee_id" uuid null, add column "commendation_kind" "commendation_kind" null, add column "declared_awards" jsonb not null default '[]';`,
    );
    this.addSql(
      `insert into "nominee" ("id", "created_at", "kind", "name", "folded_name", "unit_id", "gender", "positions", "household_head", "years", "updated_at")
       select n."id", n."created_at", n."nominee_kind", n."nominee_name", ${FOLDED('n."nominee_name"')}, n."original_unit_id", n."gender",
         case when n."workplace" is null and n."position" is null then '[]'::jsonb
           else jsonb_build_array(jsonb_build_object('workplace', coalesce(n."workplace", ''), 'position', coalesce(n."position", ''), 'from', null, 'to', null)) end,
         n."household_head",
         case when n."member_count" is null then '[]'::jsonb
           else jsonb_build_array(jsonb_build_object('year', p."year", 'memberCount', n."member_count", 'femaleMemberCount', n."female_member_count")) end,
         n."updated_at"
       from "nomination" n join "period" p on p."id" = n."period_id";`,
    );
    this.addSql(
      `update "nomination" n set "nominee_id" = n."id",
         "commendation_kind" = case when a."kind" = 'TITLE' then 'CONG_TRANG'::"commendation_kind" else 'CHUYEN_DE'::"commendation_kind" end
       from "award_type" a where a."id" = n."award_id";`,
    );
    this.addSql(
      `alter table "nomination" alter column "nominee_id" set not null, alter column "commendation_kind" set not null, alter column "declared_awards" drop default;`,
    );
    this.addSql(`alter table "nomination" add constraint "nomination_nominee_id_foreign" foreign key ("nominee_id") references "nominee" ("id") on update cascade;`);
    this.addSql(`create index "nomination_nominee_id_index" on "nomination" ("nominee_id");`);
    this.addSql(
      `insert into "award_record" ("id", "created_at", "nominee_id", "award_id", "year", "commendation_kind", "decision_number", "decision_date", "issuer_name", "unit_id", "movement_id", "movement_name", "period_id", "nomination_id", "certificate_number")
       select gen_random_uuid(), now(), n."nominee_id", n."award_id", p."year", n."commendation_kind", n."decision_number", n."decision_date", a."granting_authority", n."unit_id", n."movement_id", m."name", n."period_id", n."id", n."certificate_number"
       from "nomination" n join "period" p on p."id" = n."period_id" join "award_type" a on a."id" = n."award_id" join "movement" m on m."id" = n."movement_id"
       where n."status" = 'COMMENDED' and n."decision_number" is not null and n."decision_date" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "nomination" drop constraint "nomination_nominee_id_foreign";`);

    this.addSql(`alter table "initiative" drop constraint "initiative_nominee_id_foreign";`);

    this.addSql(`alter table "award_record" drop constraint "award_record_nominee_id_foreign";`);

    this.addSql(`drop table if exists "nominee" cascade;`);

    this.addSql(`drop table if exists "initiative" cascade;`);

    this.addSql(`drop table if exists "award_record" cascade;`);

    this.addSql(`alter table "nomination" drop column "nominee_id", drop column "commendation_kind", drop column "declared_awards";`);

    this.addSql(`drop type "commendation_kind";`);
    this.addSql(`drop type "initiative_scope";`);
    this.addSql(`drop type "award_record_source";`);
    this.addSql(`drop type "revocation_ground";`);
    this.addSql(`drop type "recovery_status";`);
  }

}
