import { commerceOf } from '@commerce/feature'
import type { Endpoint, Payload } from 'payload'
import {
  PAYME_METHODS,
  PaymeError,
  type PaymeMethod,
  paymeAcceptedKeys,
  paymeAuthorized,
  paymeError,
} from '@/domain/payme'
import { withOrigin } from '@/shared/writeOrigin'
import {
  cancelTransaction,
  checkPerformTransaction,
  checkTransaction,
  createTransaction,
  getStatement,
  performTransaction,
} from './paymeMethods'

type Params = Record<string, unknown>

const METHODS: Record<
  PaymeMethod,
  (payload: Payload, params: Params, now: number) => Promise<unknown>
> = {
  CheckPerformTransaction: checkPerformTransaction,
  CreateTransaction: createTransaction,
  PerformTransaction: performTransaction,
  CancelTransaction: cancelTransaction,
  CheckTransaction: checkTransaction,
  GetStatement: getStatement,
}

/** The cashbox keys Payme may sign with: the live one, and the test one only in test mode. */
export function paymeKeys(payload: Pick<Payload, 'config'>): string[] {
  return paymeAcceptedKeys(commerceOf(payload).options.payme)
}

/** The request's id for the answer, when the body is JSON-RPC at all. */
function idOf(raw: string): unknown {
  try {
    const body = JSON.parse(raw)
    return body && typeof body === 'object' && !Array.isArray(body) ? body.id : null
  } catch {
    return null
  }
}

/** JSON-RPC answers are always HTTP 200: Payme reads the error from the body. */
const reply = (id: unknown, body: { result: unknown } | { error: Record<string, unknown> }) =>
  Response.json({ jsonrpc: '2.0', id: id ?? null, ...body })

const refuse = (id: unknown, error: PaymeError) =>
  reply(id, {
    error: { code: error.code, message: error.said, ...(error.data ? { data: error.data } : {}) },
  })

/**
 * `POST /api/payments/payme`: Payme's merchant API (JSON-RPC 2.0). Nothing is looked up before the
 * caller's key is checked; every refusal is the protocol's error object, never an HTTP error.
 */
export const paymeEndpoint: Endpoint = {
  path: '/payments/payme',
  method: 'post',
  handler: async (req) => {
    const keys = paymeKeys(req.payload)
    if (!keys.length)
      return Response.json({ error: 'Payme is off: PAYME_KEY is not set' }, { status: 503 })
    const raw = (await req.text?.()) ?? ''
    // The key first: a caller without it learns nothing, not even whether its body parsed.
    if (!paymeAuthorized(req.headers.get('authorization'), keys))
      return refuse(idOf(raw), paymeError('unauthorized'))
    let body: { id?: unknown; method?: unknown; params?: unknown; jsonrpc?: unknown }
    try {
      body = JSON.parse(raw)
    } catch {
      return refuse(null, paymeError('parse'))
    }
    const id = body && typeof body === 'object' ? body.id : null
    if (
      !body ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      typeof body.method !== 'string' ||
      (body.params !== undefined &&
        (typeof body.params !== 'object' || body.params === null || Array.isArray(body.params)))
    )
      return refuse(id, paymeError('invalidRequest'))
    if (!(PAYME_METHODS as readonly string[]).includes(body.method))
      return refuse(id, paymeError('methodNotFound'))
    const method = METHODS[body.method as PaymeMethod]
    try {
      const result = await withOrigin({ door: 'webhook', name: 'payme' }, () =>
        method(req.payload, (body.params ?? {}) as Params, Date.now()),
      )
      return reply(id, { result })
    } catch (error) {
      if (error instanceof PaymeError) return refuse(id, error)
      req.payload.logger.error({ err: error, method: body.method }, 'payme: the call failed')
      return refuse(id, paymeError('system'))
    }
  },
}
