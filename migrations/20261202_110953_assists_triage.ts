import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conversations_triage_urgency" AS ENUM('low', 'normal', 'urgent');
  CREATE TYPE "public"."enum_conversations_triage_mood" AS ENUM('positive', 'neutral', 'negative');
  CREATE TYPE "public"."enum_support_messages_triage_urgency" AS ENUM('low', 'normal', 'urgent');
  CREATE TYPE "public"."enum_support_messages_triage_mood" AS ENUM('positive', 'neutral', 'negative');
  CREATE TYPE "public"."enum_stock_holds_state" AS ENUM('held', 'released', 'consumed');
  CREATE TABLE "stock_levels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"warehouse" varchar NOT NULL,
  	"available" numeric DEFAULT 0 NOT NULL,
  	"reserved" numeric DEFAULT 0,
  	"warehouse_updated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_holds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_id" integer NOT NULL,
  	"product_id" integer NOT NULL,
  	"warehouse" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"state" "enum_stock_holds_state" DEFAULT 'held' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_watches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"product_id" integer NOT NULL,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_sync" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"cursor" varchar,
  	"failures_in_row" numeric DEFAULT 0,
  	"last_error" varchar,
  	"last_success_at" timestamp(3) with time zone,
  	"skipped" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_assist_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label_ru" varchar NOT NULL,
  	"label_uz" varchar NOT NULL,
  	"label_en" varchar NOT NULL,
  	"keywords" varchar
  );
  
  ALTER TABLE "products" ADD COLUMN "stock_available" numeric;
  ALTER TABLE "conversations" ADD COLUMN "priority" numeric DEFAULT 0;
  ALTER TABLE "conversations" ADD COLUMN "triage_category" varchar;
  ALTER TABLE "conversations" ADD COLUMN "triage_urgency" "enum_conversations_triage_urgency";
  ALTER TABLE "conversations" ADD COLUMN "triage_mood" "enum_conversations_triage_mood";
  ALTER TABLE "conversations" ADD COLUMN "triage_provider" varchar;
  ALTER TABLE "conversations" ADD COLUMN "priority_announced_at" timestamp(3) with time zone;
  ALTER TABLE "support_messages" ADD COLUMN "triage_category" varchar;
  ALTER TABLE "support_messages" ADD COLUMN "triage_urgency" "enum_support_messages_triage_urgency";
  ALTER TABLE "support_messages" ADD COLUMN "triage_mood" "enum_support_messages_triage_mood";
  ALTER TABLE "support_messages" ADD COLUMN "triage_provider" varchar;
  ALTER TABLE "support_messages" ADD COLUMN "triage_note" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_levels_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_holds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_watches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_sync_id" integer;
  ALTER TABLE "settings" ADD COLUMN "flood_limit" numeric DEFAULT 8 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "flood_window_seconds" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "flood_mute_after" numeric DEFAULT 20 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "flood_mute_minutes" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "assists_enabled" boolean DEFAULT true;
  ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_holds" ADD CONSTRAINT "stock_holds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_holds" ADD CONSTRAINT "stock_holds_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_watches" ADD CONSTRAINT "stock_watches_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_watches" ADD CONSTRAINT "stock_watches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_assist_categories" ADD CONSTRAINT "settings_assist_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stock_levels_product_idx" ON "stock_levels" USING btree ("product_id");
  CREATE INDEX "stock_levels_updated_at_idx" ON "stock_levels" USING btree ("updated_at");
  CREATE INDEX "stock_levels_created_at_idx" ON "stock_levels" USING btree ("created_at");
  CREATE UNIQUE INDEX "product_warehouse_idx" ON "stock_levels" USING btree ("product_id","warehouse");
  CREATE INDEX "stock_holds_order_idx" ON "stock_holds" USING btree ("order_id");
  CREATE INDEX "stock_holds_product_idx" ON "stock_holds" USING btree ("product_id");
  CREATE INDEX "stock_holds_warehouse_idx" ON "stock_holds" USING btree ("warehouse");
  CREATE INDEX "stock_holds_updated_at_idx" ON "stock_holds" USING btree ("updated_at");
  CREATE INDEX "stock_holds_created_at_idx" ON "stock_holds" USING btree ("created_at");
  CREATE UNIQUE INDEX "order_product_idx" ON "stock_holds" USING btree ("order_id","product_id");
  CREATE INDEX "stock_watches_client_idx" ON "stock_watches" USING btree ("client_id");
  CREATE INDEX "stock_watches_product_idx" ON "stock_watches" USING btree ("product_id");
  CREATE INDEX "stock_watches_updated_at_idx" ON "stock_watches" USING btree ("updated_at");
  CREATE INDEX "stock_watches_created_at_idx" ON "stock_watches" USING btree ("created_at");
  CREATE UNIQUE INDEX "client_product_1_idx" ON "stock_watches" USING btree ("client_id","product_id");
  CREATE UNIQUE INDEX "stock_sync_key_idx" ON "stock_sync" USING btree ("key");
  CREATE INDEX "stock_sync_updated_at_idx" ON "stock_sync" USING btree ("updated_at");
  CREATE INDEX "stock_sync_created_at_idx" ON "stock_sync" USING btree ("created_at");
  CREATE INDEX "settings_assist_categories_order_idx" ON "settings_assist_categories" USING btree ("_order");
  CREATE INDEX "settings_assist_categories_parent_id_idx" ON "settings_assist_categories" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_levels_fk" FOREIGN KEY ("stock_levels_id") REFERENCES "public"."stock_levels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_holds_fk" FOREIGN KEY ("stock_holds_id") REFERENCES "public"."stock_holds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_watches_fk" FOREIGN KEY ("stock_watches_id") REFERENCES "public"."stock_watches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_sync_fk" FOREIGN KEY ("stock_sync_id") REFERENCES "public"."stock_sync"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conversations_priority_idx" ON "conversations" USING btree ("priority");
  CREATE INDEX "payload_locked_documents_rels_stock_levels_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_levels_id");
  CREATE INDEX "payload_locked_documents_rels_stock_holds_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_holds_id");
  CREATE INDEX "payload_locked_documents_rels_stock_watches_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_watches_id");
  CREATE INDEX "payload_locked_documents_rels_stock_sync_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_sync_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stock_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_holds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_watches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_sync" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_assist_categories" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stock_levels" CASCADE;
  DROP TABLE "stock_holds" CASCADE;
  DROP TABLE "stock_watches" CASCADE;
  DROP TABLE "stock_sync" CASCADE;
  DROP TABLE "settings_assist_categories" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_levels_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_holds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_watches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_sync_fk";
  
  DROP INDEX "conversations_priority_idx";
  DROP INDEX "payload_locked_documents_rels_stock_levels_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_holds_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_watches_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_sync_id_idx";
  ALTER TABLE "products" DROP COLUMN "stock_available";
  ALTER TABLE "conversations" DROP COLUMN "priority";
  ALTER TABLE "conversations" DROP COLUMN "triage_category";
  ALTER TABLE "conversations" DROP COLUMN "triage_urgency";
  ALTER TABLE "conversations" DROP COLUMN "triage_mood";
  ALTER TABLE "conversations" DROP COLUMN "triage_provider";
  ALTER TABLE "conversations" DROP COLUMN "priority_announced_at";
  ALTER TABLE "support_messages" DROP COLUMN "triage_category";
  ALTER TABLE "support_messages" DROP COLUMN "triage_urgency";
  ALTER TABLE "support_messages" DROP COLUMN "triage_mood";
  ALTER TABLE "support_messages" DROP COLUMN "triage_provider";
  ALTER TABLE "support_messages" DROP COLUMN "triage_note";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_levels_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_holds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_watches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_sync_id";
  ALTER TABLE "settings" DROP COLUMN "flood_limit";
  ALTER TABLE "settings" DROP COLUMN "flood_window_seconds";
  ALTER TABLE "settings" DROP COLUMN "flood_mute_after";
  ALTER TABLE "settings" DROP COLUMN "flood_mute_minutes";
  ALTER TABLE "settings" DROP COLUMN "assists_enabled";
  DROP TYPE "public"."enum_conversations_triage_urgency";
  DROP TYPE "public"."enum_conversations_triage_mood";
  DROP TYPE "public"."enum_support_messages_triage_urgency";
  DROP TYPE "public"."enum_support_messages_triage_mood";
  DROP TYPE "public"."enum_stock_holds_state";`)
}
