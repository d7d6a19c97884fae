import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_status" AS ENUM('requested', 'assigned', 'picked_up', 'delivered', 'cancelled', 'failed');
  CREATE TYPE "public"."enum_courier_events_reported" AS ENUM('requested', 'assigned', 'picked_up', 'delivered', 'cancelled', 'failed');
  CREATE TYPE "public"."enum_courier_events_outcome" AS ENUM('applied', 'unchanged', 'conflict');
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_id" integer NOT NULL,
  	"status" "enum_deliveries_status" DEFAULT 'requested' NOT NULL,
  	"conflict" boolean DEFAULT false,
  	"conflict_note" varchar,
  	"external_id" varchar,
  	"tracking_url" varchar,
  	"last_event_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "courier_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"delivery_id" integer NOT NULL,
  	"reported" "enum_courier_events_reported" NOT NULL,
  	"outcome" "enum_courier_events_outcome" NOT NULL,
  	"occurred_at" timestamp(3) with time zone,
  	"note" varchar,
  	"payload" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "courier_events_id" integer;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courier_events" ADD CONSTRAINT "courier_events_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "deliveries_order_idx" ON "deliveries" USING btree ("order_id");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_conflict_idx" ON "deliveries" USING btree ("conflict");
  CREATE UNIQUE INDEX "deliveries_external_id_idx" ON "deliveries" USING btree ("external_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "courier_events_event_id_idx" ON "courier_events" USING btree ("event_id");
  CREATE INDEX "courier_events_delivery_idx" ON "courier_events" USING btree ("delivery_id");
  CREATE INDEX "courier_events_outcome_idx" ON "courier_events" USING btree ("outcome");
  CREATE INDEX "courier_events_updated_at_idx" ON "courier_events" USING btree ("updated_at");
  CREATE INDEX "courier_events_created_at_idx" ON "courier_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courier_events_fk" FOREIGN KEY ("courier_events_id") REFERENCES "public"."courier_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_courier_events_id_idx" ON "payload_locked_documents_rels" USING btree ("courier_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courier_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "courier_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_courier_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_courier_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "courier_events_id";
  DROP TYPE "public"."enum_deliveries_status";
  DROP TYPE "public"."enum_courier_events_reported";
  DROP TYPE "public"."enum_courier_events_outcome";`)
}
