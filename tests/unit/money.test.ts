import { describe, expect, it } from '@jest/globals'

import {
  formatAmount,
  formatMoney,
  MINOR_PER_MAJOR,
  multiplyMoney,
  parseMoneyInput,
  sumMoney,
  toMajor,
  toMinor,
} from '@/domain/money'

describe('MINOR_PER_MAJOR', () => {
  it("is 100 tiyin to the so'm", () => {
    expect(MINOR_PER_MAJOR).toBe(100)
  })
})

describe('formatMoney', () => {
  it.each([
    ['ru', '12 500 сум'],
    ['uz', "12 500 so'm"],
    ['en', "12 500 so'm"],
  ] as const)("writes the so'm as %s does", (language, text) => {
    expect(formatMoney(1_250_000, 'UZS', language)).toBe(text)
  })

  it('keeps another currency as its code in any language', () => {
    expect(formatMoney(1_250, 'USD', 'ru')).toBe('12.50 USD')
  })

  it('counts Telegram Stars whole: they have no minor unit', () => {
    expect(formatMoney(2_500, 'XTR', 'uz')).toBe('2 500 ⭐')
    expect(formatMoney(-50, 'XTR')).toBe('-50 ⭐')
  })

  it.each([
    [0, "0 so'm"],
    [1, "0.01 so'm"],
    [99, "0.99 so'm"],
    [100, "1 so'm"],
    [99_900, "999 so'm"],
    [100_000, "1 000 so'm"],
    [800_000, "8 000 so'm"],
    [800_050, "8 000.50 so'm"],
    [800_005, "8 000.05 so'm"],
    [12_345_678_900, "123 456 789 so'm"],
    [100_000_000_000, "1 000 000 000 so'm"],
    [-150_000, "-1 500 so'm"],
    [-1, "-0.01 so'm"],
    [-800_050, "-8 000.50 so'm"],
  ])('formats %p tiyin as %p', (minor, text) => {
    expect(formatMoney(minor)).toBe(text)
  })

  it('uses a plain ASCII space between thousands, never a no-break space', () => {
    const text = formatMoney(123_456_789_00)
    expect(text).not.toMatch(/[\u00a0\u2009\u202f]/)
    expect(text).toBe("123 456 789 so'm")
  })

  it('formats UZS when named explicitly', () => {
    expect(formatMoney(800_000, 'UZS')).toBe("8 000 so'm")
  })

  it.each([
    [1200, 'USD', '12.00 USD'],
    [1205, 'USD', '12.05 USD'],
    [0, 'EUR', '0.00 EUR'],
    [123_456_789, 'USD', '1 234 567.89 USD'],
    [-1200, 'USD', '-12.00 USD'],
    [500, 'XTR', '500 ⭐'],
  ])('formats %p in %s as %p', (minor, currency, text) => {
    expect(formatMoney(minor, currency)).toBe(text)
  })

  it('does not print a minus sign for negative zero', () => {
    expect(formatMoney(-0)).toBe("0 so'm")
  })

  it.each([0.5, 1.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53])(
    'refuses %p, which is not a whole number of minor units',
    (minor) => {
      expect(() => formatMoney(minor)).toThrow(RangeError)
    },
  )
})

describe('toMinor', () => {
  it.each([
    [0, 0],
    [1, 100],
    [80.5, 8050],
    [80.55, 8055],
    [7500, 750_000],
    [0.29, 29],
    [1.005, 101],
    [0.004, 0],
    [0.005, 1],
    [0.015, 2],
    [19.999, 2000],
    [-1, -100],
    [-80.5, -8050],
    [-0.005, -1],
  ])("turns %p so'm into %p tiyin", (major, minor) => {
    expect(toMinor(major)).toBe(minor)
  })

  it('never returns negative zero', () => {
    expect(Object.is(toMinor(-0.001), 0)).toBe(true)
    expect(Object.is(toMinor(-0), 0)).toBe(true)
  })

  it('handles the largest amounts that fit', () => {
    expect(toMinor(90_071_992_547_409.91)).toBe(9_007_199_254_740_991)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e14, -1e14, 1e300])(
    'refuses %p with a RangeError',
    (major) => {
      expect(() => toMinor(major)).toThrow(RangeError)
    },
  )
})

describe('toMajor', () => {
  it.each([
    [0, 0],
    [100, 1],
    [8050, 80.5],
    [29, 0.29],
    [750_050, 7500.5],
    [-150_000, -1500],
  ])("turns %p tiyin into %p so'm", (minor, major) => {
    expect(toMajor(minor)).toBe(major)
  })

  it.each([0, 1, 29, 8050, 750_050, 123_456_789, -99])(
    'round-trips %p through toMinor',
    (minor) => {
      expect(toMinor(toMajor(minor))).toBe(minor)
    },
  )
})

