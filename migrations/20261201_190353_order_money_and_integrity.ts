import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_orders_payment_status" ADD VALUE 'partially_paid' BEFORE 'paid';
  ALTER TABLE "orders" ADD COLUMN "amount_paid" numeric;
  ALTER TABLE "orders" ADD COLUMN "amount_refunded" numeric;`)
  // Orders with money already recorded get their figures now; the ledger keeps them from here on.
  await db.execute(sql`
   UPDATE "orders" o SET
     "amount_paid" = coalesce((SELECT sum(t.amount) FROM "transactions" t WHERE t.order_id = o.id AND t.kind = 'payment' AND t.status IN ('succeeded', 'refunded')), 0),
     "amount_refunded" = coalesce((SELECT sum(t.amount) FROM "transactions" t WHERE t.order_id = o.id AND t.kind = 'refund' AND t.status = 'succeeded'), 0);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders" ALTER COLUMN "payment_status" SET DATA TYPE text;
  ALTER TABLE "orders" ALTER COLUMN "payment_status" SET DEFAULT 'unpaid'::text;
  DROP TYPE "public"."enum_orders_payment_status";
  CREATE TYPE "public"."enum_orders_payment_status" AS ENUM('unpaid', 'pending', 'paid', 'partially_refunded', 'refunded', 'disputed');
  ALTER TABLE "orders" ALTER COLUMN "payment_status" SET DEFAULT 'unpaid'::"public"."enum_orders_payment_status";
  ALTER TABLE "orders" ALTER COLUMN "payment_status" SET DATA TYPE "public"."enum_orders_payment_status" USING "payment_status"::"public"."enum_orders_payment_status";
  ALTER TABLE "orders" DROP COLUMN "amount_paid";
  ALTER TABLE "orders" DROP COLUMN "amount_refunded";`)
}
