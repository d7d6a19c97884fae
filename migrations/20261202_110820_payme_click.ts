import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_click_transactions_state" AS ENUM('prepared', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_settings_payment_providers" AS ENUM('stripe', 'payme', 'click');
  ALTER TYPE "public"."enum_transactions_provider" ADD VALUE 'payme';
  ALTER TYPE "public"."enum_transactions_provider" ADD VALUE 'click';
  CREATE TABLE "payme_transactions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"payme_id" varchar NOT NULL,
  	"order_id" integer NOT NULL,
  	"order_number" numeric NOT NULL,
  	"amount" numeric NOT NULL,
  	"state" numeric NOT NULL,
  	"reason" numeric,
  	"payme_time" numeric,
  	"create_time" numeric,
  	"perform_time" numeric,
  	"cancel_time" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "click_transactions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"click_trans_id" varchar NOT NULL,
  	"click_paydoc_id" varchar,
  	"order_id" integer NOT NULL,
  	"order_number" numeric NOT NULL,
  	"amount" numeric NOT NULL,
  	"state" "enum_click_transactions_state" NOT NULL,
  	"click_error" numeric,
  	"sign_time" varchar,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_payment_providers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_payment_providers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payme_transactions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "click_transactions_id" integer;
  ALTER TABLE "payme_transactions" ADD CONSTRAINT "payme_transactions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "click_transactions" ADD CONSTRAINT "click_transactions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_payment_providers" ADD CONSTRAINT "settings_payment_providers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "payme_transactions_payme_id_idx" ON "payme_transactions" USING btree ("payme_id");
  CREATE INDEX "payme_transactions_order_idx" ON "payme_transactions" USING btree ("order_id");
  CREATE INDEX "payme_transactions_state_idx" ON "payme_transactions" USING btree ("state");
  CREATE INDEX "payme_transactions_updated_at_idx" ON "payme_transactions" USING btree ("updated_at");
  CREATE INDEX "payme_transactions_created_at_idx" ON "payme_transactions" USING btree ("created_at");
  CREATE UNIQUE INDEX "click_transactions_click_trans_id_idx" ON "click_transactions" USING btree ("click_trans_id");
  CREATE INDEX "click_transactions_order_idx" ON "click_transactions" USING btree ("order_id");
  CREATE INDEX "click_transactions_state_idx" ON "click_transactions" USING btree ("state");
  CREATE INDEX "click_transactions_updated_at_idx" ON "click_transactions" USING btree ("updated_at");
  CREATE INDEX "click_transactions_created_at_idx" ON "click_transactions" USING btree ("created_at");
  CREATE INDEX "settings_payment_providers_order_idx" ON "settings_payment_providers" USING btree ("order");
  CREATE INDEX "settings_payment_providers_parent_idx" ON "settings_payment_providers" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payme_transactions_fk" FOREIGN KEY ("payme_transactions_id") REFERENCES "public"."payme_transactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_click_transactions_fk" FOREIGN KEY ("click_transactions_id") REFERENCES "public"."click_transactions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_payme_transactions_id_idx" ON "payload_locked_documents_rels" USING btree ("payme_transactions_id");
  CREATE INDEX "payload_locked_documents_rels_click_transactions_id_idx" ON "payload_locked_documents_rels" USING btree ("click_transactions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payme_transactions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "click_transactions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_payment_providers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payme_transactions" CASCADE;
  DROP TABLE "click_transactions" CASCADE;
  DROP TABLE "settings_payment_providers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payme_transactions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_click_transactions_fk";
  
  ALTER TABLE "transactions" ALTER COLUMN "provider" SET DATA TYPE text;
  DROP TYPE "public"."enum_transactions_provider";
  CREATE TYPE "public"."enum_transactions_provider" AS ENUM('stripe', 'telegram_stars', 'cash', 'bank_transfer');
  ALTER TABLE "transactions" ALTER COLUMN "provider" SET DATA TYPE "public"."enum_transactions_provider" USING "provider"::"public"."enum_transactions_provider";
  DROP INDEX "payload_locked_documents_rels_payme_transactions_id_idx";
  DROP INDEX "payload_locked_documents_rels_click_transactions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payme_transactions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "click_transactions_id";
  DROP TYPE "public"."enum_click_transactions_state";
  DROP TYPE "public"."enum_settings_payment_providers";`)
}
