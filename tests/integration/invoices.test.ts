import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  type ClientLines,
  invoiceLinesByClient,
  loadInvoiceClients,
} from '@commerce/features/invoices/loadInvoiceData'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { parseMonth } from '@/domain/invoicePeriod'
import { inSnapshot, sqlDatabase } from '@/shared/db/sqlDatabase'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

const MONTH = '2031-10'
let payload: Payload
let server: RestServer
let headers: Record<string, string>
let complete: Awaited<ReturnType<typeof makeClient>>
let incomplete: Awaited<ReturnType<typeof makeClient>>
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-invoices-'))

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      staffLanguage: 'en',
      sellerName: 'Tandir Bakery LLC',
      sellerInn: '201234567',
      sellerMfo: '00873',
      sellerBankAccount: '20208000100100100100',
      sellerBankName: 'Kapitalbank',
      sellerAddress: 'Tashkent, Chilonzor 1',
    },
  })
  const catalog = await makeCatalog(payload)
  complete = await makeClient(payload, {
    name: unique('Vostok: [Cafe] / Grill '),
    legalAddress: 'Tashkent, Amir Temur 107',
    bankName: 'NBU',
    vatRegCode: '326010012345',
  })
  incomplete = await makeClient(payload, {
    name: unique('Samsa House '),
    inn: null,
    mfo: null,
    bankAccount: null,
  })
  const deliver = async (
    client: number,
    day: string,
    fulfillment: 'delivery' | 'pickup',
    lines: [number, number][],
    stop = fulfillment === 'delivery' ? 'delivered' : 'given',
  ) => {
    const order = await payload.create({
      collection: 'orders',
      data: {
        client,
        fulfillment,
        deliveryDate: day,
        items: lines.map(([product, quantity]) => ({ product, quantity })),
      },
    })
    const path =
      fulfillment === 'delivery'
        ? ['accepted', 'preparing', 'on_the_way', 'delivered']
        : ['accepted', 'preparing', 'ready', 'given']
    for (const status of path.slice(0, path.indexOf(stop) + 1)) {
      await payload.update({
        collection: 'orders',
        id: order.id,
        data: { status: status as 'accepted' },
      })
    }
    return order
  }
  await deliver(complete.id, '2031-10-01', 'delivery', [
    [catalog.bread.id, 80],
    [catalog.samsa.id, 40],
  ])
  await deliver(complete.id, '2031-10-31', 'pickup', [[catalog.bread.id, 3]])
  await deliver(incomplete.id, '2031-10-15', 'delivery', [[catalog.samsa.id, 10]])
  // Not invoiced: unfinished, cancelled, or another month.
  await deliver(complete.id, '2031-10-20', 'delivery', [[catalog.bread.id, 1000]], 'on_the_way')
  const cancelled = await payload.create({
    collection: 'orders',
    data: {
      client: complete.id,
      fulfillment: 'pickup',
      deliveryDate: '2031-10-21',
      items: [{ product: catalog.bread.id, quantity: 5 }],
    },
  })
  await payload.update({ collection: 'orders', id: cancelled.id, data: { status: 'cancelled' } })
  await deliver(complete.id, '2031-11-01', 'delivery', [[catalog.bread.id, 7]])
  await deliver(complete.id, '2031-09-30', 'delivery', [[catalog.bread.id, 9]])
  // Today's catalog price changes nothing: invoices carry the lines' snapshots.
  await payload.update({ collection: 'products', id: catalog.bread.id, data: { price: 999_900 } })

  const accountant = await makeUser(payload, 'accountant')
  headers = await login(server.url, accountant.email, PASSWORD)
})
afterAll(async () => {
  await payload?.updateGlobal({ slug: 'settings', data: { staffLanguage: 'ru' } })
  await server?.close()
  await closePayload(payload)
  fs.rmSync(tmp, { recursive: true, force: true })
})

/** What the database says each client owes for the month, in tiyin, from the orders themselves. */
async function totalsInDatabase(): Promise<Map<number, number>> {
  const { rows } = await sqlDatabase(payload).execute<{ client: number; total: number }>(
    `select client_id as client, sum(total)::float8 as total from orders
      where status in ('delivered', 'given') and delivery_date >= '2031-10-01' and delivery_date < '2031-11-01' group by client_id`,
  )
  return new Map(rows.map((row) => [row.client, row.total]))
}

async function download(query: string): Promise<Response> {
  return fetch(`${server.url}/invoices/export?${query}`, { headers })
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
  return workbook
}

