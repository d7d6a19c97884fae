import { describe, expect, it } from '@jest/globals'
import { fitMessage, splitMessage } from '../../plugins/commerce/bot/fitMessage'

describe('splitMessage', () => {
  it('keeps a short text whole', () => {
    expect(splitMessage('Your prices today:\n\n— Bread\nSamsa')).toEqual([
      'Your prices today:\n\n— Bread\nSamsa',
    ])
  })

  it('cuts between paragraphs, each part within the limit, nothing lost', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `— Category ${i}\n${'x'.repeat(30)}`)
    const text = paragraphs.join('\n\n')
    const parts = splitMessage(text, 200)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(200)
    // Every part starts at a paragraph: a category never loses its heading.
    for (const part of parts) expect(part).toMatch(/^— Category \d+\n/)
    expect(parts.join('\n\n')).toBe(text)
  })

  it('cuts a paragraph too long for one message between its lines, and a line too long through it', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i} ${'y'.repeat(20)}`)
    const parts = splitMessage(lines.join('\n'), 100)
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(100)
    expect(parts.join('\n')).toBe(lines.join('\n'))
    expect(splitMessage('z'.repeat(250), 100)).toEqual([
      'z'.repeat(100),
      'z'.repeat(100),
      'z'.repeat(50),
    ])
  })

  it('differs from fitMessage, which cuts and says so', () => {
    expect(fitMessage('z'.repeat(250), 100)).toBe(`${'z'.repeat(99)}…`)
  })
})
