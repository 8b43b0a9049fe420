import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000000InitialSchema extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "admin_level" as enum ('PROVINCE', 'DISTRICT', 'COMMUNE');`);
    this.addSql(`create type "award_kind" as enum ('FORM', 'TITLE');`);
    this.addSql(`create type "award_level" as enum ('NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');`);
    this.addSql(`create type "nominee_kind" as enum ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD');`);
    this.addSql(`create type "campaign_status" as enum ('DRAFT', 'ACTIVE', 'CLOSED');`);
    this.addSql(`create type "period_kind" as enum ('ANNUAL', 'MIDTERM', 'FINAL');`);
    this.addSql(`create type "succession_kind" as enum ('FULL', 'PARTIAL');`);
    this.addSql(`create type "role" as enum ('SUBMITTER', 'REVIEWER', 'APPROVER', 'ADMIN', 'OBSERVER');`);
    this.addSql(`create type "gender" as enum ('FEMALE', 'MALE');`);
    this.addSql(`create type "nomination_status" as enum ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'SUSPENDED', 'COMMENDED', 'REJECTED', 'WITHDRAWN');`);
    this.addSql(`create type "task_kind" as enum ('REVIEW', 'DECISION');`);
    this.addSql(`create type "task_status" as enum ('OPEN', 'CLAIMED', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "decision" as enum ('APPROVE', 'RETURN', 'REJECT');`);
    this.addSql(`create type "document_slot" as enum ('SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'REVIEW_MINUTES', 'EVIDENCE');`);
    this.addSql(`create type "audit_action" as enum ('CREATED', 'UPDATED', 'SUBMITTED', 'TASK_OPENED', 'TASK_CLAIMED', 'APPROVED', 'RETURNED', 'REJECTED', 'RESUBMITTED', 'WITHDRAWN', 'COMMENDED', 'SUSPENDED', 'RESUMED', 'UNIT_REHOMED', 'DOCUMENT_UPLOADED', 'CAMPAIGN_CHANGED', 'USER_CHANGED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'ROLE_DELEGATED');`);
    this.addSql(`create table "admin_unit" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(10) not null, "name" varchar(200) not null, "type" varchar(50) not null, "level" "admin_level" not null, "parent_id" uuid null, "path" varchar(200) not null, "valid_from" date not null, "valid_to" date null, constraint "admin_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "admin_unit_path_index" on "admin_unit" ("path");`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "award_type" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(60) not null, "name" varchar(200) not null, "kind" "award_kind" not null, "granting_level" "award_level" not null, "granting_authority" varchar(200) not null, "nominee_kinds" "nominee_kind"[] not null, "prerequisite_codes" jsonb not null, constraint "award_type_pkey" primary key ("id"));`);
    this.addSql(`alter table "award_type" add constraint "award_type_code_unique" unique ("code");`);

    this.addSql(`create table "campaign" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(50) not null, "name" varchar(300) not null, "start_year" int not null, "end_year" int not null, "description" text not null default '', "status" "campaign_status" not null default 'DRAFT', "issuing_unit_id" uuid not null, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);

    this.addSql(`create table "campaign_award" ("campaign_id" uuid not null, "award_type_id" uuid not null, constraint "campaign_award_pkey" primary key ("campaign_id", "award_type_id"));`);

    this.addSql(`create table "movement" ("id" uuid not null, "created_at" timestamptz not null, "campaign_id" uuid not null, "position" int not null, "name" varchar(300) not null, "target_group" varchar(300) not null, "nominee_kinds" "nominee_kind"[] not null, constraint "movement_pkey" primary key ("id"));`);

    this.addSql(`create table "period" ("id" uuid not null, "created_at" timestamptz not null, "campaign_id" uuid not null, "kind" "period_kind" not null, "year" int not null, "name" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "submission_opens_on" date not null, "submission_closes_on" date not null, constraint "period_pkey" primary key ("id"));`);

    this.addSql(`create table "quota" ("id" uuid not null, "created_at" timestamptz not null, "campaign_id" uuid not null, "movement_id" uuid not null, "period_kind" "period_kind" not null, "nominee_kind" "nominee_kind" not null, "unit_level" "admin_level" null, "unit_id" uuid null, "max_count" int not null, constraint "quota_pkey" primary key ("id"));`);

    this.addSql(`create table "routing_policy" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(50) not null, "name" varchar(200) not null, "effective_from" date not null, "effective_to" date null, "stages" jsonb not null, "built_in" boolean not null default false, "owner_unit_id" uuid null, constraint "routing_policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "routing_policy" add constraint "routing_policy_code_unique" unique ("code");`);

    this.addSql(`create table "period_routing_policy" ("period_id" uuid not null, "routing_policy_entity_id" uuid not null, constraint "period_routing_policy_pkey" primary key ("period_id", "routing_policy_entity_id"));`);

    this.addSql(`create table "unit_succession" ("id" uuid not null, "created_at" timestamptz not null, "predecessor_id" uuid not null, "successor_id" uuid not null, "kind" "succession_kind" not null, "effective_on" date not null, constraint "unit_succession_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_successor_id_unique" unique ("predecessor_id", "successor_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "username" varchar(100) not null, "full_name" varchar(200) not null, "active" boolean not null default true, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "role" "role" not null, "unit_id" uuid not null, "valid_from" date not null default '2000-01-01', "valid_to" date null, "delegated_by_id" uuid null, "granted_by_id" uuid null, "revoked_at" timestamptz null, constraint "role_assignment_pkey" primary key ("id"));`);

    this.addSql(`create table "nomination" ("id" uuid not null, "created_at" timestamptz not null, "period_id" uuid not null, "movement_id" uuid not null, "unit_id" uuid not null, "original_unit_id" uuid not null, "created_by_id" uuid not null, "nominee_kind" "nominee_kind" not null, "nominee_name" varchar(200) not null, "achievements" text not null, "award_id" uuid not null, "gender" "gender" null, "position" varchar(200) null, "workplace" varchar(200) null, "member_count" int null, "female_member_count" int null, "household_head" varchar(200) null, "prior_award_codes" jsonb not null, "status" "nomination_status" not null default 'DRAFT', "stage_index" int not null default 0, "suspension_reason" text null, "status_before_suspension" varchar(20) null, "current_stage_key" varchar(50) null, "round" int not null default 1, "routing_policy" jsonb null, "submitted_at" timestamptz null, "decision_number" varchar(50) null, "decision_date" date null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "nomination_pkey" primary key ("id"));`);
    this.addSql(`create index "nomination_status_created_at_index" on "nomination" ("status", "created_at");`);

    this.addSql(`create table "review_task" ("id" uuid not null, "created_at" timestamptz not null, "nomination_id" uuid not null, "stage_key" varchar(50) not null, "stage_name" varchar(200) not null, "kind" "task_kind" not null, "round" int not null, "unit_id" uuid not null, "candidate_role" "role" not null, "assignee_id" uuid null, "status" "task_status" not null default 'OPEN', "due_at" timestamptz not null, "closed_at" timestamptz null, "outcome" "decision" null, "comment" text null, "decided_by_id" uuid null, constraint "review_task_pkey" primary key ("id"));`);
    this.addSql(`create index "review_task_unit_id_status_index" on "review_task" ("unit_id", "status");`);
    this.addSql(`alter table "review_task" add constraint "review_task_nomination_id_stage_key_round_unique" unique ("nomination_id", "stage_key", "round");`);

    this.addSql(`create table "dossier_document" ("id" uuid not null, "created_at" timestamptz not null, "nomination_id" uuid not null, "slot" "document_slot" not null, "version" int not null, "file_name" varchar(255) not null, "content_type" varchar(120) not null, "size" int not null, "sha256" varchar(64) null, "storage_key" varchar(300) not null, "uploaded_by_id" uuid not null, "stored_at" timestamptz null, "frozen" boolean not null default false, constraint "dossier_document_pkey" primary key ("id"));`);
    this.addSql(`create index "dossier_document_nomination_id_slot_version_index" on "dossier_document" ("nomination_id", "slot", "version");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null, "idempotency_key" varchar(200) not null, "nomination_id" uuid null, "actor_id" uuid null, "on_behalf_of_id" uuid null, "entity_type" varchar(50) null, "entity_id" varchar(60) null, "actor_role" "role" null, "unit_id" uuid null, "action" "audit_action" not null, "before" jsonb null, "after" jsonb null, "comment" text null, "occurred_at" timestamptz not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_nomination_id_occurred_at_index" on "audit_event" ("nomination_id", "occurred_at");`);

    this.addSql(`alter table "admin_unit" add constraint "admin_unit_parent_id_foreign" foreign key ("parent_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign" add constraint "campaign_issuing_unit_id_foreign" foreign key ("issuing_unit_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "campaign_award" add constraint "campaign_award_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_award" add constraint "campaign_award_award_type_id_foreign" foreign key ("award_type_id") references "award_type" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "movement" add constraint "movement_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);

    this.addSql(`alter table "period" add constraint "period_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);

    this.addSql(`alter table "quota" add constraint "quota_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "quota" add constraint "quota_movement_id_foreign" foreign key ("movement_id") references "movement" ("id") on update cascade;`);
    this.addSql(`alter table "quota" add constraint "quota_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "routing_policy" add constraint "routing_policy_owner_unit_id_foreign" foreign key ("owner_unit_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "period_routing_policy" add constraint "period_routing_policy_period_id_foreign" foreign key ("period_id") references "period" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "period_routing_policy" add constraint "period_routing_policy_routing_policy_entity_id_foreign" foreign key ("routing_policy_entity_id") references "routing_policy" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_successor_id_foreign" foreign key ("successor_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_delegated_by_id_foreign" foreign key ("delegated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_granted_by_id_foreign" foreign key ("granted_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "nomination" add constraint "nomination_period_id_foreign" foreign key ("period_id") references "period" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_movement_id_foreign" foreign key ("movement_id") references "movement" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_original_unit_id_foreign" foreign key ("original_unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_award_id_foreign" foreign key ("award_id") references "award_type" ("id") on update cascade;`);

    this.addSql(`alter table "review_task" add constraint "review_task_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);
    this.addSql(`alter table "review_task" add constraint "review_task_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "review_task" add constraint "review_task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "review_task" add constraint "review_task_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "dossier_document" add constraint "dossier_document_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);
    this.addSql(`alter table "dossier_document" add constraint "dossier_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_on_behalf_of_id_foreign" foreign key ("on_behalf_of_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    // The audit trail is append-only, whatever code or person connects to the database.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only'; end $$;`);
    this.addSql(`create trigger audit_event_no_change before update or delete on "audit_event" for each statement execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`);
  }
}
