import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_operation" AS ENUM('create', 'update', 'delete');
  CREATE TYPE "public"."enum_audit_log_target" AS ENUM('orders', 'client-prices', 'clients', 'products', 'transactions', 'users', 'settings');
  CREATE TYPE "public"."enum_audit_log_actor" AS ENUM('staff', 'client', 'system');
  CREATE TYPE "public"."enum_audit_log_door" AS ENUM('rest', 'graphql', 'local', 'bot', 'miniapp', 'job', 'webhook');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"operation" "enum_audit_log_operation" NOT NULL,
  	"target" "enum_audit_log_target" NOT NULL,
  	"document_id" numeric,
  	"document_title" varchar,
  	"actor_name" varchar,
  	"actor" "enum_audit_log_actor" NOT NULL,
  	"user_id" integer,
  	"client_id" integer,
  	"door" "enum_audit_log_door" NOT NULL,
  	"via" varchar,
  	"changed_fields" varchar,
  	"changes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "settings" ADD COLUMN "audit_retention_days" numeric DEFAULT 365 NOT NULL;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_client_idx" ON "audit_log" USING btree ("client_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "target_documentId_idx" ON "audit_log" USING btree ("target","document_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "settings" DROP COLUMN "audit_retention_days";
  DROP TYPE "public"."enum_audit_log_operation";
  DROP TYPE "public"."enum_audit_log_target";
  DROP TYPE "public"."enum_audit_log_actor";
  DROP TYPE "public"."enum_audit_log_door";`)
}
