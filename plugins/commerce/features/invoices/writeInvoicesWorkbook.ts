import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { INVOICE_LABELS, type InvoiceLabels } from '@/domain/invoiceLabels'
import { documentDate, type InvoicePeriod, invoiceNumber } from '@/domain/invoicePeriod'
import { isLanguage } from '@/domain/languages'
import { type LegalParty, PARTY_FIELDS, partyLines, sellerOf } from '@/domain/legalParty'
import { toMajor } from '@/domain/money'
import { type ReconciliationAct, reconciliationAct } from '@/domain/reconciliation'
import { sheetNamer } from '@/domain/sheetNames'
import { inSnapshot } from '@/shared/db/sqlDatabase'
import {
  type InvoiceClient,
  invoiceLinesByClient,
  loadInvoiceClients,
  loadMoneyHistory,
  type MoneyEvent,
} from './loadInvoiceData'

export interface ExportOptions {
  period: InvoicePeriod
  /** Only this client's invoice. */
  clientId?: number
  /** A reconciliation act (акт сверки) after each invoice. */
  reconciliation?: boolean
  /** Called after each client's sheet is written. */
  onProgress?: (done: number, total: number) => void
}

const MONEY = '#,##0.00'
const DATE = 'dd.mm.yyyy'
const bold = { bold: true }
/** The line table's columns; the party block above it uses A for labels and C for values. */
const COLUMNS = [
  { key: 'date', width: 12, style: { numFmt: DATE } },
  { key: 'order', width: 10 },
  { key: 'product', width: 36 },
  { key: 'unit', width: 8 },
  { key: 'quantity', width: 10 },
  { key: 'unitPrice', width: 16, style: { numFmt: MONEY } },
  { key: 'amount', width: 18, style: { numFmt: MONEY } },
] as const

/**
 * The month's invoices as one workbook, streamed: a summary with a row per client, then each
 * client's invoice. Rows are committed as they are written and one client's lines are in memory
 * at a time, so memory stays flat however long the month. Totals are formulas with their values
 * written too, for readers that do not calculate.
 */
export async function writeInvoicesWorkbook(
  payload: Payload,
  stream: Writable,
  { period, clientId, reconciliation, onProgress }: ExportOptions,
): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const labels = INVOICE_LABELS[isLanguage(settings.staffLanguage) ? settings.staffLanguage : 'ru']
  const currency = settings.currency || 'UZS'
  const seller = sellerOf(settings)
  // Counted and listed from one moment: an order delivered during the export must not add a line
  // to a sheet whose total row the summary already points at.
  await inSnapshot(payload, async (db) => {
    const clients = await loadInvoiceClients(db, period, clientId)
    const name = sheetNamer()
    const summaryName = name(labels.summarySheet)
    const sheets = clients.map((client) => ({
      client,
      sheet: name(client.name || `#${client.id}`),
      act: reconciliation ? name(`${labels.act.sheet} ${client.name || `#${client.id}`}`) : null,
      layout: invoiceLayout(client),
    }))
    const histories = reconciliation
      ? await loadMoneyHistory(
          db,
          period,
          clients.map((client) => client.id),
          settings.timezone,
        )
      : null

    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    })
    workbook.creator = 'Tandir'
    const zipped = zipProgress(workbook, stream)

    // The summary comes first, pointing at each invoice's total.
    await zipped.caughtUp()
    const summary = workbook.addWorksheet(summaryName, { views: [{ state: 'frozen', ySplit: 4 }] })
    summary.columns = [
      { width: 40 },
      { width: 14 },
      { width: 10 },
      { width: 20, style: { numFmt: MONEY } },
    ]
    summary.addRow([labels.summaryTitle(period.month)]).font = { bold: true, size: 14 }
    summary.addRow([labels.currency(currency)])
    summary.addRow([])
    summary.addRow([labels.client, labels.party.inn, labels.orders, labels.total]).font = bold
    if (clients.length === 0) summary.addRow([labels.noOrders(period.month)])
    for (const { client, sheet, layout } of sheets) {
      summary.addRow([
        client.name,
        client.inn ?? labels.missing,
        client.orders,
        { formula: `${quote(sheet)}!G${layout.totalRow}`, result: toMajor(client.total) },
      ])
    }
    if (clients.length > 0) {
      const last = 4 + clients.length
      const grand = clients.reduce((sum, client) => sum + client.total, 0)
      const row = summary.addRow([
        labels.grandTotal,
        null,
        clients.reduce((sum, client) => sum + client.orders, 0),
        { formula: `SUM(D5:D${last})`, result: toMajor(grand) },
      ])
      row.font = bold
    }
    await summary.commit()

    let done = 0
    for await (const { lines } of invoiceLinesByClient(db, period, clients)) {
      const { client, sheet: sheetName, act, layout } = sheets[done]
      await zipped.caughtUp()
      const sheet = workbook.addWorksheet(sheetName, {
        views: [{ state: 'frozen', ySplit: layout.headerRow }],
      })
      sheet.columns = COLUMNS.map((column) => ({ ...column }))
      const date = documentDate(period.last)
      sheet.addRow([labels.invoiceTitle(invoiceNumber(period, client.id), date)]).font = {
        bold: true,
        size: 14,
      }
      sheet.addRow([labels.period(documentDate(period.first), date)])
      sheet.addRow([labels.currency(currency)])
      writeParty(sheet, labels, labels.seller, seller)
      writeParty(sheet, labels, labels.buyer, client)
      sheet.addRow([])
      const c = labels.columns
      sheet.addRow([c.date, c.order, c.product, c.unit, c.quantity, c.unitPrice, c.amount]).font =
        bold
      for (const line of lines) {
        sheet
          .addRow([
            cellDate(line.day),
            line.number,
            line.product,
            line.unit,
            line.quantity,
            toMajor(line.unitPrice),
            toMajor(line.amount),
          ])
          .commit()
      }
      const total = sheet.addRow([
        labels.total,
        null,
        null,
        null,
        null,
        null,
        {
          formula: `SUM(G${layout.headerRow + 1}:G${layout.totalRow - 1})`,
          result: toMajor(client.total),
        },
      ])
      total.font = bold
      await sheet.commit()
      if (act && histories) {
        await zipped.caughtUp()
        const { opening, events } = histories.get(client.id)!
        const entries = events.map((event) => ({
          ...event,
          document: documentOf(labels.act, event),
        }))
        await writeAct(
          workbook.addWorksheet(act),
          labels,
          currency,
          period,
          `${seller.name ?? labels.missing} — ${client.name ?? labels.missing}`,
          reconciliationAct(opening, entries),
        )
      }
      done++
      onProgress?.(done, sheets.length)
    }
    await workbook.commit()
  })
}

