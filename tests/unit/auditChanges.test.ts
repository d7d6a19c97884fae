import { changesBetween } from '@commerce/features/audit/changes'
import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

/** A collection's fields as Payload flattens them: rows gone, arrays and groups with their own. */
const fields = [
  { name: 'id', type: 'number' },
  { name: 'name', type: 'text' },
  { name: 'price', type: 'number' },
  { name: 'client', type: 'relationship', relationTo: 'clients' },
  { name: 'tags', type: 'relationship', relationTo: 'categories', hasMany: true },
  { name: 'notes', type: 'textarea' },
  { name: 'raw', type: 'json' },
  { name: 'secret', type: 'text', hidden: true },
  { name: 'hash', type: 'text' },
  { name: 'leftToPay', type: 'number', virtual: true },
  {
    name: 'legal',
    type: 'group',
    flattenedFields: [
      { name: 'inn', type: 'text' },
      { name: 'mfo', type: 'text' },
    ],
  },
  {
    name: 'items',
    type: 'array',
    flattenedFields: [
      { name: 'id', type: 'text' },
      { name: 'product', type: 'relationship', relationTo: 'products' },
      { name: 'quantity', type: 'number' },
      { name: 'lineTotal', type: 'number' },
    ],
  },
  { name: 'updatedAt', type: 'date' },
  { name: 'createdAt', type: 'date' },
] as unknown as FlattenedField[]

const order = {
  id: 7,
  name: 'Cafe',
  price: 90_000,
  client: 3,
  tags: [1, 2],
  notes: null,
  raw: null,
  secret: 's',
  hash: 'h',
  leftToPay: 100,
  legal: { inn: '305123456', mfo: null },
  items: [
    { id: 'a', product: 10, quantity: 5, lineTotal: 450_000 },
    { id: 'b', product: 11, quantity: 1, lineTotal: 90_000 },
  ],
  updatedAt: '2026-12-01T10:00:00.000Z',
  createdAt: '2026-12-01T09:00:00.000Z',
}

describe('the changes an audit entry records', () => {
  it('names only the fields that changed, money as integers, and none of the bookkeeping', () => {
    const after = { ...order, price: 95_000, updatedAt: '2026-12-01T11:00:00.000Z', leftToPay: 5 }
    expect(changesBetween(fields, order, after)).toEqual({
      price: { before: 90_000, after: 95_000 },
    })
  })

  it('compares relations by id, whatever depth either side was read at', () => {
    const populated = {
      ...order,
      client: { id: 3, name: 'Cafe' },
      tags: [{ id: 1 }, { id: 2 }],
      items: order.items.map((row) => ({ ...row, product: { id: row.product, name: 'Bread' } })),
    }
    expect(changesBetween(fields, order, populated)).toEqual({})
    expect(changesBetween(fields, order, { ...populated, client: { id: 4 } })).toEqual({
      client: { before: 3, after: 4 },
    })
  })

  it('records a changed row by its place and changed fields, an added or removed one whole', () => {
    const after = {
      ...order,
      items: [
        { id: 'b', product: 11, quantity: 2, lineTotal: 180_000 },
        { id: 'c', product: 12, quantity: 3, lineTotal: 30_000 },
      ],
    }
    expect(changesBetween(fields, order, after)).toEqual({
      items: {
        before: [
          { '#': 2, quantity: 1, lineTotal: 90_000 },
          { '#': 1, product: 10, quantity: 5, lineTotal: 450_000 },
        ],
        after: [
          { '#': 1, quantity: 2, lineTotal: 180_000 },
          { '#': 2, product: 12, quantity: 3, lineTotal: 30_000 },
        ],
      },
    })
  })

  it('records an appended row only, not the rows already there', () => {
    const after = {
      ...order,
      items: [...order.items, { id: 'c', product: 12, quantity: 3, lineTotal: 30_000 }],
    }
    expect(changesBetween(fields, order, after)).toEqual({
      items: { before: [], after: [{ '#': 3, product: 12, quantity: 3, lineTotal: 30_000 }] },
    })
  })

  it('knows a row written again under a new id by its content', () => {
    const rewritten = order.items.map((row, at) => ({ ...row, id: `new-${at}` }))
    const after = {
      ...order,
      items: [...rewritten, { id: 'c', product: 12, quantity: 3, lineTotal: 30_000 }],
    }
    expect(changesBetween(fields, order, after)).toEqual({
      items: { before: [], after: [{ '#': 3, product: 12, quantity: 3, lineTotal: 30_000 }] },
    })
  })

  it('records rows that swapped places', () => {
    const after = { ...order, items: [order.items[1], order.items[0]] }
    expect(changesBetween(fields, order, after)).toEqual({
      items: { before: [{ '#': 2 }, { '#': 1 }], after: [{ '#': 1 }, { '#': 2 }] },
    })
  })

  it('records a group field by its path', () => {
    const after = { ...order, legal: { inn: '305123456', mfo: '00873' } }
    expect(changesBetween(fields, order, after)).toEqual({
      'legal.mfo': { before: null, after: '00873' },
    })
  })

  it('records what a new document has and what a deleted one had, empty fields left out', () => {
    const created = changesBetween(fields, null, order)
    expect(Object.keys(created).sort()).toEqual(
      ['client', 'items', 'legal.inn', 'name', 'price', 'tags'].sort(),
    )
    expect(created.items.after).toEqual([
      { '#': 1, product: 10, quantity: 5, lineTotal: 450_000 },
      { '#': 2, product: 11, quantity: 1, lineTotal: 90_000 },
    ])
    const deleted = changesBetween(fields, order, null)
    expect(deleted.price).toEqual({ before: 90_000, after: null })
    expect(deleted.items.after).toEqual([])
  })

  it('never copies hidden or secret fields', () => {
    const after = { ...order, secret: 'other', hash: 'other' }
    expect(changesBetween(fields, order, after)).toEqual({})
  })

  it('skips a field the answer left out rather than calling it emptied', () => {
    const { price: _price, ...withoutPrice } = order
    expect(changesBetween(fields, order, { ...withoutPrice, name: 'Bakery' })).toEqual({
      name: { before: 'Cafe', after: 'Bakery' },
    })
  })

  it('keeps values compact: a long text cut, a big JSON summarised by its size', () => {
    const after = {
      ...order,
      notes: 'x'.repeat(1000),
      raw: { session: 'y'.repeat(1000) },
    }
    const changes = changesBetween(fields, order, after)
    expect(changes.notes.after).toBe(`${'x'.repeat(200)}…`)
    expect(changes.raw.after).toMatch(/^JSON, \d+ characters$/)
    const small = changesBetween(fields, order, { ...order, raw: { status: 'paid' } })
    expect(small.raw).toEqual({ before: null, after: { status: 'paid' } })
  })
})
