import { Migration } from '@mikro-orm/migrations';

/**
 * The audit table belongs to the migration role; the application's role may only insert and read
 * it. The application's role is `thidua_app`, or the one named by the database setting
 * `thidua.app_role` (`alter database … set thidua.app_role = '…'`); where no such role exists
 * (the embedded single-role setups) nothing changes and the append-only trigger still guards the table.
 */
export class Migration20261202041000AuditEventAppendOnlyRole extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$
declare app_role text := coalesce(nullif(current_setting('thidua.app_role', true), ''), 'thidua_app');
begin
  if exists (select 1 from pg_roles where rolname = app_role) and app_role <> current_user then
    execute format('revoke update, delete, truncate, references, trigger on table "audit_event" from %I', app_role);
    execute format('grant select, insert on table "audit_event" to %I', app_role);
  end if;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
declare app_role text := coalesce(nullif(current_setting('thidua.app_role', true), ''), 'thidua_app');
begin
  if exists (select 1 from pg_roles where rolname = app_role) and app_role <> current_user then
    execute format('grant update, delete on table "audit_event" to %I', app_role);
  end if;
end $$;`);
  }
}
