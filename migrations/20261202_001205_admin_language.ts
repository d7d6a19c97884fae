import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_admin_language" AS ENUM('ru', 'uz', 'en');
  ALTER TABLE "settings" ADD COLUMN "admin_language" "enum_settings_admin_language" DEFAULT 'ru' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "settings" DROP COLUMN "admin_language";
  DROP TYPE "public"."enum_settings_admin_language";`)
}