describe('parseMoneyInput', () => {
  it.each([
    ['7500', 750_000],
    ['0', 0],
    ['1', 100],
    ['7 500', 750_000],
    ['7\u00a0500', 750_000],
    ['7\u2009500', 750_000],
    ['7\u202f500', 750_000],
    ['1 234 567', 123_456_700],
    ['  7500  ', 750_000],
    ['7500.5', 750_050],
    ['7500,5', 750_050],
    ['7500.50', 750_050],
    ['7500,05', 750_005],
    ['7 500,50', 750_050],
    ['0.01', 1],
    ['007500', 750_000],
    ['10000000000', 1e12],
  ])('reads %p as %p tiyin', (text, minor) => {
    expect(parseMoneyInput(text)).toBe(minor)
  })

  it.each([
    [''],
    ['   '],
    ['-7500'],
    ['+7500'],
    ['7500.'],
    ['.5'],
    [',50'],
    ['7500.505'],
    ['7,500'],
    ['7,500.50'],
    ['7.500,50'],
    ['7500..5'],
    ['75 00'],
    ['7 5 0 0'],
    ['7500 0'],
    ['1234 567'],
    ['7  500'],
    ['7_500'],
    ["7500 so'm"],
    ['сум 7500'],
    ['abc'],
    ['7e3'],
    ['0x10'],
    ['Infinity'],
    ['NaN'],
    ['１２３'],
    ['7\n500'],
    ['7\t500'],
  ])('refuses %p', (text) => {
    expect(parseMoneyInput(text)).toBeNull()
  })

  it("refuses more than 10 billion so'm as a typo", () => {
    expect(parseMoneyInput('10000000000.01')).toBeNull()
    expect(parseMoneyInput('99999999999999999999')).toBeNull()
  })

  it('reads back what toMajor shows, as the admin money field does', () => {
    for (const minor of [0, 5, 29, 750_050, 123_456_789]) {
      expect(parseMoneyInput(String(toMajor(minor)))).toBe(minor)
    }
  })

  it('refuses a value that is not text', () => {
    expect(parseMoneyInput(7500 as unknown as string)).toBeNull()
    expect(parseMoneyInput(null as unknown as string)).toBeNull()
  })
})

describe('multiplyMoney', () => {
  it.each([
    [80, 7_500_00, 60_000_000],
    [1, 1, 1],
    [0, 7_500_00, 0],
    [3, -500, -1500],
    [100_000, 90_000_000_00, 900_000_000_000_000],
  ])('%p × %p = %p', (quantity, unitPrice, total) => {
    expect(multiplyMoney(quantity, unitPrice)).toBe(total)
  })

  it('never returns negative zero', () => {
    expect(Object.is(multiplyMoney(0, -5), 0)).toBe(true)
  })

  it.each([
    [1.5, 101],
    [3, 0.1],
    [2 ** 27, 2 ** 27],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ])('refuses %p × %p, which is not a safe whole amount', (quantity, unitPrice) => {
    expect(() => multiplyMoney(quantity, unitPrice)).toThrow(RangeError)
  })
})

describe('sumMoney', () => {
  it('adds whole amounts', () => {
    expect(sumMoney([60_000_000, 1_500_000, 50])).toBe(61_500_050)
  })

  it('is 0 for no amounts', () => {
    expect(sumMoney([])).toBe(0)
  })

  it('takes refunds (negative amounts)', () => {
    expect(sumMoney([10_000, -2_500])).toBe(7_500)
  })

  it('refuses an amount that is not whole, even when the total would be', () => {
    expect(() => sumMoney([0.5, 0.5])).toThrow(RangeError)
  })

  it.each([[[Number.NaN]], [[Number.POSITIVE_INFINITY]], [[1, 2 ** 53]]])(
    'refuses %p',
    (amounts) => {
      expect(() => sumMoney(amounts)).toThrow(RangeError)
    },
  )

  it('refuses a total beyond the safe integers', () => {
    expect(() => sumMoney([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError)
  })
})

describe('formatAmount: what a money field shows, and reads back', () => {
  it.each([
    [0, '0'],
    [750_000, '7 500'],
    [60_000_000, '600 000'],
    [750_050, '7 500.50'],
    [-1_234_567_89, '-1 234 567.89'],
  ])('shows %i tiyin as %s, which parses back to the same amount', (minor, text) => {
    expect(formatAmount(minor)).toBe(text)
    if (minor >= 0) expect(parseMoneyInput(text)).toBe(minor)
  })
})
