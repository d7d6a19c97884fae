import type { Language } from './languages'
import { MINOR_PER_MAJOR } from './money'

/**
 * An amount written out in words, as a delivery note or an invoice states its total ("сумма
 * прописью") so that a figure cannot be altered by hand: "Сто двадцать тысяч сум 00 тийин".
 */
export function amountInWords(minor: number, language: Language, currency = 'UZS'): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`)
  const absolute = Math.abs(minor)
  const whole = Math.floor(absolute / MINOR_PER_MAJOR)
  // Milliards are the largest scale named; no order comes near a trillion.
  if (whole >= 1e12) throw new RangeError(`Amount too large to write out: ${minor}`)
  const fraction = String(absolute % MINOR_PER_MAJOR).padStart(2, '0')
  const words = WRITERS[language](whole)
  const sign = minor < 0 ? `${MINUS[language]} ` : ''
  const text = `${sign}${words}`
  const major = text[0].toUpperCase() + text.slice(1)
  if (currency !== 'UZS') return `${major} ${currency} ${fraction}/100`
  const [som, tiyin] = UZS[language]
  return `${major} ${som} ${fraction} ${tiyin}`
}

const MINUS: Record<Language, string> = { ru: 'минус', uz: 'minus', en: 'minus' }
const UZS: Record<Language, [string, string]> = {
  ru: ['сум', 'тийин'],
  uz: ["so'm", 'tiyin'],
  en: ["so'm", 'tiyin'],
}

/** Splits into groups of three digits from the lowest: 1 234 567 → [567, 234, 1]. */
function triads(whole: number): number[] {
  const groups: number[] = []
  for (let rest = whole; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000)
  return groups
}

const RU = {
  ones: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  /** "Тысяча" is feminine: одна тысяча, две тысячи. */
  onesFeminine: ['', 'одна', 'две'],
  teens: [
    'десять',
    'одиннадцать',
    'двенадцать',
    'тринадцать',
    'четырнадцать',
    'пятнадцать',
    'шестнадцать',
    'семнадцать',
    'восемнадцать',
    'девятнадцать',
  ],
  tens: [
    '',
    '',
    'двадцать',
    'тридцать',
    'сорок',
    'пятьдесят',
    'шестьдесят',
    'семьдесят',
    'восемьдесят',
    'девяносто',
  ],
  hundreds: [
    '',
    'сто',
    'двести',
    'триста',
    'четыреста',
    'пятьсот',
    'шестьсот',
    'семьсот',
    'восемьсот',
    'девятьсот',
  ],
  /** One, two to four, five and more: тысяча, тысячи, тысяч. */
  scales: [
    null,
    ['тысяча', 'тысячи', 'тысяч'],
    ['миллион', 'миллиона', 'миллионов'],
    ['миллиард', 'миллиарда', 'миллиардов'],
  ],
} as const

function russianForm(n: number): 0 | 1 | 2 {
  if (n % 100 >= 11 && n % 100 <= 14) return 2
  if (n % 10 === 1) return 0
  if (n % 10 >= 2 && n % 10 <= 4) return 1
  return 2
}

function russian(whole: number): string {
  if (whole === 0) return 'ноль'
  const words: string[] = []
  triads(whole).forEach((triad, scale) => {
    if (triad === 0) return
    const part: string[] = [RU.hundreds[Math.floor(triad / 100)]]
    const rest = triad % 100
    if (rest >= 10 && rest < 20) part.push(RU.teens[rest - 10])
    else {
      part.push(RU.tens[Math.floor(rest / 10)])
      const one = rest % 10
      part.push(scale === 1 && one <= 2 ? RU.onesFeminine[one] : RU.ones[one])
    }
    const names = RU.scales[scale]
    if (names) part.push(names[russianForm(triad)])
    words.unshift(part.filter(Boolean).join(' '))
  })
  return words.join(' ')
}

const UZ = {
  ones: ['', 'bir', 'ikki', 'uch', "to'rt", 'besh', 'olti', 'yetti', 'sakkiz', "to'qqiz"],
  tens: [
    '',
    "o'n",
    'yigirma',
    "o'ttiz",
    'qirq',
    'ellik',
    'oltmish',
    'yetmish',
    'sakson',
    "to'qson",
  ],
  scales: ['', 'ming', 'million', 'milliard'],
}

/** Uzbek counts plainly: "bir yuz yigirma ming" (documents write the "bir" of "bir yuz"). */
function uzbek(whole: number): string {
  if (whole === 0) return 'nol'
  const words: string[] = []
  triads(whole).forEach((triad, scale) => {
    if (triad === 0) return
    const hundreds = Math.floor(triad / 100)
    const part = [
      hundreds ? `${UZ.ones[hundreds]} yuz` : '',
      UZ.tens[Math.floor((triad % 100) / 10)],
      UZ.ones[triad % 10],
      UZ.scales[scale],
    ]
    words.unshift(part.filter(Boolean).join(' '))
  })
  return words.join(' ')
}

const EN = {
  ones: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  teens: [
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ],
  tens: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  scales: ['', 'thousand', 'million', 'billion'],
}

function english(whole: number): string {
  if (whole === 0) return 'zero'
  const words: string[] = []
  triads(whole).forEach((triad, scale) => {
    if (triad === 0) return
    const hundreds = Math.floor(triad / 100)
    const rest = triad % 100
    const tens =
      rest >= 10 && rest < 20
        ? EN.teens[rest - 10]
        : [EN.tens[Math.floor(rest / 10)], EN.ones[rest % 10]].filter(Boolean).join('-')
    const part = [hundreds ? `${EN.ones[hundreds]} hundred` : '', tens, EN.scales[scale]]
    words.unshift(part.filter(Boolean).join(' '))
  })
  return words.join(' ')
}

const WRITERS: Record<Language, (whole: number) => string> = {
  ru: russian,
  uz: uzbek,
  en: english,
}
