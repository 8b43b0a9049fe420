import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000000InitialSchema extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "admin_level" as enum ('PROVINCE', 'DISTRICT', 'COMMUNE');`);
    this.addSql(`create type "nominee_kind" as enum ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD');`);
    this.addSql(`create type "period_kind" as enum ('ANNUAL', 'MIDTERM', 'FINAL');`);
    this.addSql(`create type "role" as enum ('SUBMITTER', 'REVIEWER', 'APPROVER', 'ADMIN', 'OBSERVER');`);
    this.addSql(`create type "nomination_status" as enum ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'COMMENDED', 'REJECTED', 'WITHDRAWN');`);
    this.addSql(`create type "task_kind" as enum ('REVIEW', 'DECISION');`);
    this.addSql(`create type "task_status" as enum ('OPEN', 'CLAIMED', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "decision" as enum ('APPROVE', 'RETURN', 'REJECT');`);
    this.addSql(`create type "audit_action" as enum ('CREATED', 'UPDATED', 'SUBMITTED', 'TASK_OPENED', 'TASK_CLAIMED', 'APPROVED', 'RETURNED', 'REJECTED', 'RESUBMITTED', 'WITHDRAWN', 'COMMENDED');`);
    this.addSql(`create table "admin_unit" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(10) not null, "name" varchar(200) not null, "type" varchar(50) not null, "level" "admin_level" not null, "parent_id" uuid null, "path" varchar(200) not null, "valid_from" date not null, "valid_to" date null, constraint "admin_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "admin_unit_path_index" on "admin_unit" ("path");`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "campaign" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(50) not null, "name" varchar(300) not null, "start_year" int not null, "end_year" int not null, "issuing_unit_id" uuid not null, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);

    this.addSql(`create table "movement" ("id" uuid not null, "created_at" timestamptz not null, "campaign_id" uuid not null, "position" int not null, "name" varchar(300) not null, "target_group" varchar(300) not null, "nominee_kinds" "nominee_kind"[] not null, constraint "movement_pkey" primary key ("id"));`);

    this.addSql(`create table "period" ("id" uuid not null, "created_at" timestamptz not null, "campaign_id" uuid not null, "kind" "period_kind" not null, "year" int not null, "name" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "routing_policy_code" varchar(50) not null, constraint "period_pkey" primary key ("id"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "username" varchar(100) not null, "full_name" varchar(200) not null, "active" boolean not null default true, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "role" "role" not null, "unit_id" uuid not null, constraint "role_assignment_pkey" primary key ("id"));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_role_unit_id_unique" unique ("user_id", "role", "unit_id");`);

    this.addSql(`create table "nomination" ("id" uuid not null, "created_at" timestamptz not null, "period_id" uuid not null, "movement_id" uuid not null, "unit_id" uuid not null, "created_by_id" uuid not null, "nominee_kind" "nominee_kind" not null, "nominee_name" varchar(200) not null, "achievements" text not null, "proposed_award" varchar(200) not null, "status" "nomination_status" not null default 'DRAFT', "stage_index" int not null default 0, "current_stage_key" varchar(50) null, "round" int not null default 1, "routing_policy" jsonb null, "submitted_at" timestamptz null, "decision_number" varchar(50) null, "decision_date" date null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "nomination_pkey" primary key ("id"));`);
    this.addSql(`create index "nomination_status_created_at_index" on "nomination" ("status", "created_at");`);

    this.addSql(`create table "review_task" ("id" uuid not null, "created_at" timestamptz not null, "nomination_id" uuid not null, "stage_key" varchar(50) not null, "stage_name" varchar(200) not null, "kind" "task_kind" not null, "round" int not null, "unit_id" uuid not null, "candidate_role" "role" not null, "assignee_id" uuid null, "status" "task_status" not null default 'OPEN', "due_at" timestamptz not null, "closed_at" timestamptz null, "outcome" "decision" null, "comment" text null, "decided_by_id" uuid null, constraint "review_task_pkey" primary key ("id"));`);
    this.addSql(`create index "review_task_unit_id_status_index" on "review_task" ("unit_id", "status");`);
    this.addSql(`alter table "review_task" add constraint "review_task_nomination_id_stage_key_round_unique" unique ("nomination_id", "stage_key", "round");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null, "idempotency_key" varchar(200) not null, "nomination_id" uuid null, "actor_id" uuid null, "actor_role" "role" null, "unit_id" uuid null, "action" "audit_action" not null, "before" jsonb null, "after" jsonb null, "comment" text null, "occurred_at" timestamptz not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "audit_event_nomination_id_occurred_at_index" on "audit_event" ("nomination_id", "occurred_at");`);

    this.addSql(`alter table "admin_unit" add constraint "admin_unit_parent_id_foreign" foreign key ("parent_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign" add constraint "campaign_issuing_unit_id_foreign" foreign key ("issuing_unit_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "movement" add constraint "movement_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);

    this.addSql(`alter table "period" add constraint "period_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "nomination" add constraint "nomination_period_id_foreign" foreign key ("period_id") references "period" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_movement_id_foreign" foreign key ("movement_id") references "movement" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "review_task" add constraint "review_task_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);
    this.addSql(`alter table "review_task" add constraint "review_task_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "review_task" add constraint "review_task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "review_task" add constraint "review_task_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    // The audit trail is append-only, whatever code or person connects to the database.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only'; end $$;`);
    this.addSql(`create trigger audit_event_no_change before update or delete on "audit_event" for each statement execute function audit_event_append_only();`);
  }
}
