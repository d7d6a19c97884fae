// The rules' triage of one client message: category, urgency, mood and language from keywords,
// punctuation, capitals and emoji. No network, no model: it answers in a millisecond whatever
// the text, which is why it stands in when the model is away.

import {
  CALM_KEYWORDS,
  CATEGORY_KEYWORDS,
  CONTRASTS,
  type Entry,
  GOODS,
  NEGATIONS,
  NEGATIONS_AFTER,
  NEGATIVE_EMOJI,
  NEGATIVE_KEYWORDS,
  POSITIVE_EMOJI,
  POSITIVE_KEYWORDS,
  PROBLEM_KEYWORDS,
  type Table,
  URGENT_KEYWORDS,
  UZBEK_NEGATIVE_VERB,
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
const PROBLEM = compileTable(PROBLEM_KEYWORDS)
const GOODS_WORDS = compileTable(GOODS)
// "через 20 минут", "in 15 min", "yarim soatdan keyin": a deadline close enough to need a person now.
const DEADLINE = [
  /(?:через|in|within) (?:\d{1,3} ?|пол|an? |half an? )(?:мин|min|час|hour|hr)/u,
  /(?:\d{1,3}|yarim|bir) ?(?:daqiqa|soat)(?:dan)? (?:keyin|song)/u,
]
// A question by its mark or its opening words: "сколько…", "do you…", "…bormi".
const QUESTION_WORDS = compile([
  'сколько',
  'какой',
  'какая',
  'какие',
  'есть ли',
  'можно ли',
  'how',
  'what',
  'do you',
  'is there',
  'are the',
  'can i',
  'qancha',
  'qanday',
  'qaysi',
  'bormi',
])

// When two categories score the same, the one that needs staff more wins.
const TIE_ORDER: readonly string[] = [
  'complaint',
  'order_problem',
  'payment',
  'delivery',
  'product_question',
  'other',
]
const UZBEK_CYRILLIC = /[ўқғҳ]/i

function score(words: readonly string[], keywords: readonly Keyword[]): number {
  let total = 0
  for (const kw of keywords) if (matchesAt(words, kw).length > 0) total += kw.weight
  return total
}

interface Signals {
  exclamations: number
  questions: number
  /** The longest run of question marks: "??" is impatience. */
  questionRun: number
  shouting: boolean
  negativeEmoji: number
  positiveEmoji: number
}

function signalsOf(text: string): Signals {
  let run = 0
  let exclamations = 0
  let questions = 0
  let qrun = 0
  let questionRun = 0
  let negativeEmoji = 0
  let positiveEmoji = 0
  for (const char of text) {
    run = char === '!' ? run + 1 : 0
    exclamations = Math.max(exclamations, run)
    if (char === '?') questions++
    qrun = char === '?' ? qrun + 1 : 0
    questionRun = Math.max(questionRun, qrun)
    // Emoji arrive with variation selectors (❤️ is ❤ + U+FE0F): the base character decides.
    if (NEGATIVE_EMOJI.has(char)) negativeEmoji++
    else if (POSITIVE_EMOJI.has(char)) positiveEmoji++
  }
  // Sad emoticons typed with brackets: "((", ":(".
  if (/\({2}|:-?\(/.test(text)) negativeEmoji++
  const { letters, capitals } = letterCase(text)
  return {
    exclamations,
    questions,
    questionRun,
    shouting: letters >= 12 && capitals / letters >= 0.7,
    negativeEmoji,
    positiveEmoji,
  }
}

function categoryOf(words: readonly string[], options: TriageOptions, aboutGoods: boolean): string {
  const allowed = options.categories?.length ? options.categories : [...CATEGORIES]
  let best: string | null = null
  let bestScore = 0
  const ranked = [...allowed].sort(
    (a, b) => rank(a) - rank(b) || allowed.indexOf(a) - allowed.indexOf(b),
  )
  for (const category of ranked) {
    const builtIn = (BUILT_IN as Record<string, Keyword[]>)[category] ?? []
    const extra = compile(options.keywords?.[category] ?? []).map((kw) => ({ ...kw, weight: 2 }))
    let value = score(words, builtIn) + score(words, extra)
    if (category === 'product_question' && aboutGoods) value += 1.5
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
  // What comes after the last "but" is what the writer means: "в целом довольны, но…".
  let contrast = -1
  words.forEach((word, i) => {
    if (CONTRASTS.has(word)) contrast = i
  })
  const plain: string[] = []
  const negated: string[] = []
  words.forEach((word, i) => {
    if (i < contrast) return
    const flipped = NEGATIONS.has(words[i - 1] ?? '') || NEGATIONS_AFTER.has(words[i + 1] ?? '')
    ;(flipped ? negated : plain).push(word)
  })
  let negative = score(words, NEGATIVE) + score(negated, POSITIVE)
  if (contrast >= 0) negative += 0.5
  let positive = score(plain, POSITIVE)
  negative += signals.negativeEmoji > 0 ? 2 : 0
  positive += signals.positiveEmoji > 0 ? 1.5 : 0
  if (signals.shouting) negative += 2
  if (signals.exclamations >= 3) negative += 1.5
  if (signals.questionRun >= 2) negative += 1
  if (category === 'complaint') negative += 1.5
  if (negative >= 1.5 && negative >= positive) return 'negative'
  if (positive >= 1 && positive > negative) return 'positive'
  return 'neutral'
}

function hasProblem(words: readonly string[]): boolean {
  return score(words, PROBLEM) > 0 || words.some((word) => UZBEK_NEGATIVE_VERB.test(word))
}

function urgencyOf(
  words: readonly string[],
  signals: Signals,
  category: string,
  mood: Mood,
  problem: boolean,
  deadline: boolean,
): Urgency {
  if (score(words, CALM) > 0) return 'low'
  let urgent = score(words, URGENT)
  if (deadline) urgent += 1.5
  if (signals.exclamations >= 3) urgent += 1.5
  else if (signals.exclamations === 2) urgent += 0.5
  if (signals.shouting) urgent += 1.5
  if (urgent >= 2) return 'urgent'
  // Something went wrong, or the writer is upset: today. A question or a wish: it can wait.
  if (problem || mood === 'negative' || category === 'complaint') return 'normal'
  return 'low'
}

/** Category, urgency, mood and language of one client message, by the rules. */
export function triageText(text: string, options: TriageOptions = {}): Triage {
  const language = detectLanguage(text, options.language)
  // Uzbek in Cyrillic is read in both alphabets: its own words in Latin, Russian ones as they are.
  const words = UZBEK_CYRILLIC.test(text)
    ? [...wordsOf(text), ...wordsOf(uzbekToLatin(text))]
    : wordsOf(text)
  const signals = signalsOf(text)
  const problem = hasProblem(words)
  const question = signals.questions > 0 || score(words, QUESTION_WORDS) > 0
  const aboutGoods = question && !problem && score(words, GOODS_WORDS) > 0
  let category = categoryOf(words, options, aboutGoods)
  const mood = moodOf(words, signals, category)
  // Thanks or praise with nothing wrong and nothing asked is feedback, whatever it praises.
  const allowed = options.categories?.length ? options.categories : CATEGORIES
  if (mood === 'positive' && !problem && !question && allowed.includes('other')) category = 'other'
  const joined = words.join(' ')
  const deadline = DEADLINE.some((pattern) => pattern.test(joined))
  const urgency = urgencyOf(words, signals, category, mood, problem, deadline)
  return { category, urgency, mood, language }
}
