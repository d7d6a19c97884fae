import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "settings" ALTER COLUMN "assists_enabled" SET DEFAULT false;`)
  // The column came with DEFAULT true, which filled an existing install's settings row: a manager
  // turns assists on, an upgrade does not.
  await db.execute(sql`UPDATE "settings" SET "assists_enabled" = false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "settings" ALTER COLUMN "assists_enabled" SET DEFAULT true;`)
}
