import { Migration } from '@mikro-orm/migrations';

/**
 * Drift and failures visible (issue 9): the PIPELINE_FAILED status, its audit actions and
 * notification, and the table the periodic reconciliation fills.
 */
export class Migration20261202040000PipelineFailureAndDrift extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "nomination_status" add value if not exists 'PIPELINE_FAILED' after 'NOT_AWARDED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PIPELINE_FAILED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PIPELINE_RETRIED';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'PIPELINE_FAILED';`);
    this.addSql(
      `create type "drift_kind" as enum ('WORKFLOW_MISSING', 'WORKFLOW_CLOSED', 'STATUS_MISMATCH', 'STAGE_MISMATCH', 'TASK_MISMATCH', 'PIPELINE_FAILED', 'QUERY_FAILED');`,
    );
    this.addSql(
      `create table "pipeline_drift" ("id" uuid not null, "created_at" timestamptz not null, "nomination_id" uuid not null, "kind" "drift_kind" not null, "detail" text not null, "database_status" "nomination_status" not null, "workflow_execution" varchar(30) null, "workflow_status" varchar(30) null, "checked_at" timestamptz not null, constraint "pipeline_drift_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "pipeline_drift" add constraint "pipeline_drift_nomination_id_unique" unique ("nomination_id");`);
    this.addSql(
      `alter table "pipeline_drift" add constraint "pipeline_drift_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the added values stay, unused.
    this.addSql(`drop table if exists "pipeline_drift" cascade;`);
    this.addSql(`drop type if exists "drift_kind";`);
  }
}
