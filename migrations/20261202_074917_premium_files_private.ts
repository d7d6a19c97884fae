import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "premium" boolean DEFAULT false;
  CREATE INDEX "media_premium_idx" ON "media" USING btree ("premium");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_premium_idx";
  ALTER TABLE "media" DROP COLUMN "premium";`)
}
