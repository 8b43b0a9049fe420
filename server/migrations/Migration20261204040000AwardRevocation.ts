import { Migration } from '@mikro-orm/migrations';

/** Revoking an award (Law 06/2022 art. 93 cl. 2) and recording the recovery of its certificate and bonus. */
export class Migration20261204040000AwardRevocation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'AWARD_REVOKED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'RECOVERY_RECORDED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the added values stay, unused.
  }
}
