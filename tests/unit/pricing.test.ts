import { describe, expect, it } from '@jest/globals'

import { type PricedProduct, priceFor, priceOrderLines, type RequestedLine } from '@/domain/pricing'

const nonBread: PricedProduct = {
  id: 1,
  name: 'Non bread',
  price: 4_000_00,
  active: true,
  minQuantity: 10,
  unit: 'pcs',
}
const samsa: PricedProduct = {
  id: 2,
  name: 'Samsa',
  price: 7_500_00,
  active: true,
  minQuantity: null,
  unit: 'pcs',
}
const flour: PricedProduct = { id: 3, name: 'Flour', price: 9_000_00, unit: 'kg' }
const retired: PricedProduct = {
  id: 4,
  name: 'Retired bun',
  price: 1_000_00,
  active: false,
  minQuantity: 1,
  unit: 'pcs',
}
const textId: PricedProduct = {
  id: 'p-5',
  name: 'Lepyoshka',
  price: 3_000_00,
  active: null,
  unit: null,
}

const catalog = new Map<string, PricedProduct>(
  [nonBread, samsa, flour, retired, textId].map((p) => [String(p.id), p]),
)

const listPrices = { negotiatedPrices: new Map<string, number>() }
const cafe = {
  negotiatedPrices: new Map<string, number>([
    ['1', 3_500_00],
    ['3', 0],
  ]),
}

/** A refusal as the API answers it: each problem's English message. */
function inEnglish(result: ReturnType<typeof priceOrderLines>) {
  if (result.ok) return result
  return {
    ok: false,
    problems: result.problems.map((problem) => ({ ...problem, message: problem.message.en })),
  }
}

function problemsOf(lines: RequestedLine[], client = listPrices) {
  const result = inEnglish(priceOrderLines(lines, catalog, client))
  if (result.ok) throw new Error('expected the order to be refused')
  return result.problems
}

describe('priceFor', () => {
  it("is the product's base price when the client has no negotiated price", () => {
    expect(priceFor(listPrices, samsa)).toBe(7_500_00)
    expect(priceFor(cafe, samsa)).toBe(7_500_00)
  })

  it("is the client's negotiated price when there is one", () => {
    expect(priceFor(cafe, nonBread)).toBe(3_500_00)
  })

  it('keeps a negotiated price of zero (a free product) instead of falling back', () => {
    expect(priceFor(cafe, flour)).toBe(0)
  })

  it('looks up negotiated prices by the product id as text, whatever its type', () => {
    const client = {
      negotiatedPrices: new Map([
        ['p-5', 2_000_00],
        ['2', 7_000_00],
      ]),
    }
    expect(priceFor(client, textId)).toBe(2_000_00)
    expect(priceFor(client, samsa)).toBe(7_000_00)
  })
})

