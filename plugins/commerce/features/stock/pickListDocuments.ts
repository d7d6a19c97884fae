import ExcelJS from 'exceljs'
import type { Language } from '@/domain/languages'
import type { WarehousePickList } from '@/domain/stockPickList'
import { PICK_TEXTS } from './pickListTexts'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escapeHtml = (value: unknown) => String(value).replace(/[&<>"']/g, (char) => ESCAPES[char])

/** The day's pick lists as a printable A4 page, one warehouse per page, with a box to tick per line. */
export function pickListHtml(
  day: string,
  lists: WarehousePickList[],
  language: Language,
  xlsxUrl: string,
): string {
  const t = PICK_TEXTS[language]
  const sections = lists.map(
    (list) => `<section class="warehouse" data-warehouse="${escapeHtml(list.warehouse)}">
<h1>${escapeHtml(t.title(day))}</h1>
<h2>${escapeHtml(t.warehouse)}: ${escapeHtml(list.warehouse)} · ${escapeHtml(t.ordersCount(list.orders))}</h2>
<table><thead><tr><th>${escapeHtml(t.sku)}</th><th>${escapeHtml(t.product)}</th><th class="num">${escapeHtml(t.quantity)}</th><th>${escapeHtml(t.unit)}</th><th>${escapeHtml(t.orders)}</th><th>${escapeHtml(t.picked)}</th></tr></thead>
<tbody>${list.products
      .map(
        (p) =>
          `<tr data-sku="${escapeHtml(p.sku)}"><td>${escapeHtml(p.sku)}</td><td>${escapeHtml(p.name)}</td><td class="num">${p.quantity}</td><td>${escapeHtml(p.unit)}</td><td>${escapeHtml(p.orders.join(', '))}</td><td class="box">☐</td></tr>`,
      )
      .join('')}</tbody></table>
</section>`,
  )
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(t.title(day))}</title>
<style>
body { font: 10.5pt/1.35 Arial, sans-serif; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.3mm solid #000; padding: 1mm 1.5mm; text-align: left; }
th { background: #eee; } .num { text-align: right; } .box { text-align: center; font-size: 13pt; }
.warehouse { break-before: page; padding: 12mm; } .warehouse:first-of-type { break-before: auto; }
.toolbar { padding: 3mm 6mm; background: #333; } .toolbar a, .toolbar button { color: #fff; background: none; border: 1px solid #fff; padding: 1mm 3mm; margin-right: 3mm; font: inherit; text-decoration: none; cursor: pointer; }
@page { size: A4 portrait; margin: 0; } @media print { .toolbar { display: none; } }
</style></head><body>
<nav class="toolbar"><button type="button" onclick="window.print()">${escapeHtml(t.print)}</button><a href="${escapeHtml(xlsxUrl)}" download>${escapeHtml(t.download)}</a></nav>
${sections.length ? sections.join('\n') : `<section class="warehouse"><h1>${escapeHtml(t.title(day))}</h1><p>${escapeHtml(t.empty)}</p></section>`}
</body></html>`
}

/** The same lists as a workbook: a sheet per warehouse. */
export function pickListWorkbook(
  day: string,
  lists: WarehousePickList[],
  language: Language,
): ExcelJS.Workbook {
  const t = PICK_TEXTS[language]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tandir'
  const used = new Set<string>()
  for (const list of lists.length ? lists : [{ warehouse: '—', products: [], orders: 0 }]) {
    // Excel sheet names: 31 characters, none of : \ / ? * [ ], each once.
    const base = list.warehouse.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28) || '—'
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`
    used.add(name.toLowerCase())
    const sheet = workbook.addWorksheet(name, {
      pageSetup: {
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    })
    sheet.addRow([t.title(day)]).font = { bold: true, size: 14 }
    sheet.addRow([`${t.warehouse}: ${list.warehouse}`, '', t.ordersCount(list.orders)])
    sheet.addRow([])
    const header = sheet.addRow([t.sku, t.product, t.quantity, t.unit, t.orders, t.picked])
    header.font = { bold: true }
    for (const p of list.products)
      sheet.addRow([p.sku, p.name, p.quantity, p.unit, p.orders.join(', '), ''])
    if (list.products.length === 0) sheet.addRow([t.empty])
    sheet.columns = [
      { width: 16 },
      { width: 36 },
      { width: 10 },
      { width: 8 },
      { width: 28 },
      { width: 10 },
    ]
  }
  return workbook
}