const tiyin = (value: unknown) =>
  Math.round(
    Number(typeof value === 'object' && value && 'result' in value ? value.result : value) * 100,
  )

describe('GET /api/invoices/export', () => {
  it('streams one workbook: a summary, then an invoice per client with every legal detail, totals matching the orders', async () => {
    const response = await download(`month=${MONTH}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="invoices-${MONTH}.xlsx"`,
    )
    const workbook = await workbookOf(response)
    const expected = await totalsInDatabase()

    const summary = workbook.getWorksheet('Summary')!
    expect(summary.getRow(4).values).toEqual([undefined, 'Client', 'INN', 'Orders', 'Total'])
    const rows = [5, 6].map((n) => summary.getRow(n))
    const byName = new Map(rows.map((row) => [row.getCell(1).value, row]))
    const vostok = byName.get(complete.name)!
    expect(vostok.getCell(2).value).toBe(complete.inn)
    expect(vostok.getCell(3).value).toBe(2)
    expect(tiyin(vostok.getCell(4).value)).toBe(expected.get(complete.id))
    expect(byName.get(incomplete.name)!.getCell(2).value).toBe('MISSING')
    const grand = summary.getRow(7)
    expect(grand.getCell(1).value).toBe('Grand total')
    expect(grand.getCell(4).value).toMatchObject({ formula: 'SUM(D5:D6)' })
    expect(tiyin(grand.getCell(4).value)).toBe([...expected.values()].reduce((a, b) => a + b, 0))

    // A name with characters Excel refuses still gets a sheet.
    const sheet = workbook.worksheets.find((candidate) => candidate.name.startsWith('Vostok'))!
    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/)
    expect(vostok.getCell(4).value).toMatchObject({ formula: `'${sheet.name}'!G${sheet.rowCount}` })
    const text = (row: number) => sheet.getRow(row).getCell(1).value
    expect(text(1)).toBe(`Invoice No. 203110-${String(complete.id).padStart(4, '0')} of 31.10.2031`)
    expect(text(2)).toBe('Period: 01.10.2031 to 31.10.2031')
    const details = (from: number) =>
      Array.from({ length: 7 }, (_, i) => sheet.getRow(from + i).getCell(3).value)
    expect(details(6)).toEqual([
      'Tandir Bakery LLC',
      'Tashkent, Chilonzor 1',
      '201234567',
      '20208000100100100100',
      'Kapitalbank',
      '00873',
      '—',
    ])
    expect(details(15)).toEqual([
      complete.name,
      'Tashkent, Amir Temur 107',
      complete.inn,
      complete.bankAccount,
      'NBU',
      complete.mfo,
      '326010012345',
    ])
    expect(sheet.getRow(23).values).toEqual([
      undefined,
      'Date',
      'Order',
      'Product',
      'Unit',
      'Quantity',
      'Unit price',
      'Amount',
    ])
    const lines = Array.from({ length: 3 }, (_, i) => sheet.getRow(24 + i).values as unknown[])
    expect(lines.map((line) => [line[3], line[5], line[6], line[7]])).toEqual([
      ['White bread', 80, 8000, 640000],
      ['Samsa', 40, 9000, 360000],
      ['White bread', 3, 8000, 24000],
    ])
    expect((lines[0][1] as Date).toISOString().slice(0, 10)).toBe('2031-10-01')
    expect(sheet.getRow(27).getCell(7).value).toMatchObject({
      formula: 'SUM(G24:G26)',
      result: 1024000,
    })
    expect(sheet.getColumn(7).numFmt).toBe('#,##0.00')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 23 })
  })

  it('adds a reconciliation act after each invoice when asked: opening balance, orders, payments, closing balance', async () => {
    // Money received before the month and in it, dated by the day it was recorded in Tashkent.
    const received = async (
      provider: 'bank_transfer' | 'cash',
      amount: number,
      at: string,
      reference: string,
    ) => {
      const { id } = await payload.create({
        collection: 'transactions',
        data: {
          client: complete.id,
          provider,
          kind: 'payment',
          status: 'succeeded',
          amount,
          currency: 'UZS',
          reference,
        },
      })
      await sqlDatabase(payload).execute(
        `update transactions set created_at = '${at}' where id = ${id}`,
      )
    }
    await received('bank_transfer', 5_000_000, '2031-09-30T10:00:00.000Z', 'PP-930')
    await received('cash', 100_000_000, '2031-10-10T06:00:00.000Z', 'R-1010')
    // Late on 31 October in UTC is already November in Tashkent: not this month's.
    await received('cash', 1_000_000, '2031-10-31T20:00:00.000Z', 'R-1101')

    const workbook = await workbookOf(
      await download(`month=${MONTH}&client=${complete.id}&reconciliation=1`),
    )
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      expect.stringMatching(/^Vostok/),
      expect.stringMatching(/^Reconciliation Vostok/),
    ])
    const act = workbook.worksheets[2]
    expect(act.getRow(1).getCell(1).value).toBe(
      'Reconciliation statement for 01.10.2031 to 31.10.2031',
    )
    expect(act.getRow(5).values).toEqual([
      undefined,
      'Date',
      'Document',
      'Debit',
      'Credit',
      'Balance',
    ])
    const row = (n: number) => {
      const cells = act.getRow(n).values as unknown[]
      return [
        cells[1] instanceof Date ? cells[1].toISOString().slice(0, 10) : (cells[1] ?? null),
        cells[2],
        ...[3, 4, 5].map((i) => (cells[i] == null ? null : tiyin(cells[i]))),
      ]
    }
    const [september] = (
      await payload.find({
        collection: 'orders',
        where: { client: { equals: complete.id }, deliveryDate: { less_than: '2031-10-01' } },
      })
    ).docs
    const opening = september.total! - 5_000_000
    const month = (await totalsInDatabase()).get(complete.id)!
    const orders = (
      await payload.find({
        collection: 'orders',
        where: {
          client: { equals: complete.id },
          status: { in: ['delivered', 'given'] },
          deliveryDate: { greater_than_equal: '2031-10-01', less_than: '2031-11-01' },
        },
        sort: 'deliveryDate',
      })
    ).docs
    expect([6, 7, 8, 9, 10, 11].map(row)).toEqual([
      [null, 'Opening balance', null, null, opening],
      [
        '2031-10-01',
        `Order #${orders[0].number}`,
        orders[0].total,
        null,
        opening + orders[0].total!,
      ],
      [
        '2031-10-10',
        'Payment (cash, R-1010)',
        null,
        100_000_000,
        opening + orders[0].total! - 100_000_000,
      ],
      [
        '2031-10-31',
        `Order #${orders[1].number}`,
        orders[1].total,
        null,
        opening + month - 100_000_000,
      ],
      [null, 'Turnover for the period', month, 100_000_000, null],
      [null, 'Closing balance', null, null, opening + month - 100_000_000],
    ])
    expect(act.getRow(11).getCell(5).value).toMatchObject({ formula: 'E6+C10-D10' })
    // Without the flag, no act.
    expect(
      (await workbookOf(await download(`month=${MONTH}&client=${complete.id}`))).worksheets,
    ).toHaveLength(2)
    expect((await download(`month=${MONTH}&reconciliation=yes`)).status).toBe(400)
  })

  it('marks missing legal details plainly instead of failing', async () => {
    const workbook = await workbookOf(await download(`month=${MONTH}`))
    const sheet = workbook.worksheets.find((candidate) => candidate.name.startsWith('Samsa House'))!
    const details = Array.from({ length: 7 }, (_, i) => sheet.getRow(15 + i).getCell(3).value)
    expect(details).toEqual([
      incomplete.name,
      'MISSING',
      'MISSING',
      'MISSING',
      'MISSING',
      'MISSING',
      '—',
    ])
  })

  it('exports one client alone, and says so when a month has no orders', async () => {
    const one = await workbookOf(await download(`month=${MONTH}&client=${incomplete.id}`))
    expect(one.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      expect.stringMatching(/^Samsa House/),
    ])
    const empty = await workbookOf(await download('month=2031-08'))
    expect(empty.worksheets).toHaveLength(1)
    expect(empty.getWorksheet('Summary')!.getRow(5).getCell(1).value).toBe(
      'No delivered or picked-up orders in 2031-08.',
    )
  })

  it.each([
    ['month=2026-13', 'month'],
    ['month=2026-1', 'month'],
    ['month=abc', 'month'],
    ['', 'month'],
    [`month=${MONTH}&client=abc`, 'client'],
  ])('answers %p with 400 naming %s', async (query, field) => {
    const response = await download(query)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].field).toBe(field)
  })

  it('answers an unknown client with 404, anonymous callers with 401 and other roles with 403', async () => {
    expect((await download(`month=${MONTH}&client=99999999`)).status).toBe(404)
    expect((await fetch(`${server.url}/invoices/export?month=${MONTH}`)).status).toBe(401)
    const roleless = await makeUser(payload, 'manager')
    const roguesHeaders = await login(server.url, roleless.email, PASSWORD)
    await sqlDatabase(payload).execute(`delete from users_roles where parent_id = ${roleless.id}`)
    expect(
      (await fetch(`${server.url}/invoices/export?month=${MONTH}`, { headers: roguesHeaders }))
        .status,
    ).toBe(403)
  })
})

