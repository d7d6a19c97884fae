// Text as the rules read it: one spelling per word, so a keyword written once matches what people
// type (ё or е, o' or o‘ or o` or a bare o, CAPS or not). Every step is linear in the text's length:
// a client may send 4,096 characters of anything and the rules must answer at once.

const APOSTROPHES = /[ʻʼ’‘`´']/g
const NOT_WORD = /[^\p{L}\p{N}]+/u

/** Lower case, ё as е, every apostrophe as the plain one. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(APOSTROPHES, "'")
}

/** The words of a text, lower case and without apostrophes: "O‘zgartiring!" → ["ozgartiring"]. */
export function wordsOf(text: string): string[] {
  return normalize(text)
    .replace(/'/g, '')
    .split(NOT_WORD)
    .filter((word) => word.length > 0)
}

/**
 * A keyword as written in the tables: a stem matching any word that starts with it ("опла" →
 * "оплатил", "оплату"), `word$` for that word alone, and phrases ("не тот") matching the
 * words in a row, the last one as a stem ("where is my" → "where is my order").
 */
export interface Keyword {
  words: string[]
  exact: boolean
  weight: number
}

export function keyword(entry: string, weight = 1): Keyword {
  const exact = entry.endsWith('$')
  return { words: wordsOf(exact ? entry.slice(0, -1) : entry), exact, weight }
}

/** Where each keyword matches, as positions of its first word; each keyword counts once. */
export function matchesAt(words: readonly string[], kw: Keyword): number[] {
  const positions: number[] = []
  const last = kw.words.length - 1
  if (last < 0) return positions
  for (let i = 0; i + last < words.length; i++) {
    let ok = true
    for (let j = 0; j <= last && ok; j++) {
      const word = words[i + j]
      const wanted = kw.words[j]
      // Words before the last must be whole; the last is a stem unless the keyword says `$`.
      ok = j < last || kw.exact ? word === wanted : word.startsWith(wanted)
    }
    if (ok) positions.push(i)
  }
  return positions
}

/** How many letters a text has and how many of them are capitals, for telling shouting apart. */
export function letterCase(text: string): { letters: number; capitals: number } {
  let letters = 0
  let capitals = 0
  for (const char of text) {
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    if (lower === upper) continue
    letters++
    if (char === upper) capitals++
  }
  return { letters, capitals }
}
