import { describe, expect, it } from '@jest/globals'

import { deliveryDateOptions } from '@/domain/deliveryDates'

describe('delivery dates a client may choose', () => {
  const at = (iso: string) => ({
    now: new Date(iso),
    timeZone: 'Asia/Tashkent',
    cutoff: '18:00',
    daysAhead: 3,
  })

  it('include today before the cut-off, in the business time zone', () => {
    // 12:00 UTC is 17:00 in Tashkent.
    expect(deliveryDateOptions(at('2026-11-22T12:00:00Z'))).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ])
  })

  it('start tomorrow from the cut-off on', () => {
    expect(deliveryDateOptions(at('2026-11-22T13:00:00Z'))).toEqual(['2026-11-23', '2026-11-24'])
  })

  it('know that 23:30 UTC is already the next day in Tashkent', () => {
    expect(deliveryDateOptions(at('2026-11-22T23:30:00Z'))[0]).toBe('2026-11-23')
  })
})