describe('priceOrderLines: pricing', () => {
  it('prices each line and totals the order in integers', () => {
    const result = priceOrderLines(
      [
        { product: 1, quantity: 80 },
        { product: 2, quantity: 15 },
      ],
      catalog,
      listPrices,
    )
    expect(result).toEqual({
      ok: true,
      items: [
        {
          product: 1,
          productName: 'Non bread',
          unit: 'pcs',
          quantity: 80,
          unitPrice: 4_000_00,
          lineTotal: 320_000_00,
        },
        {
          product: 2,
          productName: 'Samsa',
          unit: 'pcs',
          quantity: 15,
          unitPrice: 7_500_00,
          lineTotal: 112_500_00,
        },
      ],
      total: 432_500_00,
    })
  })

  it("uses the client's negotiated prices where they exist and base prices elsewhere", () => {
    const result = priceOrderLines(
      [
        { product: 1, quantity: 10 },
        { product: 2, quantity: 1 },
        { product: 3, quantity: 5 },
      ],
      catalog,
      cafe,
    )
    expect(result.ok && result.items.map((line) => [line.unitPrice, line.lineTotal])).toEqual([
      [3_500_00, 35_000_00],
      [7_500_00, 7_500_00],
      [0, 0],
    ])
    expect(result.ok && result.total).toBe(42_500_00)
  })

  it('accepts product ids as numbers or text and returns the catalog id', () => {
    const result = priceOrderLines(
      [
        { product: '2', quantity: 1 },
        { product: 'p-5', quantity: 2 },
      ],
      catalog,
      listPrices,
    )
    expect(result.ok && result.items.map((line) => line.product)).toEqual([2, 'p-5'])
  })

  it('copies the name and unit, calling a product without a unit pieces', () => {
    const result = priceOrderLines(
      [
        { product: 3, quantity: 2 },
        { product: 'p-5', quantity: 1 },
      ],
      catalog,
      listPrices,
    )
    expect(result.ok && result.items.map((line) => [line.productName, line.unit])).toEqual([
      ['Flour', 'kg'],
      ['Lepyoshka', 'pcs'],
    ])
  })

  it('never reads a price sent by the caller', () => {
    // What a tampered request body looks like once it reaches the domain.
    const forged = [{ product: 2, quantity: 2, unitPrice: 1, lineTotal: 2, total: 2 }]
    const result = priceOrderLines(forged, catalog, listPrices)
    expect(result).toEqual({
      ok: true,
      items: [
        {
          product: 2,
          productName: 'Samsa',
          unit: 'pcs',
          quantity: 2,
          unitPrice: 7_500_00,
          lineTotal: 15_000_00,
        },
      ],
      total: 15_000_00,
    })
  })

  it('keeps two lines of the same product as two lines', () => {
    const result = priceOrderLines(
      [
        { product: 2, quantity: 1 },
        { product: 2, quantity: 3 },
      ],
      catalog,
      listPrices,
    )
    expect(result.ok && result.items.map((line) => line.quantity)).toEqual([1, 3])
    expect(result.ok && result.total).toBe(30_000_00)
  })

  it('accepts the largest quantity', () => {
    const result = priceOrderLines([{ product: 2, quantity: 100_000 }], catalog, listPrices)
    expect(result.ok && result.total).toBe(75_000_000_000)
  })

  it('treats a product with no active flag as available', () => {
    expect(priceOrderLines([{ product: 3, quantity: 1 }], catalog, listPrices).ok).toBe(true)
    expect(priceOrderLines([{ product: 'p-5', quantity: 1 }], catalog, listPrices).ok).toBe(true)
  })

  it('does not change the inputs', () => {
    const lines = [{ product: 1, quantity: 10 }]
    const before = JSON.stringify([lines, [...catalog], [...cafe.negotiatedPrices]])
    priceOrderLines(lines, catalog, cafe)
    expect(JSON.stringify([lines, [...catalog], [...cafe.negotiatedPrices]])).toBe(before)
  })
})

