/**
 * The monthly invoices export for 500 clients and 100,000 order lines in one month, against
 * exceljs's raw streaming writer writing the same cells with the same number formats (one query
 * for all lines, no layout, no formulas) in the same run. Each side runs in its own process, alternately, so its peak memory
 * (max RSS) is its own. Prints the median time and the peak memory of each, and the time ratio.
 *
 *   npm run bench:invoices -- --clients 500 --lines 100000 --rounds 3
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '500' },
    lines: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    side: { type: 'string' },
    out: { type: 'string' },
  },
})
const MONTH = '2026-10'
const EXPORT_HEAP = '--max-old-space-size=256'

if (values.side) await runSide(values.side as 'ours' | 'raw', values.out!)
else await compare()

async function compare() {
  const { startEmbeddedPostgres } = await import('@/db/embeddedPostgres')
  const { stopDatabase } = await import('./stopDatabase')
  const { closePayload } = await import('@/db/closePayload')
  const db = await startEmbeddedPostgres({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
    persistent: false,
  })
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: 'bench-secret',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { asScript } = await import('@/shared/processRole')
  const payload = await asScript(() => getPayload({ config }))
  payload.logger.level = 'warn'
  await payload.db.migrate()
  await seed(payload.db.drizzle, Number(values.clients), Number(values.lines))
  await closePayload(payload)

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-invoices-'))
  const results: Record<'ours' | 'raw', { ms: number; maxRssMb: number; bytes: number }[]> = {
    ours: [],
    raw: [],
  }
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const side of ['raw', 'ours'] as const) {
      const out = path.join(dir, `${side}.xlsx`)
      // Our side runs with the heap `npm run invoices` gives the export (see package.json).
      const heap = side === 'ours' ? [EXPORT_HEAP] : []
      const printed = execFileSync(
        process.execPath,
        [...heap, '--import', 'tsx', import.meta.filename, '--side', side, '--out', out],
        { env: process.env },
      )
      results[side].push({
        ...JSON.parse(String(printed).trim().split('\n').at(-1)!),
        bytes: fs.statSync(out).size,
      })
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const line = (name: string, rows: (typeof results)['ours']) =>
    `${name.padEnd(22)} ${median(rows.map((r) => r.ms))
      .toFixed(0)
      .padStart(8)} ${Math.max(...rows.map((r) => r.maxRssMb))
      .toFixed(0)
      .padStart(12)} ${(rows[0].bytes / 1e6).toFixed(1).padStart(9)}`
  console.log(
    [
      `${values.clients} clients, ${values.lines} order lines in ${MONTH}; ${values.rounds} rounds, each side in its own process`,
      `                       time ms  peak RSS MB   file MB`,
      line('exceljs raw writer', results.raw),
      line('our export', results.ours),
      `ours / raw: ${(median(results.ours.map((r) => r.ms)) / median(results.raw.map((r) => r.ms))).toFixed(2)}× the time`,
    ].join('\n'),
  )
  fs.rmSync(dir, { recursive: true, force: true })
  await stopDatabase(db)
}

/** Clients with full legal details and delivered orders of 8 lines, straight into the tables. */
async function seed(
  db: { execute: (query: string) => Promise<unknown> },
  clients: number,
  lines: number,
) {
  const orders = Math.ceil(lines / 8)
  await db.execute(`
    insert into categories (name) values ('Bread');
    insert into products (name, sku, category_id, unit, price)
    select 'Product ' || n, 'P-' || n, (select min(id) from categories), 'pcs', 100000 + n * 5000 from generate_series(0, 19) n;
    insert into clients (name, inn, mfo, bank_account, bank_name, legal_address)
    select 'Client ' || n, (300000000 + n)::text, '00873', lpad(n::text, 20, '2'), 'Kapitalbank', 'Tashkent, street ' || n
      from generate_series(1, ${clients}) n;
    insert into orders (title, number, client_id, total, fulfillment, delivery_date, status)
    select 'bench', 1000 + n, (select min(id) from clients) + (n % ${clients}), 0,
           (case when n % 3 = 0 then 'pickup' else 'delivery' end)::enum_orders_fulfillment,
           ('2026-10-01T12:00:00Z'::timestamptz + ((n % 31) || ' days')::interval),
           (case when n % 3 = 0 then 'given' else 'delivered' end)::enum_orders_status
      from generate_series(1, ${orders}) n;
    insert into orders_items (_order, _parent_id, id, product_id, quantity, product_name, unit, unit_price, line_total)
    select line, o.id, o.id || '-' || line, (select min(id) from products) + (o.id + line) % 20, 1 + (o.id + line) % 40, 'Product ' || ((o.id + line) % 20), 'pcs',
           100000 + ((o.id + line) % 20) * 5000, (1 + (o.id + line) % 40) * (100000 + ((o.id + line) % 20) * 5000)
      from orders o, generate_series(1, 8) line;
    update orders o set total = (select sum(line_total) from orders_items i where i._parent_id = o.id);
    analyze;`)
}

