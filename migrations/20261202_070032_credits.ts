import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_ledger_entries_kind" AS ENUM('purchase', 'spend', 'grant', 'take', 'refund', 'pass', 'expiry');
  CREATE TYPE "public"."enum_ledger_entries_source" AS ENUM('telegram_stars', 'stripe', 'staff', 'support', 'system');
  CREATE TABLE "wallets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"balance" numeric DEFAULT 0 NOT NULL,
  	"pass_until" timestamp(3) with time zone,
  	"auto_recharge_id" integer,
  	"pass_warned_for" timestamp(3) with time zone,
  	"auto_recharge_failures" numeric DEFAULT 0,
  	"stripe_customer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ledger_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"wallet_id" integer,
  	"kind" "enum_ledger_entries_kind" DEFAULT 'grant' NOT NULL,
  	"amount" numeric NOT NULL,
  	"balance_after" numeric,
  	"reason" varchar,
  	"source" "enum_ledger_entries_source",
  	"message_kind" varchar,
  	"actor_id" integer,
  	"transaction_id" integer,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "credit_packages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"credits" numeric NOT NULL,
  	"bonus" numeric DEFAULT 0,
  	"price_stars" numeric NOT NULL,
  	"price_card" numeric,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "passes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"hours" numeric NOT NULL,
  	"price_stars" numeric NOT NULL,
  	"price_card" numeric,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "premium_content" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"file_id" integer NOT NULL,
  	"price_stars" numeric NOT NULL,
  	"price_card" numeric,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "unlocks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"content_id" integer NOT NULL,
  	"transaction_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wallets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ledger_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "credit_packages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "passes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "premium_content_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "unlocks_id" integer;
  ALTER TABLE "settings" ADD COLUMN "paid_support" boolean DEFAULT false;
  ALTER TABLE "settings" ADD COLUMN "cost_text" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "cost_photo" numeric DEFAULT 2 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "cost_voice" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "cost_other" numeric DEFAULT 2 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "low_balance_threshold" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "digital_goods_by_card" boolean DEFAULT false;
  ALTER TABLE "wallets" ADD CONSTRAINT "wallets_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wallets" ADD CONSTRAINT "wallets_auto_recharge_id_credit_packages_id_fk" FOREIGN KEY ("auto_recharge_id") REFERENCES "public"."credit_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "premium_content" ADD CONSTRAINT "premium_content_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unlocks" ADD CONSTRAINT "unlocks_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unlocks" ADD CONSTRAINT "unlocks_content_id_premium_content_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."premium_content"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unlocks" ADD CONSTRAINT "unlocks_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "wallets_client_idx" ON "wallets" USING btree ("client_id");
  CREATE INDEX "wallets_auto_recharge_idx" ON "wallets" USING btree ("auto_recharge_id");
  CREATE INDEX "wallets_updated_at_idx" ON "wallets" USING btree ("updated_at");
  CREATE INDEX "wallets_created_at_idx" ON "wallets" USING btree ("created_at");
  CREATE INDEX "ledger_entries_client_idx" ON "ledger_entries" USING btree ("client_id");
  CREATE INDEX "ledger_entries_wallet_idx" ON "ledger_entries" USING btree ("wallet_id");
  CREATE INDEX "ledger_entries_actor_idx" ON "ledger_entries" USING btree ("actor_id");
  CREATE INDEX "ledger_entries_transaction_idx" ON "ledger_entries" USING btree ("transaction_id");
  CREATE UNIQUE INDEX "ledger_entries_key_idx" ON "ledger_entries" USING btree ("key");
  CREATE INDEX "ledger_entries_updated_at_idx" ON "ledger_entries" USING btree ("updated_at");
  CREATE INDEX "ledger_entries_created_at_idx" ON "ledger_entries" USING btree ("created_at");
  CREATE INDEX "wallet_createdAt_idx" ON "ledger_entries" USING btree ("wallet_id","created_at");
  CREATE UNIQUE INDEX "credit_packages_credits_idx" ON "credit_packages" USING btree ("credits");
  CREATE INDEX "credit_packages_updated_at_idx" ON "credit_packages" USING btree ("updated_at");
  CREATE INDEX "credit_packages_created_at_idx" ON "credit_packages" USING btree ("created_at");
  CREATE INDEX "passes_updated_at_idx" ON "passes" USING btree ("updated_at");
  CREATE INDEX "passes_created_at_idx" ON "passes" USING btree ("created_at");
  CREATE INDEX "premium_content_file_idx" ON "premium_content" USING btree ("file_id");
  CREATE INDEX "premium_content_updated_at_idx" ON "premium_content" USING btree ("updated_at");
  CREATE INDEX "premium_content_created_at_idx" ON "premium_content" USING btree ("created_at");
  CREATE INDEX "unlocks_client_idx" ON "unlocks" USING btree ("client_id");
  CREATE INDEX "unlocks_content_idx" ON "unlocks" USING btree ("content_id");
  CREATE INDEX "unlocks_transaction_idx" ON "unlocks" USING btree ("transaction_id");
  CREATE INDEX "unlocks_updated_at_idx" ON "unlocks" USING btree ("updated_at");
  CREATE INDEX "unlocks_created_at_idx" ON "unlocks" USING btree ("created_at");
  CREATE UNIQUE INDEX "client_content_idx" ON "unlocks" USING btree ("client_id","content_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wallets_fk" FOREIGN KEY ("wallets_id") REFERENCES "public"."wallets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ledger_entries_fk" FOREIGN KEY ("ledger_entries_id") REFERENCES "public"."ledger_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_credit_packages_fk" FOREIGN KEY ("credit_packages_id") REFERENCES "public"."credit_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_passes_fk" FOREIGN KEY ("passes_id") REFERENCES "public"."passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_premium_content_fk" FOREIGN KEY ("premium_content_id") REFERENCES "public"."premium_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_unlocks_fk" FOREIGN KEY ("unlocks_id") REFERENCES "public"."unlocks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_wallets_id_idx" ON "payload_locked_documents_rels" USING btree ("wallets_id");
  CREATE INDEX "payload_locked_documents_rels_ledger_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("ledger_entries_id");
  CREATE INDEX "payload_locked_documents_rels_credit_packages_id_idx" ON "payload_locked_documents_rels" USING btree ("credit_packages_id");
  CREATE INDEX "payload_locked_documents_rels_passes_id_idx" ON "payload_locked_documents_rels" USING btree ("passes_id");
  CREATE INDEX "payload_locked_documents_rels_premium_content_id_idx" ON "payload_locked_documents_rels" USING btree ("premium_content_id");
  CREATE INDEX "payload_locked_documents_rels_unlocks_id_idx" ON "payload_locked_documents_rels" USING btree ("unlocks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "wallets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ledger_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credit_packages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "passes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "premium_content" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unlocks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "wallets" CASCADE;
  DROP TABLE "ledger_entries" CASCADE;
  DROP TABLE "credit_packages" CASCADE;
  DROP TABLE "passes" CASCADE;
  DROP TABLE "premium_content" CASCADE;
  DROP TABLE "unlocks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_wallets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ledger_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_credit_packages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_passes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_premium_content_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_unlocks_fk";
  
  DROP INDEX "payload_locked_documents_rels_wallets_id_idx";
  DROP INDEX "payload_locked_documents_rels_ledger_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_credit_packages_id_idx";
  DROP INDEX "payload_locked_documents_rels_passes_id_idx";
  DROP INDEX "payload_locked_documents_rels_premium_content_id_idx";
  DROP INDEX "payload_locked_documents_rels_unlocks_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wallets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ledger_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "credit_packages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "passes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "premium_content_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "unlocks_id";
  ALTER TABLE "settings" DROP COLUMN "paid_support";
  ALTER TABLE "settings" DROP COLUMN "cost_text";
  ALTER TABLE "settings" DROP COLUMN "cost_photo";
  ALTER TABLE "settings" DROP COLUMN "cost_voice";
  ALTER TABLE "settings" DROP COLUMN "cost_other";
  ALTER TABLE "settings" DROP COLUMN "low_balance_threshold";
  ALTER TABLE "settings" DROP COLUMN "digital_goods_by_card";
  DROP TYPE "public"."enum_ledger_entries_kind";
  DROP TYPE "public"."enum_ledger_entries_source";`)
}
