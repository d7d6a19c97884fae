import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { CATEGORIES, MOODS, URGENCIES } from '@/domain/assist/provider'

interface Labelled {
  id: string
  language: string
  text: string
  category: string
  urgency: string
  mood: string
}
const read = (name: string): Labelled[] =>
  JSON.parse(fs.readFileSync(path.resolve('bench/assist', name), 'utf8')).messages

describe('the assists evaluation sets', () => {
  it.each(['eval.json', 'heldout.json'])(
    '%s holds only known labels, each id and text once',
    (name) => {
      const messages = read(name)
      for (const m of messages) {
        expect(['ru', 'uz', 'en']).toContain(m.language)
        expect(CATEGORIES).toContain(m.category)
        expect(URGENCIES).toContain(m.urgency)
        expect(MOODS).toContain(m.mood)
        expect(m.text.trim()).not.toBe('')
      }
      expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length)
      expect(new Set(messages.map((m) => m.text)).size).toBe(messages.length)
    },
  )

  it('has at least 100 messages in each language, spread over every label', () => {
    const messages = read('eval.json')
    for (const language of ['ru', 'uz', 'en']) {
      const mine = messages.filter((m) => m.language === language)
      expect(mine.length).toBeGreaterThanOrEqual(100)
      for (const category of CATEGORIES)
        expect(mine.filter((m) => m.category === category).length).toBeGreaterThanOrEqual(10)
      for (const urgency of URGENCIES)
        expect(mine.filter((m) => m.urgency === urgency).length).toBeGreaterThanOrEqual(10)
      for (const mood of MOODS)
        expect(mine.filter((m) => m.mood === mood).length).toBeGreaterThanOrEqual(10)
    }
  })

  it('shares no message between the evaluation and the held-out set', () => {
    const seen = new Set(read('eval.json').map((m) => m.text))
    expect(read('heldout.json').filter((m) => seen.has(m.text))).toEqual([])
  })
})
