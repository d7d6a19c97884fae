// The rules' triage of one client message: category, urgency, mood and language from keywords,
// punctuation, capitals and emoji. No network, no model: it answers in a millisecond whatever
// the text, which is why it stands in when the model is away.

import {
  CALM_KEYWORDS,
  CATEGORY_KEYWORDS,
  type Entry,
  NEGATIONS,
  NEGATIONS_AFTER,
  NEGATIVE_EMOJI,
  NEGATIVE_KEYWORDS,
  POSITIVE_EMOJI,
  POSITIVE_KEYWORDS,
  type Table,
  URGENT_KEYWORDS,
} from './keywords'
import { detectLanguage, uzbekToLatin } from './language'
import {
  type AssistLanguage,
  CATEGORIES,
  type Category,
  type Mood,
  type Triage,
  type Urgency,
} from './provider'
import { type Keyword, keyword, letterCase, matchesAt, wordsOf } from './text'

export interface TriageOptions {
  /** The categories to choose from (default CATEGORIES); an unknown key needs `keywords`. */
  categories?: string[]
  /** The client's known language: used when the text does not say (an emoji, a number). */
  language?: AssistLanguage
  /** More keywords per category key, in any language, on top of the built-in ones. */
  keywords?: Record<string, string[]>
}

const compile = (entries: readonly Entry[]): Keyword[] =>
  entries.map((entry) => (typeof entry === 'string' ? keyword(entry) : keyword(...entry)))
const compileTable = (table: Table): Keyword[] => compile([...table.ru, ...table.uz, ...table.en])

const BUILT_IN = Object.fromEntries(
  CATEGORIES.map((category) => [category, compileTable(CATEGORY_KEYWORDS[category])]),
) as Record<Category, Keyword[]>
const URGENT = compileTable(URGENT_KEYWORDS)
const CALM = compileTable(CALM_KEYWORDS)
const NEGATIVE = compileTable(NEGATIVE_KEYWORDS)
const POSITIVE = compileTable(POSITIVE_KEYWORDS)

// When two categories score the same, the one that needs staff more wins.
const TIE_ORDER: readonly string[] = [
  'complaint',
  'order_problem',
  'payment',
  'delivery',
  'product_question',
  'other',
]
// What a message of each category is when nothing in it says otherwise.
const USUAL_URGENCY: Record<string, Urgency> = {
  order_problem: 'normal',
  payment: 'normal',
  delivery: 'normal',
  complaint: 'normal',
  product_question: 'low',
  other: 'low',
}

const UZBEK_CYRILLIC = /[ўқғҳ]/i

function score(words: readonly string[], keywords: readonly Keyword[]): number {
  let total = 0
  for (const kw of keywords) if (matchesAt(words, kw).length > 0) total += kw.weight
  return total
}

interface Signals {
  exclamations: number
  questions: number
  shouting: boolean
  negativeEmoji: number
  positiveEmoji: number
}

function signalsOf(text: string): Signals {
  let run = 0
  let exclamations = 0
  let questions = 0
  let negativeEmoji = 0
  let positiveEmoji = 0
  for (const char of text) {
    run = char === '!' ? run + 1 : 0
    exclamations = Math.max(exclamations, run)
    if (char === '?') questions++
    // Emoji arrive with variation selectors (❤️ is ❤ + U+FE0F): the base character decides.
    if (NEGATIVE_EMOJI.has(char)) negativeEmoji++
    else if (POSITIVE_EMOJI.has(char)) positiveEmoji++
  }
  const { letters, capitals } = letterCase(text)
  return {
    exclamations,
    questions,
    shouting: letters >= 12 && capitals / letters >= 0.7,
    negativeEmoji,
    positiveEmoji,
  }
}

function categoryOf(words: readonly string[], options: TriageOptions): string {
  const allowed = options.categories?.length ? options.categories : [...CATEGORIES]
  let best: string | null = null
  let bestScore = 0
  const ranked = [...allowed].sort(
    (a, b) => rank(a) - rank(b) || allowed.indexOf(a) - allowed.indexOf(b),
  )
  for (const category of ranked) {
    const builtIn = (BUILT_IN as Record<string, Keyword[]>)[category] ?? []
    const extra = compile(options.keywords?.[category] ?? []).map((kw) => ({ ...kw, weight: 2 }))
    const value = score(words, builtIn) + score(words, extra)
    if (value > bestScore) {
      best = category
      bestScore = value
    }
  }
  if (best) return best
  return allowed.includes('other') ? 'other' : allowed[allowed.length - 1]
}

function rank(category: string): number {
  const index = TIE_ORDER.indexOf(category)
  return index === -1 ? TIE_ORDER.length : index
}

function moodOf(words: readonly string[], signals: Signals, category: string): Mood {
  // A kind word after "не"/"not" or before "emas" counts against: "не вкусно", "mazali emas".
  const plain: string[] = []
  const negated: string[] = []
  words.forEach((word, i) => {
    const flipped = NEGATIONS.has(words[i - 1] ?? '') || NEGATIONS_AFTER.has(words[i + 1] ?? '')
    ;(flipped ? negated : plain).push(word)
  })
  let negative = score(words, NEGATIVE) + score(negated, POSITIVE)
  let positive = score(plain, POSITIVE)
  negative += signals.negativeEmoji > 0 ? 2 : 0
  positive += signals.positiveEmoji > 0 ? 1.5 : 0
  if (signals.shouting) negative += 2
  if (signals.exclamations >= 3) negative += 1
  if (signals.questions >= 3) negative += 1
  if (category === 'complaint') negative += 1.5
  if (negative >= 1.5 && negative >= positive) return 'negative'
  if (positive >= 1 && positive > negative) return 'positive'
  return 'neutral'
}

function urgencyOf(words: readonly string[], signals: Signals, category: string): Urgency {
  if (score(words, CALM) > 0) return 'low'
  let urgent = score(words, URGENT)
  if (signals.exclamations >= 3) urgent += 1.5
  else if (signals.exclamations === 2) urgent += 0.5
  if (signals.shouting) urgent += 1.5
  if (urgent >= 2) return 'urgent'
  return USUAL_URGENCY[category] ?? 'normal'
}

/** Category, urgency, mood and language of one client message, by the rules. */
export function triageText(text: string, options: TriageOptions = {}): Triage {
  const language = detectLanguage(text, options.language)
  // Uzbek in Cyrillic is read in both alphabets: its own words in Latin, Russian ones as they are.
  const words = UZBEK_CYRILLIC.test(text)
    ? [...wordsOf(text), ...wordsOf(uzbekToLatin(text))]
    : wordsOf(text)
  const signals = signalsOf(text)
  const category = categoryOf(words, options)
  const mood = moodOf(words, signals, category)
  let urgency = urgencyOf(words, signals, category)
  // Thanks and praise wait: nobody needs an answer in minutes to "спасибо, всё вкусно".
  if (mood === 'positive' && urgency === 'normal' && category === 'other') urgency = 'low'
  return { category, urgency, mood, language }
}
