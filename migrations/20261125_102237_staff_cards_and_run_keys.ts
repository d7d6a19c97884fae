import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_staff_language" AS ENUM('ru', 'uz', 'en');
  CREATE TABLE "run_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"lease_until" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone,
  	"result" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "orders" ADD COLUMN "staff_card_chat_id" numeric;
  ALTER TABLE "orders" ADD COLUMN "staff_card_message_id" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "run_keys_id" integer;
  ALTER TABLE "settings" ADD COLUMN "staff_language" "enum_settings_staff_language" DEFAULT 'ru';
  CREATE UNIQUE INDEX "run_keys_key_idx" ON "run_keys" USING btree ("key");
  CREATE INDEX "run_keys_updated_at_idx" ON "run_keys" USING btree ("updated_at");
  CREATE INDEX "run_keys_created_at_idx" ON "run_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_run_keys_fk" FOREIGN KEY ("run_keys_id") REFERENCES "public"."run_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_run_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("run_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "run_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "run_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_run_keys_fk";
  
  DROP INDEX "payload_locked_documents_rels_run_keys_id_idx";
  ALTER TABLE "orders" DROP COLUMN "staff_card_chat_id";
  ALTER TABLE "orders" DROP COLUMN "staff_card_message_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "run_keys_id";
  ALTER TABLE "settings" DROP COLUMN "staff_language";
  DROP TYPE "public"."enum_settings_staff_language";`)
}
