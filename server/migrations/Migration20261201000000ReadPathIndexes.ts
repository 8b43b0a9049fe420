import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes that serve each list's filter and order, newest first by (created_at, id):
 * the inbox per branch of its rule, nominations by unit subtree and period, overdue tasks by due date.
 * Partial on live tasks: closed ones are most of the table and never in an inbox.
 */
export class Migration20261201000000ReadPathIndexes extends Migration {
  override async up(): Promise<void> {
    // Subtree checks are `path like '/…/%'`: pattern ops serve them whatever the database's collation.
    this.addSql(`drop index if exists "admin_unit_path_index";`);
    this.addSql(`create index "admin_unit_path_index" on "admin_unit" ("path" varchar_pattern_ops);`);

    this.addSql(`create index "nomination_created_at_id_index" on "nomination" ("created_at" desc, "id" desc);`);
    this.addSql(`create index "nomination_unit_id_created_at_index" on "nomination" ("unit_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "nomination_period_id_created_at_index" on "nomination" ("period_id", "created_at" desc, "id" desc);`);

    this.addSql(`create index "review_task_inbox_index" on "review_task" ("unit_id", "candidate_role", "created_at" desc, "id" desc) where "status" in ('OPEN', 'CLAIMED');`);
    this.addSql(`create index "review_task_escalated_index" on "review_task" ("escalated_to_unit_id", "escalated_to_role", "created_at" desc, "id" desc) where "escalated_to_unit_id" is not null;`);
    this.addSql(`create index "review_task_decided_by_index" on "review_task" ("decided_by_id", "created_at" desc, "id" desc) where "decided_by_id" is not null;`);
    this.addSql(`create index "review_task_overdue_index" on "review_task" ("due_at", "id") where "status" in ('OPEN', 'CLAIMED');`);
    this.addSql(`create index "review_task_nomination_id_created_at_id_index" on "review_task" ("nomination_id", "created_at", "id");`);
    this.addSql(`create index "audit_event_nomination_id_occurred_at_id_index" on "audit_event" ("nomination_id", "occurred_at", "id");`);
    this.addSql(`drop index if exists "audit_event_nomination_id_occurred_at_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "audit_event_nomination_id_occurred_at_index" on "audit_event" ("nomination_id", "occurred_at");`);
    for (const name of [
      'audit_event_nomination_id_occurred_at_id_index',
      'review_task_nomination_id_created_at_id_index',
      'review_task_overdue_index',
      'review_task_decided_by_index',
      'review_task_escalated_index',
      'review_task_inbox_index',
      'nomination_period_id_created_at_index',
      'nomination_unit_id_created_at_index',
      'nomination_created_at_id_index',
      'admin_unit_path_index',
    ]) {
      this.addSql(`drop index if exists "${name}";`);
    }
    this.addSql(`create index "admin_unit_path_index" on "admin_unit" ("path");`);
  }
}
