import type {
  MiniappCatalog,
  MiniappMe,
  MiniappOrder,
  MiniappProduct,
  MiniappRepeat,
} from '@/domain/miniappApi'
import type { Fulfillment } from '@/domain/orderWorkflow'

export type Me = MiniappMe
export type Catalog = MiniappCatalog
export type Category = MiniappCatalog['categories'][number]
export type Product = MiniappProduct
export type Order = MiniappOrder
export type Repeat = MiniappRepeat

export interface NewOrder {
  items: { product: number; quantity: number }[]
  fulfillment: Fulfillment
  deliveryDate: string
  deliveryAddress?: string
  location?: { latitude: number; longitude: number }
  comment?: string
}

/** A refused call, with the server's reason (already in the caller's language where a person reads it). */
export class MiniappApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** The Mini App's calls to `/api/miniapp/*`, each carrying `Authorization: tma <raw initData>`. */
export function miniappApi(rawInitData: string) {
  async function call<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
    return readAnswer<T>(
      fetch(`/api/miniapp/${path}`, {
        method: init?.method ?? 'GET',
        headers: {
          authorization: `tma ${rawInitData}`,
          ...(init?.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    )
  }
  const order = (data: { order: Order }) => data.order
  return {
    me: () => call<Me>('me'),
    catalog: () => call<Catalog>('catalog'),
    orders: () => call<{ orders: Order[] }>('orders').then((data) => data.orders),
    order: (id: number) => call<{ order: Order }>(`orders/${id}`).then(order),
    placeOrder: (body: NewOrder) =>
      call<{ order: Order }>('orders', { method: 'POST', body }).then(order),
    cancel: (id: number) =>
      call<{ order: Order }>(`orders/${id}/cancel`, { method: 'POST' }).then(order),
    repeat: (id: number) => call<Repeat>(`orders/${id}/repeat`, { method: 'POST' }),
    pay: (id: number) => call<{ url: string }>(`orders/${id}/pay`, { method: 'POST' }),
  }
}

export type MiniappApi = ReturnType<typeof miniappApi>

/** A call's answer as data, or a `MiniappApiError` with the server's reason. */
export async function readAnswer<T>(answer: Promise<Response>): Promise<T> {
  const response = await answer
  const data = await response.json().catch(() => null)
  if (!response.ok)
    throw new MiniappApiError(reasonOf(data) ?? response.statusText, response.status)
  return data as T
}

/** The reason in a refusal: Payload's `{ errors: [{ message }] }` or our `{ error | message }`. */
function reasonOf(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null
  const body = data as { error?: unknown; message?: unknown; errors?: { message?: unknown }[] }
  const first = body.errors?.[0]?.message
  for (const said of [first, body.message, body.error]) if (typeof said === 'string') return said
  return null
}
