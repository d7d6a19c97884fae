import type ExcelJS from 'exceljs'

/** So'm with two decimals, as the invoices show them. */
export const MONEY = '#,##0.00'
export const BOLD = { bold: true }

/** The lines to sign, side by side under the table: "Отпустил ________   Получил ________". */
export function writeSignatures(sheet: ExcelJS.Worksheet, who: readonly string[], hint: string) {
  sheet.addRow([])
  sheet.addRow([])
  const line = '_'.repeat(24)
  // Two signatures: in column A and half-way across the sheet.
  const second = Math.max(3, Math.ceil(sheet.columnCount / 2) + 1)
  const signed: (string | null)[] = Array(second).fill(null)
  const hints: (string | null)[] = Array(second).fill(null)
  who.forEach((person, index) => {
    const at = index === 0 ? 0 : second - 1
    signed[at] = `${person}: ${line}`
    hints[at] = hint
  })
  sheet.addRow(signed).font = BOLD
  sheet.addRow(hints).font = { size: 8, color: { argb: 'FF444444' } }
}
