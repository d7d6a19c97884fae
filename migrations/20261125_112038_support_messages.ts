import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_support_messages_direction" AS ENUM('in', 'out', 'note');
  CREATE TABLE "support_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"conversation_id" integer NOT NULL,
  	"direction" "enum_support_messages_direction" NOT NULL,
  	"kind" varchar,
  	"text" varchar,
  	"author_id" integer,
  	"client_message_id" numeric,
  	"group_message_id" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "support_messages_id" integer;
  ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "support_messages_conversation_idx" ON "support_messages" USING btree ("conversation_id");
  CREATE INDEX "support_messages_author_idx" ON "support_messages" USING btree ("author_id");
  CREATE INDEX "support_messages_group_message_id_idx" ON "support_messages" USING btree ("group_message_id");
  CREATE INDEX "support_messages_updated_at_idx" ON "support_messages" USING btree ("updated_at");
  CREATE INDEX "support_messages_created_at_idx" ON "support_messages" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_messages_fk" FOREIGN KEY ("support_messages_id") REFERENCES "public"."support_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_support_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("support_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "support_messages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "support_messages" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_support_messages_fk";
  
  DROP INDEX "payload_locked_documents_rels_support_messages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "support_messages_id";
  DROP TYPE "public"."enum_support_messages_direction";`)
}
