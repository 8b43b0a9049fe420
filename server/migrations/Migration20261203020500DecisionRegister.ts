import { Migration } from '@mikro-orm/migrations';

/** A register number "N/…" read by SQL: its place, or null. */
const PLACE = (column: string) => `substring(${column} from '^(\\d+)/')::int`;

/**
 * The decision register (issue 10): the running number of a unit's decisions becomes its yearly
 * register (decision_sequence renamed, counts kept), with one entry per decision: the signed
 * rounds' and the per-nomination decisions already recorded are entered from their rows. The
 * certificates' register continues from the highest number each issuer gave in a year.
 */
export class Migration20261203020500DecisionRegister extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "decision_register_mode" as enum ('PLATFORM', 'CLERK');`);
    this.addSql(`create type "decision_entry_kind" as enum ('ROUND', 'COMMENDATION', 'OTHER');`);
    this.addSql(`create type "signed_as" as enum ('TM', 'KT');`);
    this.addSql(`alter table "decision_sequence" rename to "decision_register";`);
    this.addSql(`alter table "decision_register" rename constraint "decision_sequence_pkey" to "decision_register_pkey";`);
    this.addSql(
      `alter table "decision_register" rename constraint "decision_sequence_unit_id_year_unique" to "decision_register_unit_id_year_unique";`,
    );
    this.addSql(
      `alter table "decision_register" rename constraint "decision_sequence_unit_id_foreign" to "decision_register_unit_id_foreign";`,
    );
    this.addSql(
      `alter table "decision_register" add column "mode" "decision_register_mode" not null default 'PLATFORM', add column "symbol" varchar(20) null, alter column "last_number" set default 0;`,
    );
    this.addSql(
      `create table "decision_register_entry" ("id" uuid not null, "created_at" timestamptz not null, "register_id" uuid not null, "place" int not null, "decision_number" varchar(50) not null, "decision_date" date not null, "subject" varchar(500) not null, "kind" "decision_entry_kind" not null, "round_id" uuid null, "signed_as" "signed_as" null, "signature_block" jsonb null, "recorded_by_id" uuid null, constraint "decision_register_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "decision_register_entry" add constraint "decision_register_entry_register_id_place_unique" unique ("register_id", "place");`,
    );
    this.addSql(
      `create index "decision_register_entry_register_id_decision_date_index" on "decision_register_entry" ("register_id", "decision_date");`,
    );
    this.addSql(
      `alter table "decision_register_entry" add constraint "decision_register_entry_register_id_foreign" foreign key ("register_id") references "decision_register" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision_register_entry" add constraint "decision_register_entry_round_id_foreign" foreign key ("round_id") references "commendation_round" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "decision_register_entry" add constraint "decision_register_entry_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "decision_register_nomination" ("id" uuid not null, "created_at" timestamptz not null, "entry_id" uuid not null, "nomination_id" uuid not null, constraint "decision_register_nomination_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "decision_register_nomination" add constraint "decision_register_nomination_entry_id_nomination_id_unique" unique ("entry_id", "nomination_id");`,
    );
    this.addSql(
      `alter table "decision_register_nomination" add constraint "decision_register_nomination_entry_id_foreign" foreign key ("entry_id") references "decision_register_entry" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision_register_nomination" add constraint "decision_register_nomination_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`,
    );
    this.addSql(
      `create table "certificate_register" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "year" int not null, "prefix" varchar(10) not null, "last_number" int not null, constraint "certificate_register_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "certificate_register" add constraint "certificate_register_unit_id_year_prefix_unique" unique ("unit_id", "year", "prefix");`,
    );
    this.addSql(
      `alter table "certificate_register" add constraint "certificate_register_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`,
    );
    this.addSql(`alter table "commendation_round" add column "signed_as" "signed_as" null, add column "signature_block" jsonb null;`);
    this.carryOver();
  }

  /** The decisions and certificates already given, entered into the registers. */
  private carryOver(): void {
    // Signed rounds (their register rows exist already: the sequence numbered them).
    this.addSql(
      `insert into "decision_register" ("id", "created_at", "unit_id", "year", "last_number")
       select gen_random_uuid(), now(), r."unit_id", extract(year from r."decision_date")::int, 0 from "commendation_round" r
        where r."decision_number" ~ '^\\d+/' and r."decision_date" is not null
       group by r."unit_id", extract(year from r."decision_date")
       on conflict ("unit_id", "year") do nothing;`,
    );
    this.addSql(
      `insert into "decision_register_entry" ("id", "created_at", "register_id", "place", "decision_number", "decision_date", "subject", "kind", "round_id", "signed_as", "recorded_by_id")
       select gen_random_uuid(), now(), g."id", ${PLACE('r."decision_number"')}, r."decision_number", r."decision_date",
              'Về việc khen thưởng đợt ' || left(p."name", 470), 'ROUND', r."id", 'TM', r."signed_by_id"
         from "commendation_round" r join "period" p on p."id" = r."period_id"
         join "decision_register" g on g."unit_id" = r."unit_id" and g."year" = extract(year from r."decision_date")::int
        where r."decision_number" ~ '^\\d+/' and r."decision_date" is not null
       on conflict ("register_id", "place") do nothing;`,
    );
    // Per-nomination decisions: the issuing unit is the unit of the nomination's last task (its decision stage).
    this.addSql(
      `create temporary table "commended_carry" on commit drop as
       select n."id" as "nomination_id", t."unit_id", n."decision_number", n."decision_date",
              ${PLACE('n."decision_number"')} as "place", extract(year from n."decision_date")::int as "year"
         from "nomination" n
         join lateral (select "unit_id" from "review_task" where "nomination_id" = n."id" order by "created_at" desc limit 1) t on true
        where n."decision_number" ~ '^\\d+/' and n."decision_date" is not null
          and not exists (select 1 from "round_entry" e join "commendation_round" r on r."id" = e."round_id"
                           where e."nomination_id" = n."id" and r."decision_number" = n."decision_number");`,
    );
    this.addSql(
      `insert into "decision_register" ("id", "created_at", "unit_id", "year", "last_number")
       select gen_random_uuid(), now(), "unit_id", "year", 0 from "commended_carry" group by "unit_id", "year"
       on conflict ("unit_id", "year") do nothing;`,
    );
    this.addSql(
      `insert into "decision_register_entry" ("id", "created_at", "register_id", "place", "decision_number", "decision_date", "subject", "kind")
       select distinct on (g."id", c."place") gen_random_uuid(), now(), g."id", c."place", c."decision_number", c."decision_date",
              'Về việc khen thưởng', 'COMMENDATION'
         from "commended_carry" c join "decision_register" g on g."unit_id" = c."unit_id" and g."year" = c."year"
        order by g."id", c."place", c."decision_date"
       on conflict ("register_id", "place") do nothing;`,
    );
    this.addSql(
      `insert into "decision_register_nomination" ("id", "created_at", "entry_id", "nomination_id")
       select gen_random_uuid(), now(), e."id", c."nomination_id"
         from "commended_carry" c join "decision_register" g on g."unit_id" = c."unit_id" and g."year" = c."year"
         join "decision_register_entry" e on e."register_id" = g."id" and e."place" = c."place"
              and e."kind" = 'COMMENDATION' and e."decision_date" = c."decision_date";`,
    );
    this.addSql(
      `update "decision_register" g set "last_number" = greatest(g."last_number", m."top")
         from (select "register_id", max("place") as "top" from "decision_register_entry" group by "register_id") m
        where m."register_id" = g."id";`,
    );
    this.addSql(
      `insert into "certificate_register" ("id", "created_at", "unit_id", "year", "prefix", "last_number")
       select gen_random_uuid(), now(), r."unit_id", substring(e."certificate_number" from 4 for 4)::int,
              substring(e."certificate_number" from 1 for 2), max(substring(e."certificate_number" from 9)::int)
         from "round_entry" e join "commendation_round" r on r."id" = e."round_id"
        where e."certificate_number" ~ '^[A-Z]{2}-\\d{4}-\\d{4,}$'
        group by r."unit_id", substring(e."certificate_number" from 4 for 4), substring(e."certificate_number" from 1 for 2);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "commendation_round" drop column "signed_as", drop column "signature_block";`);
    this.addSql(`drop table if exists "certificate_register" cascade;`);
    this.addSql(`drop table if exists "decision_register_nomination" cascade;`);
    this.addSql(`drop table if exists "decision_register_entry" cascade;`);
    this.addSql(`alter table "decision_register" drop column "mode", drop column "symbol", alter column "last_number" drop default;`);
    this.addSql(`alter table "decision_register" rename constraint "decision_register_unit_id_foreign" to "decision_sequence_unit_id_foreign";`);
    this.addSql(
      `alter table "decision_register" rename constraint "decision_register_unit_id_year_unique" to "decision_sequence_unit_id_year_unique";`,
    );
    this.addSql(`alter table "decision_register" rename constraint "decision_register_pkey" to "decision_sequence_pkey";`);
    this.addSql(`alter table "decision_register" rename to "decision_sequence";`);
    this.addSql(`drop type "signed_as";`);
    this.addSql(`drop type "decision_entry_kind";`);
    this.addSql(`drop type "decision_register_mode";`);
  }
}
