import { describe, expect, it } from '@jest/globals'

import { deliveryOutcome } from '@/domain/deliveryOutcome'

describe('what happens to a message Telegram refused', () => {
  it('waits as long as a 429 says, however many tries it took', () => {
    expect(
      deliveryOutcome(
        { code: 429, description: 'Too Many Requests', retryAfterSeconds: 7 },
        20,
        8,
        1000,
      ),
    ).toEqual({
      kind: 'retry',
      at: 8000,
      reason: '429: Too Many Requests',
    })
  })

  it('backs off exponentially on 5xx and network errors, then parks the row as dead', () => {
    expect(deliveryOutcome({ code: 502, description: 'Bad Gateway' }, 1, 5, 0)).toMatchObject({
      kind: 'retry',
      at: 1000,
    })
    expect(deliveryOutcome({ code: 500, description: 'x' }, 3, 5, 0)).toMatchObject({
      kind: 'retry',
      at: 4000,
    })
    expect(deliveryOutcome({ description: 'ECONNRESET' }, 4, 5, 0)).toMatchObject({
      kind: 'retry',
      at: 8000,
    })
    expect(deliveryOutcome({ code: 500, description: 'x' }, 5, 5, 0)).toEqual({
      kind: 'dead',
      reason: '500: x',
    })
    expect(deliveryOutcome({ code: 500, description: 'x' }, 30, 40, 0)).toMatchObject({
      at: 300_000,
    })
  })

  it('marks a client who blocked the bot, and gives up at once on other refusals', () => {
    expect(
      deliveryOutcome({ code: 403, description: 'Forbidden: bot was blocked by the user' }, 1, 5, 0)
        .kind,
    ).toBe('blocked')
    expect(
      deliveryOutcome({ code: 400, description: 'Bad Request: chat not found' }, 1, 5, 0),
    ).toEqual({
      kind: 'dead',
      reason: '400: Bad Request: chat not found',
    })
  })
})
