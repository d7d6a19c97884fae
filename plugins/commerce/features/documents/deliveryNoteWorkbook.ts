import ExcelJS from 'exceljs'
import { amountInWords } from '@/domain/amountInWords'
import type { DeliveryNote } from '@/domain/deliveryNote'
import { documentDate } from '@/domain/invoicePeriod'
import { partyLines } from '@/domain/legalParty'
import { toMajor } from '@/domain/money'
import { DOCUMENT_TEXTS, unitIn } from './documentTexts'
import { BOLD, MONEY, writeSignatures } from './sheetStyle'

/**
 * The delivery note as a workbook of one sheet, laid out as the printed page: title, both parties,
 * the delivery, the lines with a total formula (its value written too), the total in words and
 * the signature lines. Amounts are numbers in so'm, so the sheet adds them up.
 */
export function deliveryNoteWorkbook(note: DeliveryNote): ExcelJS.Workbook {
  const texts = DOCUMENT_TEXTS[note.language]
  const { invoice: labels, note: t } = texts
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tandir'
  const sheet = workbook.addWorksheet(String(note.number), {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  sheet.columns = [
    { width: 6 },
    { width: 36 },
    { width: 8 },
    { width: 10 },
    { width: 16, style: { numFmt: MONEY } },
    { width: 18, style: { numFmt: MONEY } },
  ]
  sheet.addRow([t.title(note.number, documentDate(note.day))]).font = { bold: true, size: 14 }
  if (note.status === 'cancelled')
    sheet.addRow([t.cancelled]).font = { bold: true, color: { argb: 'FFC00000' } }
  for (const [title, party] of [
    [labels.seller, note.seller],
    [labels.buyer, note.buyer],
  ] as const) {
    sheet.addRow([])
    sheet.addRow([title]).font = BOLD
    for (const { field, value, missing } of partyLines(party)) {
      const row = sheet.addRow([
        labels.party[field],
        null,
        value ?? (missing ? labels.missing : '—'),
      ])
      if (missing) row.getCell(3).font = { bold: true, color: { argb: 'FFC00000' } }
    }
  }
  sheet.addRow([])
  const pickup = note.fulfillment === 'pickup'
  sheet.addRow([pickup ? t.pickupDate : t.deliveryDate, null, documentDate(note.day)])
  if (!pickup) sheet.addRow([t.deliveryAddress, null, note.deliveryAddress ?? '—'])
  sheet.addRow([t.contact, null, [note.contactName, note.phone].filter(Boolean).join(', ') || '—'])
  if (note.comment) sheet.addRow([t.comment, null, note.comment])
  sheet.addRow([labels.currency(note.currency)])
  sheet.addRow([])
  const c = labels.columns
  const header = sheet.addRow([t.lineNumber, c.product, c.unit, c.quantity, c.unitPrice, c.amount])
  header.font = BOLD
  note.lines.forEach((line, index) => {
    sheet.addRow([
      index + 1,
      line.product,
      unitIn(texts, line.unit),
      line.quantity,
      toMajor(line.unitPrice),
      toMajor(line.lineTotal),
    ])
  })
  const first = header.number + 1
  const last = header.number + note.lines.length
  sheet.addRow([
    labels.total,
    null,
    null,
    null,
    null,
    { formula: `SUM(F${first}:F${last})`, result: toMajor(note.total) },
  ]).font = BOLD
  sheet.addRow([`${t.inWords}: ${amountInWords(note.total, note.language, note.currency)}`])
  if (note.amountPaid > 0) {
    sheet.addRow([t.paid, null, null, null, null, toMajor(note.amountPaid)])
    sheet.addRow([t.leftToPay, null, null, null, null, toMajor(note.leftToPay)]).font = BOLD
  }
  writeSignatures(sheet, [t.released, t.received], t.signatureHint)
  return workbook
}
