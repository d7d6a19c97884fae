import { describe, expect, it } from '@jest/globals'

import { documentDate, invoiceNumber, parseMonth } from '../../src/domain/invoicePeriod'
import { sheetNamer } from '../../src/domain/sheetNames'

describe('invoice period', () => {
  it.each([
    ['2026-10', { month: '2026-10', first: '2026-10-01', last: '2026-10-31' }],
    ['2026-02', { month: '2026-02', first: '2026-02-01', last: '2026-02-28' }],
    ['2028-02', { month: '2028-02', first: '2028-02-01', last: '2028-02-29' }],
    ['2026-12', { month: '2026-12', first: '2026-12-01', last: '2026-12-31' }],
  ])('%s', (text, period) => {
    expect(parseMonth(text)).toEqual(period)
  })

  it.each(['2026-13', '2026-1', '2026-00', 'abc', '', '2026-10-01', '10.2026', null, undefined, 202610])('refuses %p', (text) => {
    expect(parseMonth(text)).toBeNull()
  })

  it('numbers and dates invoices the same way every time', () => {
    const period = parseMonth('2026-10')!
    expect(invoiceNumber(period, 42)).toBe('202610-0042')
    expect(documentDate(period.last)).toBe('31.10.2026')
  })
})

describe('sheet names', () => {
  it('keeps names Excel accepts: at most 31 characters, none of []:*?/\\, unique regardless of case', () => {
    const name = sheetNamer()
    const names = [
      name('Summary'),
      name('Vostok Cafe'),
      name('vostok cafe'),
      name('A/B: [Tashkent] *best* bakery? \\ number one in the whole city'),
      name("'Quoted'"),
      name('   '),
      name('History'),
      name('x'.repeat(40)),
      name('x'.repeat(40)),
      name("Oltin Non savdo uyi Toshkent O'zbekiston MChJ"),
    ]
    expect(names).toEqual([
      'Summary',
      'Vostok Cafe',
      'vostok cafe (2)',
      'A B Tashkent best bakery number',
      'Quoted',
      'Sheet',
      'History (2)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      'Oltin Non savdo uyi Toshkent O', // cut after "O'": the apostrophe would end the name
    ])
    for (const sheet of names) {
      expect(sheet.length).toBeLessThanOrEqual(31)
      expect(sheet).not.toMatch(/[[\]:*?/\\]/)
      expect(sheet).not.toMatch(/^'|'$/)
    }
  })
})
