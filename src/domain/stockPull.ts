import { z } from 'zod'

/** One row of the warehouse's stock, checked on its own (`sortPage`). */
export const warehouseStockRow = z.object({
  sku: z.string(),
  warehouse: z.string(),
  available: z.number(),
  updated_at: z.string(),
})
export type WarehouseStockRow = z.infer<typeof warehouseStockRow>

/**
 * The warehouse's answer to `GET /stock?updated_since=…&page=N`: one page of changed stock and
 * the next page's number (null on the last). Only the envelope is held to the contract here: the
 * rows are checked one by one (`sortPage`), so one malformed row is set aside by name while the
 * page's good rows still count, instead of failing every pull at the same cursor forever.
 */
export const warehouseStockPage = z.object({
  items: z.array(z.unknown()),
  next_page: z.number().int().positive().nullable(),
})
export type WarehouseStockPage = z.infer<typeof warehouseStockPage>

/** The warehouse's answer to a pick request it took. */
export const warehousePickAnswer = z.object({ id: z.string(), status: z.string() })

/** Why a warehouse row was set aside instead of applied. */
export type RowProblem =
  | 'malformed'
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

/** A row set aside: its SKU and warehouse as far as they can be read, and why. */
export type SkippedRow = { sku: string; warehouse: string; reason: RowProblem }

const textField = (row: unknown, key: string): string => {
  const value = row && typeof row === 'object' ? (row as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' ? value : ''
}

/** The SKUs a page names, to look up which are ours (a malformed row's too, when it has one). */
export const skusOf = (rows: unknown[]): string[] =>
  [...new Set(rows.map((row) => textField(row, 'sku')))].filter(Boolean)

/** A page split into the rows to apply and the rows set aside, each with its reason. */
export function sortPage(
  rows: unknown[],
  knownSkus: ReadonlySet<string>,
): { apply: WarehouseStockRow[]; skipped: SkippedRow[] } {
  const seen = new Set<string>()
  const apply: WarehouseStockRow[] = []
  const skipped: SkippedRow[] = []
  for (const raw of rows) {
    const parsed = warehouseStockRow.safeParse(raw)
    if (!parsed.success) {
      skipped.push({
        sku: textField(raw, 'sku'),
        warehouse: textField(raw, 'warehouse'),
        reason: 'malformed',
      })
      continue
    }
    const row = parsed.data
    const reason = rowProblem(row, knownSkus, seen)
    if (reason) skipped.push({ sku: row.sku, warehouse: row.warehouse, reason })
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