interface RawLine {
  client: number
  name: string
  delivery_date: Date
  number: string
  product_name: string
  unit: string
  quantity: string
  unit_price: number
  line_total: number
}

async function runSide(side: 'ours' | 'raw', out: string) {
  if (side === 'ours') {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { writeInvoicesWorkbook } = await import(
      '@commerce/features/invoices/writeInvoicesWorkbook'
    )
    const { parseMonth } = await import('@/domain/invoicePeriod')
    const { closePayload } = await import('@/db/closePayload')
    const { asScript } = await import('@/shared/processRole')
    const payload = await asScript(() => getPayload({ config }))
    payload.logger.level = 'warn'
    const file = fs.createWriteStream(out)
    const start = performance.now()
    await writeInvoicesWorkbook(payload, file, { period: parseMonth(MONTH)! })
    const ms = performance.now() - start
    await closePayload(payload)
    report(ms)
  } else {
    const { default: ExcelJS } = await import('exceljs')
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const start = performance.now()
    const { rows } = await client.query<RawLine>(`
      select c.id as client, c.name, o.delivery_date, o.number, i.product_name, i.unit, i.quantity, i.unit_price, i.line_total
        from orders o join clients c on c.id = o.client_id join orders_items i on i._parent_id = o.id
       where o.delivery_date >= '2026-10-01' and o.delivery_date < '2026-11-01' and o.status in ('delivered', 'given')
       order by c.name, c.id, o.delivery_date, o.number, i._order`)
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: fs.createWriteStream(out),
      useStyles: true,
    })
    const byClient = new Map<number, RawLine[]>()
    for (const row of rows) {
      const lines = byClient.get(row.client)
      if (lines) lines.push(row)
      else byClient.set(row.client, [row])
    }
    const summary = workbook.addWorksheet('Summary')
    for (const [, lines] of byClient) summary.addRow([lines[0].name, '', lines.length, 0]).commit()
    await summary.commit()
    for (const [id, lines] of byClient) {
      const sheet = workbook.addWorksheet(`Client ${id}`)
      sheet.columns = [
        { style: { numFmt: 'dd.mm.yyyy' } },
        {},
        {},
        {},
        {},
        { style: { numFmt: '#,##0.00' } },
        { style: { numFmt: '#,##0.00' } },
      ]
      for (let i = 0; i < 22; i++) sheet.addRow(['label', null, 'value']).commit()
      for (const line of lines) {
        sheet
          .addRow([
            line.delivery_date,
            Number(line.number),
            line.product_name,
            line.unit,
            Number(line.quantity),
            line.unit_price / 100,
            line.line_total / 100,
          ])
          .commit()
      }
      sheet.addRow(['Total', null, null, null, null, null, 0]).commit()
      await sheet.commit()
    }
    await workbook.commit()
    const ms = performance.now() - start
    await client.end()
    report(ms)
  }
}

function report(ms: number) {
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}
