import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "send_budget" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"next_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "send_budget_id" integer;
  CREATE UNIQUE INDEX "send_budget_key_idx" ON "send_budget" USING btree ("key");
  CREATE INDEX "send_budget_updated_at_idx" ON "send_budget" USING btree ("updated_at");
  CREATE INDEX "send_budget_created_at_idx" ON "send_budget" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_send_budget_fk" FOREIGN KEY ("send_budget_id") REFERENCES "public"."send_budget"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_send_budget_id_idx" ON "payload_locked_documents_rels" USING btree ("send_budget_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "send_budget" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "send_budget" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_send_budget_fk";
  
  DROP INDEX "payload_locked_documents_rels_send_budget_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "send_budget_id";`)
}
