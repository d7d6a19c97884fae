import type { Language } from './languages'

/** UZS: 1 so'm = 100 tiyin. Amounts are integers of minor units everywhere. */
export const MINOR_PER_MAJOR = 100

/** 10 billion so'm: no order or payment comes near it, so anything above is a typo. */
const INPUT_LIMIT = 1e12

// What people and locales put between thousands: space, no-break space, thin and narrow no-break space.
const GROUP = '[ \\u00a0\\u2009\\u202f]'
const TYPED_AMOUNT = new RegExp(`^(\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?$`)

/** The so'm as each language writes it after an amount. */
const SOM: Record<Language, string> = { ru: 'сум', uz: "so'm", en: "so'm" }

/** What follows an amount in `currency`: the so'm in the reader's language, another currency's code. */
export function currencyName(currency = 'UZS', language: Language = 'en'): string {
  return currency === 'UZS' ? SOM[language] : currency
}

/**
 * `8 000 so'm` (in Russian `8 000 сум`), `8 000.50 so'm`; other currencies `12.00 USD`. Plain
 * spaces, so tests and searches match what is shown.
 */
export function formatMoney(minor: number, currency = 'UZS', language: Language = 'en'): string {
  // Telegram Stars have no minor unit: an amount in XTR is a count of Stars.
  if (currency === 'XTR') return `${minor < 0 ? '-' : ''}${groupThousands(Math.abs(minor))} ⭐`
  if (currency === 'UZS') return `${formatAmount(minor)} ${currencyName(currency, language)}`
  return `${formatAmount(minor, true)} ${currency}`
}

/**
 * An amount in so'm as a person reads and types it, without the currency: "7 500", "7 500.50".
 * `parseMoneyInput` reads it back.
 */
export function formatAmount(minor: number, alwaysFraction = false): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`)
  const sign = minor < 0 ? '-' : ''
  const absolute = Math.abs(minor)
  const whole = groupThousands(Math.floor(absolute / MINOR_PER_MAJOR))
  const fraction = String(absolute % MINOR_PER_MAJOR).padStart(2, '0')
  return `${sign}${whole}${fraction === '00' && !alwaysFraction ? '' : `.${fraction}`}`
}

function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

/** So'm to tiyin, to the nearest tiyin (halves away from zero). */
export function toMinor(major: number): number {
  if (!Number.isFinite(major)) throw new RangeError(`Not an amount: ${major}`)
  const scaled = Math.abs(major) * MINOR_PER_MAJOR
  // 1.005 × 100 is 100.49999… in binary; 15 significant digits give back the decimal that was meant.
  const decimal = scaled < 1e15 ? Number(scaled.toPrecision(15)) : scaled
  const minor = Math.round(decimal)
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amount out of range: ${major}`)
  return major < 0 && minor !== 0 ? -minor : minor
}

export function toMajor(minor: number): number {
  return minor / MINOR_PER_MAJOR
}

/**
 * What a person types in so'm ("7500", "7 500", "7500,50") → tiyin, or null.
 * "7,500" is refused rather than guessed: a comma is the decimal mark in ru and uz.
 */
export function parseMoneyInput(text: string): number | null {
  if (typeof text !== 'string') return null
  const match = TYPED_AMOUNT.exec(text.trim())
  if (!match) return null
  const whole = Number(match[1].replace(new RegExp(GROUP, 'g'), ''))
  const fraction = Number((match[2] ?? '').padEnd(2, '0'))
  const minor = whole * MINOR_PER_MAJOR + fraction
  return Number.isSafeInteger(minor) && minor <= INPUT_LIMIT ? minor : null
}

export function multiplyMoney(quantity: number, unitPrice: number): number {
  const product = quantity * unitPrice
  if (!Number.isSafeInteger(product))
    throw new RangeError(`Amount out of range: ${quantity} × ${unitPrice}`)
  return product + 0 // no -0 in stored amounts
}

export function sumMoney(amounts: readonly number[]): number {
  let total = 0
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount))
      throw new RangeError(`Not an amount in minor units: ${amount}`)
    total += amount
    if (!Number.isSafeInteger(total)) throw new RangeError('Total out of range')
  }
  return total
}
