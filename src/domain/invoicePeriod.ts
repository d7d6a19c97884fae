import { addDays, isBusinessYear } from './calendarDate'

/** What goes on an invoice: orders that reached the client, never cancelled or unfinished ones. */
export const INVOICED_STATUSES = ['delivered', 'given'] as const

export interface InvoicePeriod {
  /** `YYYY-MM` */
  month: string
  /** First calendar day, `YYYY-MM-DD`. */
  first: string
  /** Last calendar day, `YYYY-MM-DD`: the invoices' date. */
  last: string
}

/** `2026-10` → the month's first and last day; null for `2026-13`, `2026-1`, `9999-12`, `abc` or nothing. */
export function parseMonth(text: unknown): InvoicePeriod | null {
  if (typeof text !== 'string') return null
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text.trim())
  if (!match) return null
  const [year, month] = [Number(match[1]), Number(match[2])]
  if (!isBusinessYear(year)) return null
  const first = `${match[1]}-${match[2]}-01`
  const next =
    month === 12 ? `${year + 1}-01-01` : `${match[1]}-${String(month + 1).padStart(2, '0')}-01`
  return { month: `${match[1]}-${match[2]}`, first, last: addDays(next, -1) }
}

/** The same client and month always get the same number, so an export can be repeated. */
export function invoiceNumber(period: InvoicePeriod, clientId: number): string {
  return `${period.month.replace('-', '')}-${String(clientId).padStart(4, '0')}`
}

/** `31.10.2026`, as dates are written on documents in Uzbekistan. */
export function documentDate(day: string): string {
  const [year, month, date] = day.split('-')
  return `${date}.${month}.${year}`
}
