import {
  formatChange,
  formatCompact,
  formatCount,
  formatDay,
  formatDuration,
  formatQuantity,
  formatRange,
  formatShortDay,
  unitLabel,
} from '@commerce/features/reports/dashboardFormat'
import { describe, expect, it } from '@jest/globals'

describe('the dashboard writes dates and numbers as each language does, the same everywhere', () => {
  it('dates', () => {
    expect(formatDay('2026-12-02', 'ru')).toBe('2 декабря 2026')
    expect(formatDay('2026-12-02', 'uz')).toBe('2-dekabr 2026')
    expect(formatDay('2026-12-02', 'en')).toBe('2 December 2026')
    expect(formatDay('2026-03-08', 'ru', false)).toBe('8 марта')
    expect(formatShortDay('2026-03-08', 'ru')).toBe('08.03')
    expect(formatShortDay('2026-03-08', 'en')).toBe('8 Mar')
  })

  it('ranges', () => {
    expect(formatRange({ first: '2026-12-01', last: '2026-12-02' }, 'ru')).toBe('1–2 декабря')
    expect(formatRange({ first: '2026-11-30', last: '2026-12-02' }, 'en')).toBe(
      '30 November – 2 December',
    )
    expect(formatRange({ first: '2026-12-02', last: '2026-12-02' }, 'uz')).toBe('2-dekabr')
  })

  it('numbers, quantities and changes', () => {
    expect(formatCount(1234567)).toBe('1 234 567')
    expect(formatCount(-1200)).toBe('-1 200')
    expect(formatQuantity(2.5, 'ru')).toBe('2,5')
    expect(formatQuantity(1250.25, 'en')).toBe('1 250.25')
    expect(formatQuantity(80, 'uz')).toBe('80')
    expect(formatChange(0.125, 'en')).toBe('+13%')
    expect(formatChange(0.055, 'ru')).toBe('+5,5%')
    expect(formatChange(-0.25, 'uz')).toBe('−25%')
    expect(formatChange(0.0001, 'en')).toBe('0%')
  })

  it('short amounts for an axis', () => {
    expect(formatCompact(850_000, 'ru')).toBe('850 тыс.')
    expect(formatCompact(1_250_000, 'ru')).toBe('1,3 млн')
    expect(formatCompact(1_250_000, 'en')).toBe('1.3M')
    expect(formatCompact(12_000_000, 'uz')).toBe('12 mln')
    expect(formatCompact(2_000_000_000, 'en')).toBe('2B')
    expect(formatCompact(500, 'en')).toBe('500')
  })

  it('durations and units', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 s')
    expect(formatDuration(12 * 60_000, 'ru')).toBe('12 мин')
    expect(formatDuration(65 * 60_000, 'en')).toBe('1 h 5 min')
    expect(formatDuration(51 * 3_600_000, 'uz')).toBe('2 kun 3 soat')
    expect(formatDuration(2 * 3_600_000, 'en')).toBe('2 h')
    expect(unitLabel('pcs', 'ru')).toBe('шт')
    expect(unitLabel('litre', 'en')).toBe('litre')
  })
})
