import { describe, expect, it } from '@jest/globals'
import {
  type CaseMessage,
  categoryBucket,
  percentile,
  spreadOf,
  supportCases,
} from '@/domain/supportInsights'
import { median } from '@/domain/supportResponse'

const inn = (at: number): CaseMessage => ({ direction: 'in', at, author: null })
const out = (at: number, author: number | null = 1): CaseMessage => ({
  direction: 'out',
  at,
  author,
})
const note = (at: number): CaseMessage => ({ direction: 'note', at, author: 1 })

describe('support cases (supportCases)', () => {
  it('runs a case from the client’s first message to staff’s last answer before the client writes again', () => {
    expect(supportCases([inn(0), inn(5), out(10, 1), out(30, 2), inn(100), out(160, 2)])).toEqual([
      { askedAt: 0, answeredAt: 10, firstAuthor: 1, resolvedAt: 30, lastAuthor: 2 },
      { askedAt: 100, answeredAt: 160, firstAuthor: 2, resolvedAt: 160, lastAuthor: 2 },
    ])
  })

  it('keeps an unanswered case open, and ignores notes and answers before any question', () => {
    expect(supportCases([out(0), note(1), inn(10), note(20), inn(30)])).toEqual([
      { askedAt: 10, answeredAt: null, firstAuthor: null, resolvedAt: null, lastAuthor: null },
    ])
  })

  it('credits an anonymous admin’s answer to nobody', () => {
    expect(supportCases([inn(0), out(10, null)])[0]).toMatchObject({ firstAuthor: null })
  })

  it('starts the same cases as responseWaits, with the same first answers', async () => {
    const { responseWaits } = await import('@/domain/supportResponse')
    const messages = [inn(0), out(5), out(6), inn(7), note(8), inn(9), out(12), inn(20)]
    expect(
      supportCases(messages).map(({ askedAt, answeredAt }) => ({ askedAt, answeredAt })),
    ).toEqual(responseWaits(messages))
  })
})

describe('percentiles (percentile)', () => {
  it('interpolates between ranks like percentile_cont', () => {
    expect(percentile([], 0.5)).toBeNull()
    expect(percentile([7], 0.9)).toBe(7)
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91)
    expect(percentile([3, 1, 2], 1)).toBe(3)
    expect(percentile([3, 1, 2], 0)).toBe(1)
  })

  it('agrees with the median of the response figures', () => {
    for (const values of [[1], [4, 1], [5, 3, 9, 1], [2, 2, 8, 100, 7]])
      expect(percentile(values, 0.5)).toBe(median(values))
  })

  it('summarises durations as count, median and p90', () => {
    expect(spreadOf([])).toEqual({ count: 0, median: null, p90: null })
    expect(spreadOf([60_000, 120_000])).toEqual({ count: 2, median: 90_000, p90: 114_000 })
  })
})

describe('the categories chart’s buckets', () => {
  it('counts by day up to two months, by week beyond', () => {
    expect(categoryBucket(62)).toBe('day')
    expect(categoryBucket(63)).toBe('week')
  })
})
