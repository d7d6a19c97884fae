import ExcelJS from 'exceljs'
import type { AdminLanguage } from '@/admin/i18n/adminLanguages'
import type { DriverList, RouteList } from '@/domain/driverList'
import { documentDate } from '@/domain/invoicePeriod'
import { toMajor } from '@/domain/money'
import { sheetNamer } from '@/domain/sheetNames'
import { DOCUMENT_TEXTS, type DocumentTexts, unitIn } from './documentTexts'
import { BOLD, MONEY, writeSignatures } from './sheetStyle'

/** Where the stops' table starts: title, route, currency, a blank row. */
const HEADER_ROW = 5

/**
 * The day's driver's list as a workbook: a sheet per route (what to hand over and collect at each
 * stop, the route's totals, what to load) and, with several routes, a summary sheet after them.
 */
export function driverListWorkbook(
  day: string,
  list: DriverList,
  language: AdminLanguage,
  currency: string,
): ExcelJS.Workbook {
  const texts = DOCUMENT_TEXTS[language]
  const title = texts.driver.title(documentDate(day))
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tandir'
  const name = sheetNamer()
  if (list.routes.length === 0) {
    const sheet = workbook.addWorksheet(name(title))
    sheet.addRow([title]).font = { bold: true, size: 14 }
    sheet.addRow([texts.driver.empty(documentDate(day))])
    return workbook
  }
  for (const route of list.routes)
    writeRoute(workbook.addWorksheet(name(route.route ?? texts.driver.noRoute), landscape), {
      texts,
      title,
      currency,
      route,
    })
  if (list.routes.length > 1)
    writeSummary(workbook.addWorksheet(name(texts.invoice.summarySheet)), texts, title, list)
  return workbook
}

const landscape = {
  pageSetup: {
    paperSize: 9,
    orientation: 'landscape' as const,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  },
  views: [{ state: 'frozen' as const, ySplit: HEADER_ROW }],
}

function writeRoute(
  sheet: ExcelJS.Worksheet,
  {
    texts,
    title,
    currency,
    route,
  }: { texts: DocumentTexts; title: string; currency: string; route: RouteList },
) {
  const { driver: t, invoice: labels } = texts
  sheet.columns = [
    { width: 5 },
    { width: 9 },
    { width: 26 },
    { width: 34, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { width: 17 },
    { width: 36, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { width: 15, style: { numFmt: MONEY } },
    { width: 15, style: { numFmt: MONEY } },
    { width: 16 },
  ]
  sheet.addRow([title]).font = { bold: true, size: 14 }
  sheet.addRow([`${t.route}: ${route.route ?? t.noRoute}`]).font = BOLD
  sheet.addRow([labels.currency(currency)])
  sheet.addRow([])
  sheet.addRow([
    '№',
    labels.columns.order,
    t.client,
    t.address,
    t.phone,
    t.handOver,
    t.orderTotal,
    t.toCollect,
    t.signature,
  ]).font = BOLD
  route.stops.forEach((stop, index) => {
    sheet.addRow([
      index + 1,
      stop.number,
      [stop.clientName, stop.contactName].filter(Boolean).join('\n'),
      [stop.address ?? '—', stop.comment].filter(Boolean).join('\n'),
      stop.phone ?? '—',
      stop.lines
        .map((line) => `${line.product} — ${line.quantity} ${unitIn(texts, line.unit)}`)
        .join('\n'),
      toMajor(stop.total),
      toMajor(stop.toCollect),
    ]).alignment = { wrapText: true, vertical: 'top' }
  })
  const first = HEADER_ROW + 1
  const last = HEADER_ROW + route.stops.length
  sheet.addRow([
    `${t.routeTotal} (${labels.orders}: ${route.totals.orders})`,
    null,
    null,
    null,
    null,
    null,
    { formula: `SUM(G${first}:G${last})`, result: toMajor(route.totals.goods) },
    { formula: `SUM(H${first}:H${last})`, result: toMajor(route.totals.toCollect) },
  ]).font = BOLD
  sheet.addRow([])
  sheet.addRow([null, null, t.load]).font = BOLD
  sheet.addRow([null, null, labels.columns.product, t.quantity, labels.columns.unit]).font = BOLD
  for (const line of route.load)
    sheet.addRow([null, null, line.product, line.quantity, unitIn(texts, line.unit)])
  writeSignatures(sheet, [t.released, t.driver], texts.note.signatureHint)
}

function writeSummary(
  sheet: ExcelJS.Worksheet,
  texts: DocumentTexts,
  title: string,
  list: DriverList,
) {
  const { driver: t, invoice: labels } = texts
  sheet.columns = [
    { width: 30 },
    { width: 10 },
    { width: 16, style: { numFmt: MONEY } },
    { width: 16, style: { numFmt: MONEY } },
  ]
  sheet.addRow([title]).font = { bold: true, size: 14 }
  sheet.addRow([])
  sheet.addRow([t.route, labels.orders, t.orderTotal, t.toCollect]).font = BOLD
  for (const { route, totals } of list.routes)
    sheet.addRow([
      route ?? t.noRoute,
      totals.orders,
      toMajor(totals.goods),
      toMajor(totals.toCollect),
    ])
  const last = 3 + list.routes.length
  sheet.addRow([
    labels.grandTotal,
    { formula: `SUM(B4:B${last})`, result: list.totals.orders },
    { formula: `SUM(C4:C${last})`, result: toMajor(list.totals.goods) },
    { formula: `SUM(D4:D${last})`, result: toMajor(list.totals.toCollect) },
  ]).font = BOLD
}
