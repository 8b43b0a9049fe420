import { Migration } from '@mikro-orm/migrations';

export class Migration20261121010000DeadlinesAndRounds extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "routing_policy" add column "revision_working_days" int not null default 10;`);
    this.addSql(`create type "approval_threshold" as enum ('SIMPLE_MAJORITY', 'NINETY_PERCENT_OF_MEMBERS');`);
    this.addSql(`create type "notification_kind" as enum ('TASK_ASSIGNED', 'REMINDER', 'ESCALATION', 'DEADLINE_EXTENDED', 'RETURNED', 'DECISION', 'WINDOW', 'VOTE_REQUESTED', 'OBJECTION');`);
    this.addSql(`create type "round_status" as enum ('SHORTLISTING', 'VOTING', 'PUBLIC_NOTICE', 'SIGNING', 'ISSUED');`);
    this.addSql(`create type "round_outcome" as enum ('PENDING', 'AWARDED', 'NOT_AWARDED');`);
    this.addSql(`create type "objection_status" as enum ('OPEN', 'UPHELD', 'DISMISSED');`);
    this.addSql(`create type "vote" as enum ('YES', 'NO', 'ABSTAIN');`);
    this.addSql(`create table "decision_sequence" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "year" int not null, "last_number" int not null, constraint "decision_sequence_pkey" primary key ("id"));`);
    this.addSql(`alter table "decision_sequence" add constraint "decision_sequence_unit_id_year_unique" unique ("unit_id", "year");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "idempotency_key" varchar(200) not null, "recipient_id" uuid not null, "kind" "notification_kind" not null, "nomination_id" uuid null, "task_id" uuid null, "title_vi" varchar(300) not null, "title_en" varchar(300) not null, "body_vi" text not null, "body_en" text not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);

    this.addSql(`create table "commendation_round" ("id" uuid not null, "created_at" timestamptz not null, "period_id" uuid not null, "unit_id" uuid not null, "status" "round_status" not null default 'SHORTLISTING', "voting_closes_at" timestamptz null, "notice_closes_at" timestamptz null, "decision_number" varchar(50) null, "decision_date" date null, "signed_by_id" uuid null, constraint "commendation_round_pkey" primary key ("id"));`);
    this.addSql(`alter table "commendation_round" add constraint "commendation_round_period_id_unit_id_unique" unique ("period_id", "unit_id");`);

    this.addSql(`create table "round_entry" ("id" uuid not null, "created_at" timestamptz not null, "round_id" uuid not null, "nomination_id" uuid not null, "rank" int not null, "score" double precision not null, "yes_votes" int not null default 0, "no_votes" int not null default 0, "objected" boolean not null default false, "outcome" "round_outcome" not null default 'PENDING', "certificate_number" varchar(60) null, constraint "round_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "round_entry" add constraint "round_entry_round_id_nomination_id_unique" unique ("round_id", "nomination_id");`);

    this.addSql(`create table "objection" ("id" uuid not null, "created_at" timestamptz not null, "entry_id" uuid not null, "filed_by_id" uuid not null, "reason" text not null, "status" "objection_status" not null default 'OPEN', "resolution" text null, "resolved_by_id" uuid null, "resolved_at" timestamptz null, constraint "objection_pkey" primary key ("id"));`);

    this.addSql(`create table "council_ballot" ("id" uuid not null, "created_at" timestamptz not null, "entry_id" uuid not null, "member_id" uuid not null, "vote" "vote" not null, "in_writing" boolean not null default false, constraint "council_ballot_pkey" primary key ("id"));`);
    this.addSql(`alter table "council_ballot" add constraint "council_ballot_entry_id_member_id_unique" unique ("entry_id", "member_id");`);

    this.addSql(`create table "calendar_override" ("id" uuid not null, "created_at" timestamptz not null, "year" int not null, "extra_days_off" jsonb not null, "working_days" jsonb not null, "tet_days_off" jsonb null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "calendar_override_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_override" add constraint "calendar_override_year_unique" unique ("year");`);

    this.addSql(`alter table "decision_sequence" add constraint "decision_sequence_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_task_id_foreign" foreign key ("task_id") references "review_task" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "commendation_round" add constraint "commendation_round_period_id_foreign" foreign key ("period_id") references "period" ("id") on update cascade;`);
    this.addSql(`alter table "commendation_round" add constraint "commendation_round_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "commendation_round" add constraint "commendation_round_signed_by_id_foreign" foreign key ("signed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "round_entry" add constraint "round_entry_round_id_foreign" foreign key ("round_id") references "commendation_round" ("id") on update cascade;`);
    this.addSql(`alter table "round_entry" add constraint "round_entry_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);

    this.addSql(`alter table "objection" add constraint "objection_entry_id_foreign" foreign key ("entry_id") references "round_entry" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "council_ballot" add constraint "council_ballot_entry_id_foreign" foreign key ("entry_id") references "round_entry" ("id") on update cascade;`);
    this.addSql(`alter table "council_ballot" add constraint "council_ballot_member_id_foreign" foreign key ("member_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "calendar_override" add constraint "calendar_override_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "award_type" add column "approval_threshold" "approval_threshold" not null default 'SIMPLE_MAJORITY';`);

    this.addSql(`alter table "period" add column "level_cutoffs" jsonb null;`);

    this.addSql(`alter type "role" add value if not exists 'COUNCIL_MEMBER' after 'OBSERVER';`);

    this.addSql(`alter type "nomination_status" add value if not exists 'EXPIRED' after 'WITHDRAWN';`);

    this.addSql(`alter type "nomination_status" add value if not exists 'NOT_AWARDED' after 'EXPIRED';`);

    this.addSql(`alter table "nomination" add column "certificate_number" varchar(60) null, add column "revision_due_at" timestamptz null;`);

    this.addSql(`alter type "role" add value if not exists 'COUNCIL_MEMBER' after 'OBSERVER';`);

    this.addSql(`alter table "review_task" add column "score" int null, add column "escalation_level" int not null default 0, add column "escalated_to_unit_id" uuid null, add column "escalated_to_role" "role" null, add column "escalation_due_at" timestamptz null, add column "forwarded_without_review" boolean not null default false;`);
    this.addSql(`alter table "review_task" add constraint "review_task_escalated_to_unit_id_foreign" foreign key ("escalated_to_unit_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter type "role" add value if not exists 'COUNCIL_MEMBER' after 'OBSERVER';`);

    this.addSql(`alter type "audit_action" add value if not exists 'REMINDER_SENT' after 'ROLE_DELEGATED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'TASK_ESCALATED' after 'REMINDER_SENT';`);

    this.addSql(`alter type "audit_action" add value if not exists 'DEADLINE_EXTENDED' after 'TASK_ESCALATED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'AUTO_RETURNED' after 'DEADLINE_EXTENDED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'AUTO_FORWARDED' after 'AUTO_RETURNED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'EXPIRED' after 'AUTO_FORWARDED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'NOT_AWARDED' after 'EXPIRED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'ROUND_CHANGED' after 'NOT_AWARDED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'VOTE_CAST' after 'ROUND_CHANGED';`);

    this.addSql(`alter type "audit_action" add value if not exists 'OBJECTION_FILED' after 'VOTE_CAST';`);

    this.addSql(`alter type "audit_action" add value if not exists 'OBJECTION_RESOLVED' after 'OBJECTION_FILED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "round_entry" drop constraint "round_entry_round_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_entry_id_foreign";`);

    this.addSql(`alter table "council_ballot" drop constraint "council_ballot_entry_id_foreign";`);

    this.addSql(`drop table if exists "decision_sequence" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "commendation_round" cascade;`);

    this.addSql(`drop table if exists "round_entry" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "council_ballot" cascade;`);

    this.addSql(`drop table if exists "calendar_override" cascade;`);

    this.addSql(`alter table "review_task" drop constraint "review_task_escalated_to_unit_id_foreign";`);

    this.addSql(`alter table "award_type" drop column "approval_threshold";`);

    this.addSql(`alter table "nomination" drop column "certificate_number", drop column "revision_due_at";`);

    this.addSql(`alter table "period" drop column "level_cutoffs";`);

    this.addSql(`alter table "review_task" drop column "score", drop column "escalation_level", drop column "escalated_to_unit_id", drop column "escalated_to_role", drop column "escalation_due_at", drop column "forwarded_without_review";`);

    this.addSql(`drop type "approval_threshold";`);
    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "round_status";`);
    this.addSql(`drop type "round_outcome";`);
    this.addSql(`drop type "objection_status";`);
    this.addSql(`drop type "vote";`);
  }

}
