import { addDays, isCalendarDate } from './calendarDate'
import { parseMoneyInput } from './money'

/**
 * `/set_price <@username or INN> <product name or SKU> <price in so'm>`: the client is the first
 * word, the price the last, the product everything between. The price is one word ("7500" or
 * "7500,50"). Words that read like a price written in groups ("… 7 500", as the bot itself shows
 * prices) are refused rather than guessed: "White bread 7 500" is not 500 so'm for "White bread 7".
 */
export function parseSetPrice(
  args: string,
): { client: string; product: string; price: number } | null {
  const words = args.trim().split(/\s+/).filter(Boolean)
  if (words.length < 3) return null
  if (/^\d{3}$/.test(words.at(-1)!) && /^\d{1,3}$/.test(words.at(-2)!)) return null
  const price = parseMoneyInput(words.at(-1)!)
  if (price === null || price <= 0) return null
  return { client: words[0], product: words.slice(1, -1).join(' '), price }
}

/** `/orders [today|tomorrow|YYYY-MM-DD]` → the delivery date meant, or null when unreadable. */
export function parseDayArgument(arg: string, today: string): string | null {
  const text = arg.trim().toLowerCase()
  if (text === '' || text === 'today') return today
  if (text === 'tomorrow') return addDays(today, 1)
  return isCalendarDate(text) ? text : null
}

/** How a staff member names a client: `@username`, an INN, or free text (name or phone). */
export type ClientReference = { username: string } | { inn: string } | { text: string }

export function parseClientReference(arg: string): ClientReference | null {
  const text = arg.trim()
  if (text.length < 2 || text.length > 100) return null
  if (/^@\w{3,32}$/.test(text)) return { username: text.slice(1) }
  if (/^\d{9}$/.test(text)) return { inn: text }
  return { text }
}