/**
 * The zip compresses one sheet at a time and holds the XML of the sheets waiting behind it: left
 * alone, a month of 500 invoices would sit in memory uncompressed. Waiting until it has taken all
 * but the sheet in hand keeps memory flat. (`zip` is the writer's archiver, not in its types.)
 */
function zipProgress(workbook: ExcelJS.stream.xlsx.WorkbookWriter, output: Writable) {
  const zip = (workbook as unknown as { zip: import('node:events').EventEmitter }).zip
  let added = 0
  let zipped = 0
  let wake: (() => void) | undefined
  zip.on('entry', () => {
    zipped++
    wake?.()
  })
  // A download cancelled half-way closes the output: the zip stops, and so must the export.
  let gone = false
  output.once('close', () => {
    gone = true
    wake?.()
  })
  return {
    /** Resolves once every sheet but the last one added is compressed; counts the next sheet. */
    async caughtUp() {
      while (zipped < added - 1 && !gone) await new Promise<void>((resolve) => (wake = resolve))
      if (gone) throw new Error('invoices export: the download was cancelled')
      added++
    },
  }
}

/** A calendar day as the date a cell shows: midnight UTC, which Excel reads without a time zone. */
function cellDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date))
}

/** How the act names an order, a payment or a refund: "Order #1042", "Payment (bank transfer, PP-7)". */
function documentOf(labels: InvoiceLabels['act'], event: MoneyEvent): string {
  if (event.kind === 'order') return labels.order(event.number ?? 0)
  const how = [event.provider ? labels.methods[event.provider] : null, event.reference]
    .filter(Boolean)
    .join(', ')
  return event.kind === 'payment' ? labels.payment(how) : labels.refund(how)
}

/** The act's table: opening balance, a row per order or payment with the running balance, turnover, closing balance. */
function writeAct(
  sheet: ExcelJS.Worksheet,
  labels: InvoiceLabels,
  currency: string,
  period: InvoicePeriod,
  parties: string,
  act: ReconciliationAct,
) {
  const l = labels.act
  sheet.columns = [
    { width: 12, style: { numFmt: 'dd.mm.yyyy' } },
    { width: 40 },
    ...[0, 1, 2].map(() => ({ width: 18, style: { numFmt: MONEY } })),
  ]
  sheet.addRow([l.title(documentDate(period.first), documentDate(period.last))]).font = {
    bold: true,
    size: 14,
  }
  sheet.addRow([parties])
  sheet.addRow([labels.currency(currency)])
  sheet.addRow([])
  sheet.addRow([
    l.columns.date,
    l.columns.document,
    l.columns.debit,
    l.columns.credit,
    l.columns.balance,
  ]).font = bold
  const openingRow = 6
  sheet.addRow([null, l.opening, null, null, toMajor(act.opening)]).font = bold
  for (const row of act.rows) {
    sheet
      .addRow([
        cellDate(row.day),
        row.document,
        row.debit ? toMajor(row.debit) : null,
        row.credit ? toMajor(row.credit) : null,
        toMajor(row.balance),
      ])
      .commit()
  }
  const turnoverRow = openingRow + act.rows.length + 1
  const range = (column: string) => `SUM(${column}${openingRow + 1}:${column}${turnoverRow - 1})`
  sheet.addRow([
    null,
    l.turnover,
    { formula: range('C'), result: toMajor(act.debit) },
    { formula: range('D'), result: toMajor(act.credit) },
    null,
  ]).font = bold
  sheet.addRow([
    null,
    l.closing,
    null,
    null,
    { formula: `E${openingRow}+C${turnoverRow}-D${turnoverRow}`, result: toMajor(act.closing) },
  ]).font = bold
  sheet.addRow([])
  sheet.addRow([l.sign])
  return sheet.commit()
}

/** Where the line table starts and ends, known before the sheet is written so the summary can point at it. */
function invoiceLayout(client: InvoiceClient) {
  // Title, period, currency; two party blocks of a blank row, a heading and 7 fields; a blank row.
  const headerRow = 3 + 2 * (2 + PARTY_FIELDS.length) + 2
  return { headerRow, totalRow: headerRow + client.lines + 1 }
}

/** A party's legal details, each missing one marked plainly rather than left blank. */
function writeParty(
  sheet: ExcelJS.Worksheet,
  labels: InvoiceLabels,
  title: string,
  party: LegalParty,
) {
  sheet.addRow([])
  sheet.addRow([title]).font = bold
  for (const { field, value, missing } of partyLines(party)) {
    const row = sheet.addRow([labels.party[field], null, value ?? (missing ? labels.missing : '—')])
    if (missing) row.getCell(3).font = { bold: true, color: { argb: 'FFC00000' } }
  }
}

/** A sheet name as a formula refers to it. */
function quote(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'`
}
