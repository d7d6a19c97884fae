import { sql } from '@payloadcms/db-postgres'
import { addDays } from '@/domain/calendarDate'
import { INVOICED_STATUSES, type InvoicePeriod } from '@/domain/invoicePeriod'
import type { LegalParty } from '@/domain/legalParty'
import type { ActEntry } from '@/domain/reconciliation'
import { counted } from '@/shared/db/ruleFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface InvoiceClient extends LegalParty {
  id: number
  orders: number
  lines: number
  /** Tiyin: the sum of the invoiced orders' line snapshots. */
  total: number
}

export interface InvoiceLine {
  day: string
  number: number
  product: string
  unit: string
  quantity: number
  unitPrice: number
  amount: number
}

/** Delivery dates are calendar days stored at 12:00 UTC: the month is its UTC days. */
const bounds = (period: InvoicePeriod) =>
  [`${period.first}T00:00:00.000Z`, `${addDays(period.last, 1)}T00:00:00.000Z`] as const
const invoiced = sql.raw(`(${INVOICED_STATUSES.map((status) => `'${status}'`).join(', ')})`)

/** Every client with invoiced orders in the period (or only `clientId`), by name, with their totals. */
export async function loadInvoiceClients(
  db: SqlExecutor,
  period: InvoicePeriod,
  clientId?: number,
): Promise<InvoiceClient[]> {
  const [from, to] = bounds(period)
  const { rows } = await db.execute<InvoiceClient>(sql`
    select c.id, c.name, c.legal_address as address, c.inn, c.bank_account as "bankAccount", c.bank_name as "bankName",
           c.mfo, c.vat_reg_code as "vatRegCode",
           count(distinct o.id)::int as orders, count(*)::int as lines, sum(i.line_total)::float8 as total
      from orders o
      join clients c on c.id = o.client_id
      join orders_items i on i._parent_id = o.id
     where o.delivery_date >= ${from}::timestamptz and o.delivery_date < ${to}::timestamptz
       and o.status in ${invoiced}
       ${clientId === undefined ? sql`` : sql`and o.client_id = ${clientId}`}
     group by c.id
     order by c.name, c.id`)
  return rows
}

export interface ClientLines {
  clientId: number
  lines: InvoiceLine[]
}

/**
 * The clients' invoiced lines, a few thousand lines per query: one round trip per client would
 * cost more than the work, one query for the month would hold every line in memory at once.
 * Yields each client's lines in the order of `clients`, fetching the next batch while the caller
 * writes the current one.
 */
export async function* invoiceLinesByClient(
  db: SqlExecutor,
  period: InvoicePeriod,
  clients: readonly InvoiceClient[],
  batchLines = 5000,
): AsyncGenerator<ClientLines> {
  const batches: InvoiceClient[][] = [[]]
  let size = 0
  for (const client of clients) {
    if (size >= batchLines) {
      batches.push([])
      size = 0
    }
    batches.at(-1)!.push(client)
    size += client.lines
  }
  // Fetched ahead: a failure is kept (not left unhandled) and thrown when its batch is reached.
  const ahead = (batch: InvoiceClient[]) =>
    loadLines(db, period, batch).then(
      (lines) => ({ lines }),
      (error: unknown) => ({ error }),
    )
  if (clients.length === 0) return
  let next = ahead(batches[0])
  for (let i = 0; i < batches.length; i++) {
    const fetched = await next
    if ('error' in fetched) throw fetched.error
    const { lines } = fetched
    if (i + 1 < batches.length) next = ahead(batches[i + 1])
    for (const client of batches[i])
      yield { clientId: client.id, lines: lines.get(client.id) ?? [] }
  }
}

async function loadLines(
  db: SqlExecutor,
  period: InvoicePeriod,
  clients: InvoiceClient[],
): Promise<Map<number, InvoiceLine[]>> {
  const [from, to] = bounds(period)
  const ids = sql.join(
    clients.map((client) => sql`${client.id}`),
    sql`, `,
  )
  const { rows } = await db.execute<InvoiceLine & { clientId: number }>(sql`
    select o.client_id as "clientId", to_char(o.delivery_date at time zone 'UTC', 'YYYY-MM-DD') as day, o.number::int as number,
           i.product_name as product, i.unit, i.quantity::float8 as quantity,
           i.unit_price::float8 as "unitPrice", i.line_total::float8 as amount
      from orders o
      join orders_items i on i._parent_id = o.id
     where o.client_id in (${ids})
       and o.delivery_date >= ${from}::timestamptz and o.delivery_date < ${to}::timestamptz
       and o.status in ${invoiced}
     order by o.client_id, o.delivery_date, o.number, i._order`)
  const byClient = new Map<number, InvoiceLine[]>()
  for (const { clientId, ...line } of rows) {
    const lines = byClient.get(clientId)
    if (lines) lines.push(line)
    else byClient.set(clientId, [line])
  }
  return byClient
}

/** An order delivered to the client, or money received from them or given back. */
export interface MoneyEvent {
  day: string
  kind: ActEntry['kind']
  /** Tiyin, positive. */
  amount: number
  /** The order's number. */
  number: number | null
  /** How the money moved: cash, bank_transfer or stripe, and its reference. */
  provider: 'cash' | 'bank_transfer' | 'stripe' | null
  reference: string | null
}

export interface ClientMoneyHistory {
  /** Owed at the start of the period. */
  opening: number
  /** What happened in the period. */
  events: MoneyEvent[]
}

/**
 * Each client's orders (delivered or picked up) and money received or given back, up to the
 * period's end: what came before it adds up to the opening balance, the rest are the act's rows.
 * Payments are dated by the day they were recorded in the business's time zone.
 */
export async function loadMoneyHistory(
  db: SqlExecutor,
  period: InvoicePeriod,
  clientIds: readonly number[],
  timeZone: string,
): Promise<Map<number, ClientMoneyHistory>> {
  const histories = new Map<number, ClientMoneyHistory>(
    clientIds.map((id) => [id, { opening: 0, events: [] }]),
  )
  if (clientIds.length === 0) return histories
  const [, to] = bounds(period)
  const ids = sql.join(
    clientIds.map((id) => sql`${id}`),
    sql`, `,
  )
  // Every order and movement up to the month's end, one day each; only the month's are read out,
  // the years before it are added up in the database.
  const history = sql`
    select client_id, 'order' as kind, to_char(delivery_date at time zone 'UTC', 'YYYY-MM-DD') as day,
           number::int as number, null as provider, null as reference, total::float8 as amount
      from orders
     where client_id in (${ids}) and status in ${invoiced} and delivery_date < ${to}::timestamptz
    union all
    select client_id, kind::text, to_char(created_at at time zone ${timeZone}, 'YYYY-MM-DD'),
           null, provider::text, reference, amount::float8
      from transactions
     where client_id in (${ids})
       and ${counted('transactions')}
       and (created_at at time zone ${timeZone})::date <= ${period.last}::date`
  const { rows } = await db.execute<{
    clientId: number
    opening: number | null
    events: MoneyEvent[] | null
  }>(sql`
    with history as (${history})
    select client_id as "clientId",
           sum(case when kind = 'payment' then -amount else amount end) filter (where day < ${period.first}) as opening,
           json_agg(json_build_object('day', day, 'kind', kind, 'number', number, 'provider', provider, 'reference', reference, 'amount', amount))
             filter (where day >= ${period.first}) as events
      from history group by client_id`)
  for (const { clientId, opening, events } of rows)
    histories.set(clientId, { opening: opening ?? 0, events: events ?? [] })
  return histories
}
