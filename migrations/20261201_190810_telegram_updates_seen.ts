import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "telegram_updates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"update_id" numeric NOT NULL,
  	"taken_at" timestamp(3) with time zone NOT NULL,
  	"done_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "telegram_updates_id" integer;
  CREATE UNIQUE INDEX "telegram_updates_update_id_idx" ON "telegram_updates" USING btree ("update_id");
  CREATE INDEX "telegram_updates_taken_at_idx" ON "telegram_updates" USING btree ("taken_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_telegram_updates_fk" FOREIGN KEY ("telegram_updates_id") REFERENCES "public"."telegram_updates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_telegram_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("telegram_updates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "telegram_updates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "telegram_updates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_telegram_updates_fk";
  
  DROP INDEX "payload_locked_documents_rels_telegram_updates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "telegram_updates_id";`)
}
