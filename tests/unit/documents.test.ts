import { describe, expect, it } from '@jest/globals'

import { amountInWords } from '@/domain/amountInWords'
import { deliveryNoteOf, noteLanguage } from '@/domain/deliveryNote'
import { type DeliveryStop, driverList, routeOf } from '@/domain/driverList'
import { partyLines, sellerOf } from '@/domain/legalParty'

const stop = (data: Partial<DeliveryStop> & Pick<DeliveryStop, 'number'>): DeliveryStop => ({
  orderId: data.number,
  status: 'accepted',
  paymentStatus: 'unpaid',
  clientName: 'Cafe',
  contactName: null,
  phone: null,
  address: null,
  route: null,
  comment: null,
  total: 100_000_00,
  amountPaid: 0,
  lines: [
    {
      product: 'White bread',
      unit: 'pcs',
      quantity: 10,
      unitPrice: 10_000_00,
      lineTotal: 100_000_00,
    },
  ],
  ...data,
})

describe("the driver's list", () => {
  it('groups stops by route, routes by name, the stops without a route last', () => {
    const list = driverList([
      stop({ number: 1, route: 'Yunusobod' }),
      stop({ number: 2, route: null }),
      stop({ number: 3, route: '  Chilonzor ' }),
      stop({ number: 4, route: '' }),
      stop({ number: 5, route: 'Chilonzor' }),
    ])
    expect(list.routes.map((route) => [route.route, route.stops.map((s) => s.number)])).toEqual([
      ['Chilonzor', [3, 5]],
      ['Yunusobod', [1]],
      [null, [2, 4]],
    ])
  })

  it('orders a route by client, then by order number', () => {
    const list = driverList([
      stop({ number: 7, clientName: 'Zarafshon' }),
      stop({ number: 9, clientName: 'Bahor' }),
      stop({ number: 8, clientName: 'Bahor' }),
    ])
    expect(list.routes[0].stops.map((s) => s.number)).toEqual([8, 9, 7])
  })

  it('collects what is left to pay: the total less a part paid; nothing on a paid or disputed order', () => {
    const list = driverList([
      stop({ number: 1, total: 96_000_00, amountPaid: 40_000_00, paymentStatus: 'partially_paid' }),
      stop({ number: 2, total: 50_000_00, amountPaid: 50_000_00, paymentStatus: 'paid' }),
      stop({ number: 3, total: 30_000_00, paymentStatus: 'disputed' }),
      stop({ number: 4, total: 20_000_00 }),
    ])
    expect(list.routes[0].stops.map((s) => s.toCollect)).toEqual([56_000_00, 0, 0, 20_000_00])
    expect(list.totals).toEqual({ orders: 4, goods: 196_000_00, toCollect: 76_000_00 })
  })

  it("adds up each route's load by product and unit", () => {
    const bread = { product: 'White bread', unit: 'pcs', unitPrice: 1, lineTotal: 1 }
    const list = driverList([
      stop({ number: 1, route: 'A', lines: [{ ...bread, quantity: 80 }] }),
      stop({
        number: 2,
        route: 'A',
        lines: [
          { ...bread, quantity: 20 },
          { product: 'Samsa', unit: 'pcs', quantity: 40, unitPrice: 1, lineTotal: 1 },
        ],
      }),
      stop({ number: 3, route: 'B', lines: [{ ...bread, quantity: 5 }] }),
    ])
    expect(list.routes[0].load).toEqual([
      { product: 'Samsa', unit: 'pcs', quantity: 40 },
      { product: 'White bread', unit: 'pcs', quantity: 100 },
    ])
    expect(list.routes[1].load).toEqual([{ product: 'White bread', unit: 'pcs', quantity: 5 }])
    expect(list.routes.map((route) => route.totals.orders)).toEqual([2, 1])
  })

  it('has no routes on a day without deliveries', () => {
    expect(driverList([])).toEqual({ routes: [], totals: { orders: 0, goods: 0, toCollect: 0 } })
  })

  it.each([
    ['  Chilonzor  ', 'Chilonzor'],
    ['Chilonzor   9', 'Chilonzor 9'],
    ['   ', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('reads the route %p as %p', (typed, route) => {
    expect(routeOf(typed)).toBe(route)
  })
})

describe('amounts in words', () => {
  it.each([
    [0, 'ru', 'Ноль сум 00 тийин'],
    [1_00, 'ru', 'Один сум 00 тийин'],
    [120_000_00, 'ru', 'Сто двадцать тысяч сум 00 тийин'],
    [1_000_00, 'ru', 'Одна тысяча сум 00 тийин'],
    [2_000_00, 'ru', 'Две тысячи сум 00 тийин'],
    [5_000_00, 'ru', 'Пять тысяч сум 00 тийин'],
    [11_000_00, 'ru', 'Одиннадцать тысяч сум 00 тийин'],
    [21_000_00, 'ru', 'Двадцать одна тысяча сум 00 тийин'],
    [
      1_234_567_89,
      'ru',
      'Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь сум 89 тийин',
    ],
    [2_000_000_000_00, 'ru', 'Два миллиарда сум 00 тийин'],
    [120_000_00, 'uz', "Bir yuz yigirma ming so'm 00 tiyin"],
    [
      1_234_567_89,
      'uz',
      "Bir million ikki yuz o'ttiz to'rt ming besh yuz oltmish yetti so'm 89 tiyin",
    ],
    [0, 'uz', "Nol so'm 00 tiyin"],
    [120_000_00, 'en', "One hundred twenty thousand so'm 00 tiyin"],
    [
      1_234_567_89,
      'en',
      "One million two hundred thirty-four thousand five hundred sixty-seven so'm 89 tiyin",
    ],
    [13_05, 'en', "Thirteen so'm 05 tiyin"],
  ] as const)('%p in %s', (minor, language, words) => {
    expect(amountInWords(minor, language)).toBe(words)
  })

  it('writes another currency with its code and hundredths', () => {
    expect(amountInWords(12_50, 'en', 'USD')).toBe('Twelve USD 50/100')
  })

  it('refuses what is not an amount or too large to name', () => {
    expect(() => amountInWords(1.5, 'ru')).toThrow(RangeError)
    expect(() => amountInWords(1e14, 'ru')).toThrow(RangeError)
  })
})

describe('legal details', () => {
  it('marks a missing detail, but not a missing VAT code (only VAT payers have one)', () => {
    const lines = partyLines({
      name: ' Tandir LLC ',
      address: '',
      inn: '201234567',
      bankAccount: null,
      bankName: 'NBU',
      mfo: '00873',
      vatRegCode: null,
    })
    expect(lines.map(({ field, value, missing }) => [field, value, missing])).toEqual([
      ['name', 'Tandir LLC', false],
      ['address', null, true],
      ['inn', '201234567', false],
      ['bankAccount', null, true],
      ['bankName', 'NBU', false],
      ['mfo', '00873', false],
      ['vatRegCode', null, false],
    ])
  })

  it("takes the seller's details from the settings", () => {
    expect(sellerOf({ sellerName: 'Tandir LLC', sellerInn: '201234567' })).toEqual({
      name: 'Tandir LLC',
      address: null,
      inn: '201234567',
      bankAccount: null,
      bankName: null,
      mfo: null,
      vatRegCode: null,
    })
  })
})

describe('the delivery note', () => {
  it("is in the language asked for, else the client's, else the staff's, else Russian", () => {
    expect(noteLanguage('en', 'uz', 'ru')).toBe('en')
    expect(noteLanguage(null, 'uz', 'en')).toBe('uz')
    expect(noteLanguage(null, null, 'en')).toBe('en')
    expect(noteLanguage(null, 'fr', undefined)).toBe('ru')
  })

  it("takes the order's address, else the client's, and what is left to pay", () => {
    const client = {
      name: 'Cafe',
      address: 'Legal street 1',
      inn: null,
      bankAccount: null,
      bankName: null,
      mfo: null,
      vatRegCode: null,
      contactName: 'Dilshod',
      phone: '+998901234567',
      deliveryAddress: 'Usual street 5',
    }
    const order = {
      number: 1042,
      deliveryDate: '2031-10-05T12:00:00.000Z',
      status: 'delivered',
      fulfillment: 'delivery',
      paymentStatus: 'partially_paid',
      total: 96_000_00,
      amountPaid: 40_000_00,
      deliveryAddress: '  ',
      lines: [],
    }
    const note = deliveryNoteOf(order, client, sellerOf({}), 'ru')
    expect(note).toMatchObject({
      day: '2031-10-05',
      currency: 'UZS',
      deliveryAddress: 'Usual street 5',
      leftToPay: 56_000_00,
      buyer: { name: 'Cafe', address: 'Legal street 1' },
    })
    expect(
      deliveryNoteOf({ ...order, deliveryAddress: 'Kitchen door' }, client, sellerOf({}), 'ru'),
    ).toMatchObject({ deliveryAddress: 'Kitchen door' })
  })
})
