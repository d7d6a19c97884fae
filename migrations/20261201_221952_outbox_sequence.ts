import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outbox" ADD COLUMN "sequence" varchar;
  CREATE INDEX "sequence_status_idx" ON "outbox" USING btree ("sequence","status");`)
  // Rows written before the column keep their order: their sequence moves out of the payload.
  await db.execute(sql`UPDATE "outbox" SET "sequence" = "payload"->>'sequence' WHERE "sequence" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "sequence_status_idx";
  ALTER TABLE "outbox" DROP COLUMN "sequence";`)
}
