import { z } from 'zod'

/**
 * The warehouse's answer to `GET /stock?updated_since=…&page=N`: one page of changed stock and
 * the next page's number (null on the last). The rows are checked one by one (`rowProblem`), so
 * a bad row is set aside by name while the page's good rows still count.
 */
export const warehouseStockPage = z.object({
  items: z.array(
    z.object({
      sku: z.string(),
      warehouse: z.string(),
      available: z.number(),
      updated_at: z.string(),
    }),
  ),
  next_page: z.number().int().positive().nullable(),
})
export type WarehouseStockPage = z.infer<typeof warehouseStockPage>
export type WarehouseStockRow = WarehouseStockPage['items'][number]

/** The warehouse's answer to a pick request it took. */
export const warehousePickAnswer = z.object({ id: z.string(), status: z.string() })

/** Why a warehouse row was set aside instead of applied. */
export type RowProblem =
  | 'unknown_sku'
  | 'negative_quantity'
  | 'fractional_quantity'
  | 'bad_timestamp'
  | 'blank_warehouse'
  | 'duplicate_row'

const MAX_WAREHOUSE = 64

/**
 * What is wrong with one row, or null when it may be applied. `seen` collects the rows of the
 * page already kept: the same SKU and warehouse twice in one page is ambiguous, the later is set aside.
 */
export function rowProblem(
  row: WarehouseStockRow,
  knownSkus: ReadonlySet<string>,
  seen: Set<string>,
): RowProblem | null {
  if (!knownSkus.has(row.sku)) return 'unknown_sku'
  if (row.available < 0) return 'negative_quantity'
  if (!Number.isSafeInteger(row.available)) return 'fractional_quantity'
  if (Number.isNaN(Date.parse(row.updated_at))) return 'bad_timestamp'
  const warehouse = row.warehouse.trim()
  if (!warehouse || warehouse.length > MAX_WAREHOUSE) return 'blank_warehouse'
  const key = `${row.sku}\u0000${warehouse}`
  if (seen.has(key)) return 'duplicate_row'
  seen.add(key)
  return null
}

/** A page split into the rows to apply and the rows set aside, each with its reason. */
export function sortPage(
  rows: WarehouseStockRow[],
  knownSkus: ReadonlySet<string>,
): { apply: WarehouseStockRow[]; skipped: { row: WarehouseStockRow; reason: RowProblem }[] } {
  const seen = new Set<string>()
  const apply: WarehouseStockRow[] = []
  const skipped: { row: WarehouseStockRow; reason: RowProblem }[] = []
  for (const row of rows) {
    const reason = rowProblem(row, knownSkus, seen)
    if (reason) skipped.push({ row, reason })
    else apply.push({ ...row, warehouse: row.warehouse.trim() })
  }
  return { apply, skipped }
}

/** Staff hear of a failing warehouse at its third failure in a row, and once, not at every try after. */
export const FAILURES_BEFORE_ALERT = 3
export const alertsStaff = (failuresInRow: number) => failuresInRow === FAILURES_BEFORE_ALERT

/** The pull's cron schedule from `WAREHOUSE_PULL_MINUTES` (every 5 minutes unless set; 1–59). */
export function pullSchedule(minutes: string | undefined): string {
  const every = Number(minutes || 5)
  if (!Number.isInteger(every) || every < 1 || every > 59)
    throw new Error(
      `WAREHOUSE_PULL_MINUTES must be a whole number of minutes from 1 to 59, not "${minutes}"`,
    )
  return `*/${every} * * * *`
}

/**
 * The cursor the next pull asks from: the newest `updated_at` the pull applied, never earlier
 * than the one it started from (a warehouse's clock going back does not replay old pages forever).
 */
export function nextCursor(from: string | null, applied: { updated_at: string }[]): string | null {
  let newest = from ? Date.parse(from) : Number.NEGATIVE_INFINITY
  for (const row of applied) newest = Math.max(newest, Date.parse(row.updated_at))
  return Number.isFinite(newest) ? new Date(newest).toISOString() : from
}
