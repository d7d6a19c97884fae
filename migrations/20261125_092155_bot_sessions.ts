import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "bot_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bot_sessions_id" integer;
  CREATE UNIQUE INDEX "bot_sessions_key_idx" ON "bot_sessions" USING btree ("key");
  CREATE INDEX "bot_sessions_updated_at_idx" ON "bot_sessions" USING btree ("updated_at");
  CREATE INDEX "bot_sessions_created_at_idx" ON "bot_sessions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bot_sessions_fk" FOREIGN KEY ("bot_sessions_id") REFERENCES "public"."bot_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_bot_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("bot_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "bot_sessions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bot_sessions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bot_sessions_fk";
  
  DROP INDEX "payload_locked_documents_rels_bot_sessions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bot_sessions_id";`)
}
