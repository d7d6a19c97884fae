import { describe, expect, it } from '@jest/globals'

import { documentDate, invoiceNumber, parseMonth } from '@/domain/invoicePeriod'
import { reconciliationAct } from '@/domain/reconciliation'
import { sheetNamer } from '@/domain/sheetNames'

describe('invoice period', () => {
  it.each([
    ['2026-10', { month: '2026-10', first: '2026-10-01', last: '2026-10-31' }],
    ['2026-02', { month: '2026-02', first: '2026-02-01', last: '2026-02-28' }],
    ['2028-02', { month: '2028-02', first: '2028-02-01', last: '2028-02-29' }],
    ['2026-12', { month: '2026-12', first: '2026-12-01', last: '2026-12-31' }],
  ])('%s', (text, period) => {
    expect(parseMonth(text)).toEqual(period)
  })

  it.each([
    '2026-13',
    '2026-1',
    '2026-00',
    'abc',
    '',
    '2026-10-01',
    '10.2026',
    null,
    undefined,
    202610,
  ])('refuses %p', (text) => {
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

describe('reconciliation act', () => {
  it('runs the balance from the opening through the period: orders and refunds owed, payments received', () => {
    const act = reconciliationAct(100_000_00, [
      { day: '2031-10-15', kind: 'payment', document: 'Bank transfer PP-7', amount: 150_000_00 },
      { day: '2031-10-01', kind: 'order', document: 'Order #1042', amount: 96_000_00 },
      { day: '2031-10-15', kind: 'order', document: 'Order #1050', amount: 20_000_00 },
      { day: '2031-10-20', kind: 'refund', document: 'Refund cash', amount: 5_000_00 },
    ])
    expect(
      act.rows.map((row) => [row.day, row.document, row.debit, row.credit, row.balance]),
    ).toEqual([
      ['2031-10-01', 'Order #1042', 96_000_00, 0, 196_000_00],
      ['2031-10-15', 'Order #1050', 20_000_00, 0, 216_000_00],
      ['2031-10-15', 'Bank transfer PP-7', 0, 150_000_00, 66_000_00],
      ['2031-10-20', 'Refund cash', 5_000_00, 0, 71_000_00],
    ])
    expect([act.opening, act.debit, act.credit, act.closing]).toEqual([
      100_000_00, 121_000_00, 150_000_00, 71_000_00,
    ])
  })

  it('keeps the opening balance when nothing happened, an advance included', () => {
    expect(reconciliationAct(-5_000_00, [])).toEqual({
      opening: -5_000_00,
      rows: [],
      debit: 0,
      credit: 0,
      closing: -5_000_00,
    })
  })
})
