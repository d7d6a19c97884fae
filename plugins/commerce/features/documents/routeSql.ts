import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

/**
 * The SQL twin of `routeOf`: trimmed, inner spaces collapsed, blank is no route. Routes are
 * stored that way by the field's hook; rows written around it read the same.
 */
export const routeIn = (column: SQL): SQL =>
  sql`nullif(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'), '')`
