import { describe, expect, it } from '@jest/globals'

import {
  median,
  medianFirstResponse,
  responseWaits,
  type SupportMessageFact,
} from '@/domain/supportResponse'

const msg = (direction: SupportMessageFact['direction'], at: number): SupportMessageFact => ({
  direction,
  at,
})

describe('how long clients wait for a first answer', () => {
  it('a wait runs from the first unanswered message to the next answer', () => {
    expect(responseWaits([msg('in', 10), msg('in', 20), msg('out', 50), msg('out', 60)])).toEqual([
      { askedAt: 10, answeredAt: 50 },
    ])
  })

  it('each answer ends one wait; the next client message starts another', () => {
    expect(
      responseWaits([msg('in', 0), msg('out', 5), msg('in', 100), msg('out', 130), msg('in', 200)]),
    ).toEqual([
      { askedAt: 0, answeredAt: 5 },
      { askedAt: 100, answeredAt: 130 },
      { askedAt: 200, answeredAt: null },
    ])
  })

  it('an internal note answers nobody, and staff writing first starts no wait', () => {
    expect(
      responseWaits([msg('out', 0), msg('in', 10), msg('note', 15), msg('in', 18), msg('out', 40)]),
    ).toEqual([{ askedAt: 10, answeredAt: 40 }])
  })

  it('the median of the waits begun in the period, answered ones only', () => {
    const waits = [
      { askedAt: 0, answeredAt: 60 },
      { askedAt: 100, answeredAt: 110 },
      { askedAt: 200, answeredAt: 230 },
      { askedAt: 300, answeredAt: null },
      { askedAt: 400, answeredAt: 1000 },
    ]
    expect(medianFirstResponse(waits, 100, 400)).toBe(20)
    expect(medianFirstResponse(waits, 0, 401)).toBe(45)
    expect(medianFirstResponse(waits, 300, 400)).toBeNull()
  })

  it('median: the middle one, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
