import { describe, expect, it } from '@jest/globals'

import { clientOrderRefusal, isSellable, refusalMessage } from '@/domain/clientOrderRules'
import { deletionRefusal } from '@/domain/orderWorkflow'

const bread = { name: 'White bread', active: true, categoryActive: true }
const order = {
  client: { status: 'active' },
  products: [bread],
  total: 100_000_00,
  minOrderAmount: 50_000_00,
}

describe('an order the client places', () => {
  it('passes for an active client, products on sale and the minimum reached', () => {
    expect(clientOrderRefusal(order)).toBeNull()
    expect(clientOrderRefusal({ ...order, minOrderAmount: null, total: 1 })).toBeNull()
  })

  it.each([
    ['a blocked client', { client: { status: 'blocked' } }, 'client', /no longer order/],
    [
      'a client waiting for approval',
      { client: { status: 'pending' } },
      'client',
      /waiting for approval/,
    ],
    ['no client', { client: null }, 'client', /waiting for approval/],
    [
      'a retired product',
      { products: [{ ...bread, active: false }] },
      'items',
      /White bread is not on sale/,
    ],
    [
      'a product of a hidden category',
      { products: [{ ...bread, categoryActive: false }] },
      'items',
      /White bread is not on sale/,
    ],
    [
      'a total under the minimum',
      { total: 49_999_99 },
      'items',
      /minimum order is 50 000 so'm; this one is 49 999.99 so'm/,
    ],
  ] as const)('refuses %s', (_, change, path, message) => {
    const refusal = clientOrderRefusal({ ...order, ...change } as never)
    expect(refusal?.path).toBe(path)
    expect(refusal && refusalMessage(refusal)).toMatch(message)
  })

  it('takes a product with no category read as sellable by its own flag', () => {
    expect(isSellable({ active: true, categoryActive: null })).toBe(true)
  })
})

describe('deleting an order', () => {
  it('is allowed only while it is new and has no money recorded', () => {
    expect(deletionRefusal({ status: 'new' }, 0)).toBeNull()
    expect(deletionRefusal({ status: 'new' }, 1)?.en).toMatch(/payments recorded: cancel it/)
    expect(deletionRefusal({ status: 'new' }, 1)?.ru).toMatch(/записаны платежи: отмените/)
    expect(deletionRefusal({ status: 'delivered' }, 0)?.en).toMatch(
      /Only a new order can be deleted/,
    )
    expect(deletionRefusal({ status: 'delivered' }, 0)?.uz).toMatch(/Faqat yangi buyurtmani/)
    expect(deletionRefusal({ status: 'cancelled' }, 0)?.en).toMatch(/Only a new order/)
  })
})
