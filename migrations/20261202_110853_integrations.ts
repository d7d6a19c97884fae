import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_integration_failures_status" AS ENUM('open', 'retried', 'dismissed');
  CREATE TABLE "integration_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"integration" varchar NOT NULL,
  	"last_success_at" timestamp(3) with time zone,
  	"last_failure_at" timestamp(3) with time zone,
  	"failures_in_row" numeric DEFAULT 0,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "integration_failures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"integration" varchar NOT NULL,
  	"call" varchar NOT NULL,
  	"status" "enum_integration_failures_status" DEFAULT 'open' NOT NULL,
  	"error" varchar NOT NULL,
  	"attempts" numeric,
  	"payload" jsonb,
  	"retry" jsonb,
  	"announced_at" timestamp(3) with time zone,
  	"handled_by_id" integer,
  	"handled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "integration_status_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "integration_failures_id" integer;
  ALTER TABLE "integration_failures" ADD CONSTRAINT "integration_failures_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "integration_status_integration_idx" ON "integration_status" USING btree ("integration");
  CREATE INDEX "integration_status_updated_at_idx" ON "integration_status" USING btree ("updated_at");
  CREATE INDEX "integration_status_created_at_idx" ON "integration_status" USING btree ("created_at");
  CREATE INDEX "integration_failures_integration_idx" ON "integration_failures" USING btree ("integration");
  CREATE INDEX "integration_failures_announced_at_idx" ON "integration_failures" USING btree ("announced_at");
  CREATE INDEX "integration_failures_handled_by_idx" ON "integration_failures" USING btree ("handled_by_id");
  CREATE INDEX "integration_failures_updated_at_idx" ON "integration_failures" USING btree ("updated_at");
  CREATE INDEX "integration_failures_created_at_idx" ON "integration_failures" USING btree ("created_at");
  CREATE INDEX "status_createdAt_idx" ON "integration_failures" USING btree ("status","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integration_status_fk" FOREIGN KEY ("integration_status_id") REFERENCES "public"."integration_status"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integration_failures_fk" FOREIGN KEY ("integration_failures_id") REFERENCES "public"."integration_failures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_integration_status_id_idx" ON "payload_locked_documents_rels" USING btree ("integration_status_id");
  CREATE INDEX "payload_locked_documents_rels_integration_failures_id_idx" ON "payload_locked_documents_rels" USING btree ("integration_failures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "integration_status" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "integration_failures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "integration_status" CASCADE;
  DROP TABLE "integration_failures" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_integration_status_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_integration_failures_fk";
  
  DROP INDEX "payload_locked_documents_rels_integration_status_id_idx";
  DROP INDEX "payload_locked_documents_rels_integration_failures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "integration_status_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "integration_failures_id";
  DROP TYPE "public"."enum_integration_failures_status";`)
}
