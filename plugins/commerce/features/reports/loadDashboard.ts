import { type DayRange, lastDays, type PeriodKind, periodOf } from '@/domain/reportPeriods'
import type { DaySales } from '@/domain/salesFigures'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'
import { loadDailySales } from './loadDailySales'
import { loadMoneyOwed, type MoneyOwed } from './loadMoneyOwed'
import { loadSalesFigures, type SalesFigures } from './loadSalesFigures'
import { loadSupportFigures, type SupportFigures } from './loadSupportFigures'
import { loadTopClients, loadTopProducts, type TopClient, type TopProduct } from './loadTopSellers'

/** The chart's window: a season of days, enough to see weeks and months move. */
export const CHART_DAYS = 90

export interface Dashboard {
  /** The day the figures are as of, `YYYY-MM-DD`. */
  date: string
  timeZone: string
  figures: SalesFigures
  /** Owed now, whatever `date` is: a debt is today's fact. */
  owed: MoneyOwed
  /** Best sellers and support answers over `period`, the range it covers as of `date`. */
  period: PeriodKind
  range: DayRange
  topProducts: TopProduct[]
  topClients: TopClient[]
  support: SupportFigures
  /** Every day of the chart's window, oldest first. */
  daily: DaySales[]
}

/**
 * Everything on the dashboard, as of `date`: each figure is its own aggregate query, run side by
 * side on the pool.
 */
export async function loadDashboard(
  db: SqlExecutor,
  { date, period, timeZone }: { date: string; period: PeriodKind; timeZone: string },
): Promise<Dashboard> {
  const range = periodOf(period, date)
  const [figures, owed, topProducts, topClients, support, daily] = await Promise.all([
    loadSalesFigures(db, date, timeZone),
    loadMoneyOwed(db),
    loadTopProducts(db, range),
    loadTopClients(db, range),
    loadSupportFigures(db, range, timeZone),
    loadDailySales(db, lastDays(date, CHART_DAYS)),
  ])
  return { date, timeZone, figures, owed, period, range, topProducts, topClients, support, daily }
}
