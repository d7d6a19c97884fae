import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clients" ADD COLUMN "route" varchar;
  CREATE INDEX "clients_route_idx" ON "clients" USING btree ("route");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "clients_route_idx";
  ALTER TABLE "clients" DROP COLUMN "route";`)
}
