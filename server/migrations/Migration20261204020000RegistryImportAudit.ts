import { Migration } from '@mikro-orm/migrations';

/** Importing the register of awards kept before the platform goes on the audit trail (issue 11). */
export class Migration20261204020000RegistryImportAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'REGISTRY_IMPORTED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the added value stays, unused.
  }
}
