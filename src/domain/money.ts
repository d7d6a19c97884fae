/** UZS: 1 so'm = 100 tiyin. Amounts are integers of minor units everywhere. */
export const MINOR_PER_MAJOR = 100

const LIMIT = 1e12

export function formatMoney(minor: number, currency = 'UZS'): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`)
  const sign = minor < 0 ? '-' : ''
  const absolute = Math.abs(minor)
  const whole = group(Math.floor(absolute / MINOR_PER_MAJOR))
  const cents = String(absolute % MINOR_PER_MAJOR).padStart(2, '0')
  if (currency === 'UZS') return `${sign}${whole}${cents === '00' ? '' : `.${cents}`} so'm`
  return `${sign}${whole}.${cents} ${currency}`
}

function group(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

export function toMinor(major: number): number {
  if (!Number.isFinite(major)) throw new RangeError(`Not an amount: ${major}`)
  const minor = Math.round(major * MINOR_PER_MAJOR)
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amount out of range: ${major}`)
  return minor
}

export function toMajor(minor: number): number {
  return minor / MINOR_PER_MAJOR
}

/** What a person types in so'm ("7500", "7 500", "7500,50") → minor units, or null. */
export function parseMoneyInput(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u2009\u202f]/g, '')
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned)
  if (!match) return null
  const minor = Number(match[1]) * MINOR_PER_MAJOR + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(minor) && minor <= LIMIT ? minor : null
}

export function multiplyMoney(quantity: number, unitPrice: number): number {
  const product = quantity * unitPrice
  if (!Number.isSafeInteger(product)) throw new RangeError(`Amount out of range: ${quantity} × ${unitPrice}`)
  return product
}

export function sumMoney(amounts: readonly number[]): number {
  const total = amounts.reduce((sum, amount) => sum + amount, 0)
  if (!Number.isSafeInteger(total)) throw new RangeError('Total out of range')
  return total
}
