import { integrationClient } from '@commerce/integrations/client'
import type { Payload } from 'payload'
import {
  type WarehouseStockPage,
  warehousePickAnswer,
  warehouseStockPage,
} from '@/domain/stockPull'

export const WAREHOUSE = 'warehouse'

/** Where the warehouse is, from the environment; null while none is configured. */
export function warehouseConfig(env: NodeJS.ProcessEnv = process.env) {
  const baseUrl = env.WAREHOUSE_API_URL?.trim()
  if (!baseUrl) return null
  return {
    baseUrl,
    apiKey: env.WAREHOUSE_API_KEY?.trim() || undefined,
    timeoutMs: Number(env.WAREHOUSE_TIMEOUT_MS) || 10_000,
  }
}

export interface PickRequest {
  order: number
  number: number
  warehouse: string
  deliveryDate: string
  fulfillment: string
  lines: { sku: string; quantity: number }[]
}

/**
 * The warehouse's API behind its contract (src/domain/stockPull.ts): pages of changed stock, and
 * pick requests, each sent with an idempotency key so a repeat after a lost answer picks once.
 */
export function warehouseApi(
  payload: Payload,
  config = warehouseConfig(),
  { retries }: { retries?: number } = {},
) {
  if (!config) return null
  const client = integrationClient({
    payload,
    integration: WAREHOUSE,
    baseUrl: config.baseUrl,
    headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
    timeoutMs: config.timeoutMs,
    retries,
  })
  return {
    stockPage: (updatedSince: string | null, page: number): Promise<WarehouseStockPage> =>
      client.request({
        call: 'pull stock',
        path: '/stock',
        query: { updated_since: updatedSince ?? undefined, page },
        response: warehouseStockPage,
      }),
    pick: (request: PickRequest) =>
      client.request({
        call: `pick order ${request.number}`,
        method: 'POST',
        path: '/pick-requests',
        idempotencyKey: `pick-${request.order}-${request.warehouse}`,
        body: {
          reference: String(request.number),
          warehouse: request.warehouse,
          delivery_date: request.deliveryDate,
          fulfillment: request.fulfillment,
          lines: request.lines.map(({ sku, quantity }) => ({ sku, quantity })),
        },
        response: warehousePickAnswer,
      }),
  }
}
