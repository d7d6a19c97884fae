/**
 * Payme's side of the merchant protocol, as a client: Payme calls the merchant, so this fake
 * sends what Payme sends (Basic `Paycom:<key>`, JSON-RPC 2.0, tiyin, milliseconds) and can play
 * its faults: a call it gives up on (the client aborts after `abortAfterMs`), the same call sent
 * twice or at once, a malformed body, a wrong key.
 *
 * It points at any merchant endpoint: the tests give it the local server, or a deployed one by
 * `PAYME_CONTRACT_URL` and `PAYME_CONTRACT_KEY` (see tests/integration/payme.test.ts).
 */
export interface PaymeAnswer {
  status: number
  body: {
    jsonrpc?: string
    id?: unknown
    result?: Record<string, unknown>
    error?: { code: number; message: Record<string, string>; data?: unknown }
  }
}

export interface CallOptions {
  /** The key to sign with instead of the cashbox key (a wrong one, for the -32504 case). */
  key?: string
  /** Sent as is instead of a JSON-RPC body: a malformed request. */
  rawBody?: string
  /** Abort the call after this many milliseconds, as Payme does when the merchant is slow. */
  abortAfterMs?: number
  /** The JSON-RPC id; a fresh one by default. */
  id?: number
}

let nextRpcId = 1

export interface FakePayme {
  url: string
  call(
    method: string,
    params?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<PaymeAnswer>
  /** Payme's own order of calls for one payment: check, create, perform; each must succeed. */
  pay(
    orderNumber: number,
    amount: number,
    paymeId?: string,
  ): Promise<{ paymeId: string; answers: PaymeAnswer[] }>
  /** A Payme transaction id as Payme makes them (24 hex digits). */
  newId(): string
}

export function fakePayme({ url, key }: { url: string; key: string }): FakePayme {
  async function call(
    method: string,
    params: Record<string, unknown> = {},
    options: CallOptions = {},
  ): Promise<PaymeAnswer> {
    const id = options.id ?? nextRpcId++
    const headers = {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`Paycom:${options.key ?? key}`).toString('base64')}`,
    }
    const body = options.rawBody ?? JSON.stringify({ jsonrpc: '2.0', id, method, params })
    const signal =
      options.abortAfterMs !== undefined ? AbortSignal.timeout(options.abortAfterMs) : undefined
    const response = await fetch(url, { method: 'POST', headers, body, signal })
    const text = await response.text()
    let parsed: PaymeAnswer['body']
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new Error(
        `the merchant answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
      )
    }
    return { status: response.status, body: parsed }
  }

  const newId = () =>
    Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('')

  return {
    url,
    call,
    newId,
    async pay(orderNumber, amount, paymeId = newId()) {
      const account = { order_id: String(orderNumber) }
      const answers = [
        await call('CheckPerformTransaction', { amount, account }),
        await call('CreateTransaction', { id: paymeId, time: Date.now(), amount, account }),
        await call('PerformTransaction', { id: paymeId }),
      ]
      for (const answer of answers)
        if (answer.body.error) throw new Error(`payme: ${JSON.stringify(answer.body.error)}`)
      return { paymeId, answers }
    },
  }
}
