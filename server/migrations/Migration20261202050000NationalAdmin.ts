import { Migration } from '@mikro-orm/migrations';

/**
 * Powers kept where they belong (issue 9): the national administrator who alone sets the
 * Government's working calendar is a flag on the user, set only by the seed or the command line
 * (`npm run national-admin`), never through the API.
 */
export class Migration20261202050000NationalAdmin extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "national_admin" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "national_admin";`);
  }
}
