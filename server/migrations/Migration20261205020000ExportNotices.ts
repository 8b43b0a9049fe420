import { Migration } from '@mikro-orm/migrations';

/** Exports (issue 12): the notice that a background export is ready to download. */
export class Migration20261205020000ExportNotices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "notification_kind" add value if not exists 'FILE_READY';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; an unused FILE_READY is harmless.
  }
}
