import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clients" ADD COLUMN "balance" numeric DEFAULT 0;`)
  // Only the orders still owed, few among years of paid ones: the receivables view and each
  // client's balance read them here. The predicate is owedOrder (src/shared/db/ruleFragments.ts)
  // as written then; the planner uses the index for queries that say the same.
  await db.execute(sql`
   CREATE INDEX "orders_owed_idx" ON "orders" USING btree ("client_id") INCLUDE ("delivery_date", "total", "amount_paid")
    WHERE ("status" in ('delivered', 'given') and "payment_status" is distinct from 'disputed' and coalesce("total", 0) > coalesce("amount_paid", 0));`)
  // Existing clients start with what they owe now (amountOwed in src/domain/receivables.ts).
  await db.execute(sql`
   UPDATE "clients" c SET "balance" = coalesce((
     SELECT sum(coalesce(o.total, 0) - coalesce(o.amount_paid, 0)) FROM "orders" o
      WHERE o.client_id = c.id AND o.status in ('delivered', 'given')
        AND o.payment_status is distinct from 'disputed' AND coalesce(o.total, 0) > coalesce(o.amount_paid, 0)), 0);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "orders_owed_idx";
   ALTER TABLE "clients" DROP COLUMN "balance";`)
}
