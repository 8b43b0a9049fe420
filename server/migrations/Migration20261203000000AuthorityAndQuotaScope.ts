import { Migration } from '@mikro-orm/migrations';

/**
 * Who nominates and how quotas count (issue 10): units gain a kind (administrative, or a nominating
 * organisation attached to one); award authority gains the agency head; a quota belongs to a deciding
 * unit and an award form. Campaign-wide quotas of before bounded the campaign's decisions: they become
 * quotas of the campaign's issuing unit, for every award form it decides (award left empty).
 */
export class Migration20261203000000AuthorityAndQuotaScope extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "unit_kind" as enum ('ADMINISTRATIVE', 'AGENCY', 'ORGANISATION', 'ENTERPRISE', 'EMULATION_CLUSTER');`,
    );
    this.addSql(`alter table "admin_unit" add column "kind" "unit_kind" not null default 'ADMINISTRATIVE';`);
    this.addSql(`alter type "award_level" add value if not exists 'AGENCY';`);
    this.addSql(
      `alter table "quota" add column "award_id" uuid null, add column "deciding_level" "admin_level" null, add column "deciding_unit_id" uuid null;`,
    );
    this.addSql(
      `alter table "quota" add constraint "quota_award_id_foreign" foreign key ("award_id") references "award_type" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "quota" add constraint "quota_deciding_unit_id_foreign" foreign key ("deciding_unit_id") references "admin_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `update "quota" q set "deciding_unit_id" = c."issuing_unit_id" from "campaign" c
        where c."id" = q."campaign_id" and q."unit_id" is null and q."unit_level" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "quota" where "deciding_level" is not null;`);
    this.addSql(`update "quota" set "deciding_unit_id" = null, "award_id" = null;`);
    this.addSql(`alter table "quota" drop column "award_id", drop column "deciding_level", drop column "deciding_unit_id";`);
    this.addSql(`alter table "admin_unit" drop column "kind";`);
    this.addSql(`drop type "unit_kind";`);
  }
}