describe('loading the lines', () => {
  it('reads the month as it was when the export began, whatever is delivered meanwhile', async () => {
    const period = parseMonth('2031-12')!
    const product = (
      await payload.find({
        collection: 'products',
        where: { active: { equals: true } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    await inSnapshot(payload, async (db) => {
      expect(await loadInvoiceClients(db, period)).toEqual([])
      const order = await payload.create({
        collection: 'orders',
        data: {
          client: complete.id,
          fulfillment: 'pickup',
          deliveryDate: '2031-12-05',
          items: [{ product: product.id, quantity: Math.max(2, product.minQuantity ?? 1) }],
        },
      })
      for (const status of ['accepted', 'preparing', 'ready', 'given'] as const)
        await payload.update({ collection: 'orders', id: order.id, data: { status } })
      expect(await loadInvoiceClients(db, period)).toEqual([])
      expect(await loadInvoiceClients(sqlDatabase(payload), period)).toHaveLength(1)
    })
  })

  it('gives each client the same lines in the same order however the month is split into queries', async () => {
    const period = parseMonth(MONTH)!
    const clients = await loadInvoiceClients(sqlDatabase(payload), period)
    const collect = async (batchLines: number) => {
      const out: ClientLines[] = []
      for await (const client of invoiceLinesByClient(
        sqlDatabase(payload),
        period,
        clients,
        batchLines,
      ))
        out.push(client)
      return out
    }
    const whole = await collect(100_000)
    expect(whole.map((client) => client.clientId)).toEqual(clients.map((client) => client.id))
    expect(whole.map((client) => client.lines.length)).toEqual(
      clients.map((client) => client.lines),
    )
    expect(await collect(1)).toEqual(whole)
  })
})

describe('read by another program', () => {
  it('LibreOffice finds every client’s total and the grand total equal to the database', async () => {
    const file = path.join(tmp, 'invoices.xlsx')
    fs.writeFileSync(file, Buffer.from(await (await download(`month=${MONTH}`)).arrayBuffer()))
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${tmp}/profile`,
        '--headless',
        '--convert-to',
        // Comma-separated UTF-8, raw values rather than as shown, every sheet to its own file (-1).
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        tmp,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    )
    const csv = (name: string) =>
      fs
        .readFileSync(path.join(tmp, `invoices-${name}.csv`), 'utf8')
        .trim()
        .split('\n')
        .map((line) =>
          [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) =>
            m[1].replace(/^"|"$/g, '').replaceAll('""', '"'),
          ),
        )
    const expected = await totalsInDatabase()
    const summary = csv('Summary')
    for (const client of [complete, incomplete]) {
      const row = summary.find((cells) => cells[0] === client.name)!
      expect(Math.round(Number(row[3]) * 100)).toBe(expected.get(client.id))
    }
    const grand = summary.find((cells) => cells[0] === 'Grand total')!
    expect(Math.round(Number(grand[3]) * 100)).toBe(
      [...expected.values()].reduce((a, b) => a + b, 0),
    )
    const sheets = fs
      .readdirSync(tmp)
      .filter((name) => name.endsWith('.csv') && name !== 'invoices-Summary.csv')
    expect(sheets).toHaveLength(2)
    for (const sheet of sheets) {
      const rows = csv(sheet.replace(/^invoices-|\.csv$/g, ''))
      const total = rows.find((cells) => cells[0] === 'Total')!
      const lines = rows.slice(rows.findIndex((cells) => cells[0] === 'Date') + 1, -1)
      expect(Math.round(Number(total[6]) * 100)).toBe(
        lines.reduce((sum, cells) => sum + Math.round(Number(cells[6]) * 100), 0),
      )
    }
  })

  it('the command line writes the same workbook as the admin', async () => {
    const out = path.join(tmp, 'cli.xlsx')
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/invoices.ts', '--month', MONTH, '--out', out],
      { env: process.env, stdio: 'pipe' },
    )
    const fromCli = new ExcelJS.Workbook()
    await fromCli.xlsx.readFile(out)
    const fromApi = await workbookOf(await download(`month=${MONTH}`))
    const cells = (workbook: ExcelJS.Workbook) =>
      workbook.worksheets.map((sheet) => [
        sheet.name,
        sheet.getSheetValues().map((row) => JSON.stringify(row)),
      ])
    expect(cells(fromCli)).toEqual(cells(fromApi))
  })
})
