import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface WarehouseItem {
  sku: string
  warehouse: string
  /** A number as the warehouse says it; tests put garbage here too (-3, 1.5). */
  available: number
  updated_at: string
}

/** What the warehouse does wrong on a call, for `times` calls (once by default). */
export interface WarehouseFault {
  on: 'stock' | 'pick'
  /** Only on this page of `/stock` (any page when unset). */
  page?: number
  kind: 'timeout' | '5xx' | 'malformed' | 'wrong-shape'
  times?: number
}

export interface PickRequestSeen {
  key: string | undefined
  body: Record<string, unknown>
}

/**
 * The warehouse's API on loopback, as the adapter's contract describes it: `GET /stock?
 * updated_since=…&page=N` pages of rows changed after the cursor, `POST /pick-requests` taking
 * a pick once per Idempotency-Key. Faults are injected per call: no answer (timeout), 5xx, a body
 * that is not JSON, or JSON of another shape; `duplicates` repeats each page's last row on the next.
 */
export async function startFakeWarehouse({
  apiKey,
  pageSize = 100,
}: {
  apiKey?: string
  pageSize?: number
} = {}) {
  let items: WarehouseItem[] = []
  const faults: WarehouseFault[] = []
  const picks = new Map<string, { id: string; status: string }>()
  const pickRequests: PickRequestSeen[] = []
  const stockCalls: { updatedSince: string | null; page: number }[] = []
  let duplicates = false
  let holdMs = 60_000

  const faultFor = (on: WarehouseFault['on'], page?: number) => {
    const index = faults.findIndex(
      (fault) => fault.on === on && (fault.page === undefined || fault.page === page),
    )
    if (index < 0) return null
    const fault = faults[index]
    fault.times = (fault.times ?? 1) - 1
    if (fault.times <= 0) faults.splice(index, 1)
    return fault
  }

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const url = new URL(request.url ?? '/', 'http://fake')
    const send = (status: number, body: unknown) => {
      if (response.destroyed) return
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (apiKey && request.headers.authorization !== `Bearer ${apiKey}`)
      return send(401, { error: 'unauthorized' })
    const act = async (fault: WarehouseFault | null) => {
      if (!fault) return false
      if (fault.kind === 'timeout') {
        await new Promise((resolve) => setTimeout(resolve, holdMs))
        send(504, { error: 'too late' })
      } else if (fault.kind === '5xx') send(503, { error: 'maintenance' })
      else if (fault.kind === 'malformed') send(200, '{"items": [ {"sku": ')
      else send(200, { data: 'not what the contract says' })
      return true
    }

    if (request.method === 'GET' && url.pathname === '/stock') {
      const page = Number(url.searchParams.get('page') ?? 1)
      const since = url.searchParams.get('updated_since')
      stockCalls.push({ updatedSince: since, page })
      if (await act(faultFor('stock', page))) return
      const changed = items
        .filter((item) => !since || Date.parse(item.updated_at) > Date.parse(since))
        .sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.sku.localeCompare(b.sku))
      const start = (page - 1) * pageSize
      const rows = changed.slice(start, start + pageSize)
      if (duplicates && start > 0) rows.unshift(changed[start - 1])
      const next = start + pageSize < changed.length ? page + 1 : null
      return send(200, { items: rows, next_page: next })
    }

    if (request.method === 'POST' && url.pathname === '/pick-requests') {
      const key = request.headers['idempotency-key'] as string | undefined
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
      pickRequests.push({ key, body })
      if (await act(faultFor('pick'))) return
      if (!key) return send(400, { error: 'Idempotency-Key is required' })
      const known = picks.get(key)
      if (known) return send(200, known)
      const made = { id: `pick-${picks.size + 1}`, status: 'accepted' }
      picks.set(key, made)
      return send(201, made)
    }
    send(404, { error: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    /** Sets the warehouse's stock (replacing all of it). */
    setItems: (next: WarehouseItem[]) => {
      items = next
    },
    addItems: (more: WarehouseItem[]) => {
      items.push(...more)
    },
    fail: (...more: WarehouseFault[]) => faults.push(...more),
    setDuplicates: (on: boolean) => {
      duplicates = on
    },
    /** How long a "timeout" call is held before answering. */
    setHoldMs: (ms: number) => {
      holdMs = ms
    },
    stockCalls,
    pickRequests,
    /** The picks taken, one per idempotency key. */
    picks,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeWarehouse = Awaited<ReturnType<typeof startFakeWarehouse>>