describe('priceOrderLines: refusals', () => {
  it('refuses an order with no lines', () => {
    expect(inEnglish(priceOrderLines([], catalog, listPrices))).toEqual({
      ok: false,
      problems: [{ index: -1, field: 'product', message: 'An order needs at least one line' }],
    })
  })

  it.each([[null], [undefined], ['']])('refuses a line with no product (%p)', (product) => {
    expect(problemsOf([{ product: product as RequestedLine['product'], quantity: 1 }])).toEqual([
      { index: 0, field: 'product', message: 'Choose a product' },
    ])
  })

  it('refuses a product that does not exist', () => {
    expect(problemsOf([{ product: 99, quantity: 1 }])).toEqual([
      { index: 0, field: 'product', message: 'Product 99 does not exist' },
    ])
    expect(problemsOf([{ product: 'p-99', quantity: 1 }])).toEqual([
      { index: 0, field: 'product', message: 'Product p-99 does not exist' },
    ])
  })

  it('refuses an inactive product by name', () => {
    expect(problemsOf([{ product: 4, quantity: 5 }])).toEqual([
      { index: 0, field: 'product', message: 'Retired bun is not available' },
    ])
  })

  it.each([
    [0, 'Quantity must be at least 1'],
    [-3, 'Quantity must be at least 1'],
    [2.5, 'Quantity must be a whole number'],
    ['5', 'Quantity must be a whole number'],
    [null, 'Quantity must be a whole number'],
    [undefined, 'Quantity must be a whole number'],
    [Number.NaN, 'Quantity must be a whole number'],
    [100_001, 'Quantity must be at most 100 000'],
  ])('refuses the quantity %p: %s', (quantity, message) => {
    expect(problemsOf([{ product: 2, quantity }])).toEqual([
      { index: 0, field: 'quantity', message },
    ])
  })

  it("refuses a quantity below the product's minimum", () => {
    expect(problemsOf([{ product: 1, quantity: 9 }])).toEqual([
      { index: 0, field: 'quantity', message: 'Non bread: the minimum is 10' },
    ])
    expect(priceOrderLines([{ product: 1, quantity: 10 }], catalog, listPrices).ok).toBe(true)
  })

  it('says each problem in Russian and Uzbek too', () => {
    const result = priceOrderLines(
      [
        { product: 1, quantity: 9 },
        { product: 2, quantity: 0 },
        { product: 4, quantity: 1 },
      ],
      catalog,
      listPrices,
    )
    expect(result.ok === false && result.problems.map(({ message }) => message)).toEqual([
      {
        ru: 'Non bread: не меньше 10',
        uz: 'Non bread: kamida 10',
        en: 'Non bread: the minimum is 10',
      },
      {
        ru: 'Количество — не меньше 1',
        uz: 'Miqdor kamida 1',
        en: 'Quantity must be at least 1',
      },
      {
        ru: '«Retired bun» — нет в продаже',
        uz: "«Retired bun» sotuvda yo'q",
        en: 'Retired bun is not available',
      },
    ])
  })

  it('reports a wrong product and a wrong quantity on the same line together', () => {
    expect(problemsOf([{ product: 99, quantity: 0 }])).toEqual([
      { index: 0, field: 'product', message: 'Product 99 does not exist' },
      { index: 0, field: 'quantity', message: 'Quantity must be at least 1' },
    ])
  })

  it('reports every bad line with its index, and prices nothing', () => {
    const result = priceOrderLines(
      [
        { product: 2, quantity: 1 },
        { product: 4, quantity: 1 },
        { product: 1, quantity: 3 },
        { product: 2, quantity: 1.5 },
        { product: null, quantity: 1 },
      ],
      catalog,
      listPrices,
    )
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [
        { index: 1, field: 'product', message: 'Retired bun is not available' },
        { index: 2, field: 'quantity', message: 'Non bread: the minimum is 10' },
        { index: 3, field: 'quantity', message: 'Quantity must be a whole number' },
        { index: 4, field: 'product', message: 'Choose a product' },
      ],
    })
  })

  it.each([
    ['a fractional price', 1.5],
    ['a negative price', -100],
    ['no price at all', Number.NaN],
  ])('refuses a product with %s instead of storing it', (_, price) => {
    const broken = new Map([['7', { id: 7, name: 'Broken', price }]])
    expect(inEnglish(priceOrderLines([{ product: 7, quantity: 1 }], broken, listPrices))).toEqual({
      ok: false,
      problems: [{ index: 0, field: 'product', message: 'Broken has no valid price' }],
    })
  })

  it('refuses a negotiated price that is not a whole amount', () => {
    const client = { negotiatedPrices: new Map([['2', 7_500.5]]) }
    expect(problemsOf([{ product: 2, quantity: 1 }], client)).toEqual([
      { index: 0, field: 'product', message: 'Samsa has no valid price' },
    ])
  })

  it('refuses a line whose total does not fit a safe integer instead of crashing', () => {
    const gold = new Map([['8', { id: 8, name: 'Gold bar', price: 2 ** 40 }]])
    expect(
      inEnglish(priceOrderLines([{ product: 8, quantity: 100_000 }], gold, listPrices)),
    ).toEqual({
      ok: false,
      problems: [
        { index: 0, field: 'quantity', message: 'Gold bar: this line is too large for one order' },
      ],
    })
  })

  it('refuses an order whose total does not fit a safe integer instead of crashing', () => {
    const gold = new Map([['8', { id: 8, name: 'Gold bar', price: 2 ** 36 }]])
    const lines = Array.from({ length: 2 }, () => ({ product: 8, quantity: 100_000 }))
    expect(inEnglish(priceOrderLines(lines, gold, listPrices))).toEqual({
      ok: false,
      problems: [{ index: -1, field: 'product', message: 'This order is too large: split it' }],
    })
  })
})

describe('lines already on an order', () => {
  it('keep the price and name copied when they were added, with a new quantity', () => {
    const products = new Map([
      [
        '1',
        { id: 1, name: 'White bread (new recipe)', price: 900_000, minQuantity: 1, active: false },
      ],
    ])
    const priced = priceOrderLines(
      [
        {
          product: 1,
          quantity: 20,
          kept: { productName: 'White bread', unit: 'pcs', unitPrice: 750_000 },
        },
      ],
      products,
      { negotiatedPrices: new Map() },
    )
    expect(priced).toEqual({
      ok: true,
      total: 15_000_000,
      items: [
        {
          product: 1,
          productName: 'White bread',
          unit: 'pcs',
          quantity: 20,
          unitPrice: 750_000,
          lineTotal: 15_000_000,
        },
      ],
    })
  })
})
