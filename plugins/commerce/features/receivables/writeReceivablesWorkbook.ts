import ExcelJS from 'exceljs'
import type { AdminLanguage } from '@/admin/i18n/adminLanguages'
import { documentDate } from '@/domain/invoicePeriod'
import { toMajor } from '@/domain/money'
import { AGEING_BUCKETS } from '@/domain/receivables'
import type { Receivables } from './loadReceivables'
import { RECEIVABLES_TEXTS } from './texts'

const MONEY = '#,##0.00'
/** Rows above the table: title, currency, a blank row, the heading. */
const HEADER_ROW = 4

/**
 * The receivables as one sheet: a row per client who owes, most first, and a totals row of
 * formulas with their values written too, for readers that do not calculate. Amounts in so'm.
 */
export async function writeReceivablesWorkbook(
  receivables: Receivables,
  language: AdminLanguage,
): Promise<Buffer> {
  const t = RECEIVABLES_TEXTS[language]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tandir'
  const sheet = workbook.addWorksheet(t.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  })
  sheet.columns = [
    { width: 40 },
    { width: 18 },
    { width: 10 },
    ...[...AGEING_BUCKETS, 'total'].map(() => ({ width: 18, style: { numFmt: MONEY } })),
  ]
  sheet.addRow([`${t.title} ${t.asOf.replace('{date}', documentDate(receivables.today))}`]).font = {
    bold: true,
    size: 14,
  }
  sheet.addRow([t.currency])
  sheet.addRow([])
  sheet.addRow([
    t.client,
    t.phone,
    t.orders,
    ...AGEING_BUCKETS.map((bucket) => t[bucket]),
    t.total,
  ]).font = { bold: true }
  for (const client of receivables.clients) {
    sheet.addRow([
      client.name ?? `#${client.clientId}`,
      client.phone,
      client.orders,
      ...AGEING_BUCKETS.map((bucket) => toMajor(client.buckets[bucket])),
      toMajor(client.total),
    ])
  }
  if (receivables.clients.length === 0) sheet.addRow([t.nobody])
  const { totals } = receivables
  const first = HEADER_ROW + 1
  const last = HEADER_ROW + receivables.clients.length
  const sum = (column: string, value: number) =>
    last < first ? value : { formula: `SUM(${column}${first}:${column}${last})`, result: value }
  sheet.addRow([
    t.totals,
    null,
    sum('C', totals.orders),
    ...AGEING_BUCKETS.map((bucket, i) =>
      sum(String.fromCharCode(68 + i), toMajor(totals.buckets[bucket])),
    ),
    sum('G', toMajor(totals.total)),
  ]).font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
