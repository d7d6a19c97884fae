// Personal data out of anything that leaves the server for a model, and out of anything a model
// sends back that the client could not already see. A model can be told by a client's message to
// "reply with the admin's phone"; whatever it answers, a phone, an email, a card, an INN, a bank
// account or a link the conversation did not hold never reaches staff as a draft.
// Every pattern here is linear: no nested or overlapping repetition, so 4,096 characters of
// anything are read at once.

export type PersonalKind = 'phone' | 'inn' | 'card' | 'account' | 'email' | 'address' | 'link'

/** Digits with the separators people type inside numbers: "+998 (90) 123-45-67", "8600 1234 …". */
const DIGIT_RUN = /\+?\(?\d(?:[ \u00a0\-()]{1,2}\d|\d)*/g
const EMAIL_TOKEN =
  /^[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}$/u
const LINK = /\b(?:https?:\/\/|www\.|t\.me\/)[^\s<>"']{1,300}/giu
// What precedes an order's or a document's number: such a number is kept.
const NUMBER_LABEL = /(?:#|№|n[o°]\.?|заказ[а-я]*|order|buyurtma[a-z]*|счет[а-я]*|invoice)\s*$/iu
const INN_LABEL = /(?:инн|inn|stir|itn|tin)\s*[:№#]?\s*$/iu
// An amount of money is not personal: "1 500 000 сум", "250 000 so'm", "120000 UZS".
const CURRENCY_AFTER = /^\s*(?:сум|сумм|so['ʻ’‘`]?m|som|sum|uzs|тыс|ming|usd|\$|руб|тенге)/iu

/** Luhn's check, which every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return digits.length > 0 && sum % 10 === 0
}

/** What a run of digits is, or null when it is an amount, a quantity, a date part or an order. */
function kindOfNumber(run: string, before: string, after: string): PersonalKind | null {
  const digits = run.replace(/\D/g, '')
  const n = digits.length
  if (CURRENCY_AFTER.test(after) && /^\d{1,3}(?:[ \u00a0]\d{3})*$|^\d+$/.test(run.trim()))
    return null
  if (INN_LABEL.test(before) && n === 9) return 'inn'
  if (run.startsWith('+') && n >= 8 && n <= 15) return 'phone'
  if (n === 20) return 'account'
  if (n >= 13 && n <= 19)
    return passesLuhn(digits) || /^\d{4}[ -]\d{4}[ -]\d{4}/.test(run) ? 'card' : 'account'
  if (n === 12 && digits.startsWith('998')) return 'phone'
  if (n === 11 && /^[78]/.test(digits)) return 'phone'
  if (NUMBER_LABEL.test(before) && n <= 10) return null
  if (n === 9) return /[ \-()]/.test(run) || /^[89]/.test(digits) ? 'phone' : 'inn'
  if (n >= 10) return 'phone'
  // A city number "123-45-67" or "(71) 200-00-00" is a phone; "2024" or "150" is not.
  if (n >= 7 && /^\(?\d{2,3}\)?[ -]\d{2,3}-\d{2}(?:-\d{2})?$/.test(run)) return 'phone'
  return null
}

/** Street addresses people write: "ул. Навои 12, кв 5", "Navoiy ko'chasi 15-uy", "12 Amir Temur street". */
const ADDRESSES: RegExp[] = [
  /(?:ул\.|улица|пр-т\.?|проспект|переулок|пер\.|тупик|мкр\.?|микрорайон|массив|квартал|кв-л)\s?[^\n,.;!?]{1,40}(?:,?\s?(?:дом|д\.)\s?\d{1,4}[а-яa-z]?)?(?:,?\s?(?:кв\.?|квартира)\s?\d{1,4})?/giu,
  /(?:дом|д\.)\s?\d{1,4}[а-яa-z]?(?:,?\s?(?:кв\.?|квартира)\s?\d{1,4})/giu,
  /[\p{L}'ʻ’‘`]{2,30}\s(?:ko['ʻ’‘`]?chasi|ko['ʻ’‘`]?cha|shoh\s?ko['ʻ’‘`]?chasi|mahallasi|mavzesi|berk\sko['ʻ’‘`]?chasi)(?:[,\s]{1,2}\d{1,4}[-\s]?(?:uy|dom)?)?(?:[,\s]{1,2}\d{1,4}[-\s]?(?:xonadon|kv))?/giu,
  /\d{1,4}\s?-?\s?(?:uy|xonadon|kvartal|mavze)\b(?:[,\s]{1,2}\d{1,4}\s?-?\s?(?:uy|xonadon))?/giu,
  /\b\d{1,5}\s(?:[\p{Lu}][\p{L}'-]{1,20}\s){1,3}(?:street|st\.|avenue|ave\.?|road|rd\.|lane|ln\.|blvd\.?|boulevard)(?:,?\s(?:apt\.?|apartment|flat)\s?\d{1,4})?/gu,
  /\b(?:apt\.?|apartment|flat)\s?\d{1,4}\b/giu,
]

export interface Found {
  kind: PersonalKind
  /** As written. */
  text: string
  /** As compared: digits only for numbers, lower case for the rest. */
  value: string
  start: number
  end: number
}

const comparable = (kind: PersonalKind, text: string) =>
  kind === 'phone' || kind === 'inn' || kind === 'card' || kind === 'account'
    ? text.replace(/\D/g, '').replace(/^(?:998|8)(?=\d{9}$)/, '')
    : text.toLowerCase().replace(/[.,;:!?)]+$/, '')

/** Every piece of personal data in a text, in order, without overlaps. */
export function personalDataIn(text: string, kinds?: readonly PersonalKind[]): Found[] {
  const found: Found[] = []
  const add = (kind: PersonalKind, start: number, matched: string) => {
    if (kinds && !kinds.includes(kind)) return
    found.push({
      kind,
      text: matched,
      value: comparable(kind, matched),
      start,
      end: start + matched.length,
    })
  }
  for (const match of text.matchAll(LINK))
    add('link', match.index, match[0].replace(/[.,;:!?)]+$/, ''))
  // Emails are whole words with an @ inside: looked at word by word, never by a scan across the text.
  for (const match of text.matchAll(/\S{3,400}/g)) {
    const word = match[0].replace(/^[(<"'«]+|[.,;:!?)>"'»]+$/g, '')
    if (word.includes('@') && EMAIL_TOKEN.test(word))
      add('email', match.index + match[0].indexOf(word), word)
  }
  for (const match of text.matchAll(DIGIT_RUN)) {
    let run = match[0].replace(/[ \u00a0\-(]+$/, '')
    let start = match.index
    if (run.startsWith('(') && !/^\(\d{2,3}\)/.test(run)) {
      run = run.slice(1)
      start++
    }
    // A run glued to letters is a code or a word ("A12345678"), not a number of its own.
    if (/[\p{L}]/u.test(text[start - 1] ?? '') || /[\p{L}]/u.test(text[start + run.length] ?? ''))
      continue
    const kind = kindOfNumber(
      run,
      text.slice(Math.max(0, start - 16), start),
      text.slice(start + run.length, start + run.length + 8),
    )
    if (kind) add(kind, start, run)
  }
  for (const pattern of ADDRESSES)
    for (const match of text.matchAll(pattern)) add('address', match.index, match[0].trimEnd())
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Found[] = []
  for (const item of found)
    if (!kept.length || item.start >= kept[kept.length - 1].end) kept.push(item)
  return kept
}

/** The text with personal data replaced by placeholders: [phone], [inn], [card], [account], [email], [address]. */
export function maskPersonalData(text: string): string {
  // Links are left to the guard: a client's link to a photo or a map is the point of the message.
  const found = personalDataIn(text).filter((item) => item.kind !== 'link')
  let out = ''
  let at = 0
  for (const item of found) {
    out += `${text.slice(at, item.start)}[${item.kind}]`
    at = item.end
  }
  return out + text.slice(at)
}

/**
 * Personal data in a draft that none of `seen` holds: what the client could not already see.
 * Numbers are compared by their digits, so "+998 90 123 45 67" and "901234567" are one phone.
 */
export function unseenPersonalData(draft: string, seen: readonly string[]): Found[] {
  const known = new Set(
    seen.flatMap((text) => personalDataIn(text).map((item) => `${item.kind}:${item.value}`)),
  )
  const knownDigits = seen.join(' ').replace(/\D/g, '')
  return personalDataIn(draft).filter((item) => {
    if (item.kind === 'address') return false
    if (known.has(`${item.kind}:${item.value}`)) return false
    // A number the client wrote without separators is still theirs.
    return !(item.value.length >= 7 && /^\d+$/.test(item.value) && knownDigits.includes(item.value))
  })
}

/** A Telegram @username or a link a draft names that the conversation never did. */
function unseenMentions(draft: string, seen: string): string[] {
  const lower = seen.toLowerCase()
  return [...draft.matchAll(/(?<![\p{L}\p{N}.])@[a-z0-9_]{4,32}\b/giu)]
    .map((m) => m[0].toLowerCase())
    .filter((mention) => !lower.includes(mention))
}

/** The texts the client has seen or written: their messages, staff's answers, their orders and payments. */
export function seenTexts(context: {
  clientName: string
  messages: readonly { text: string }[]
  orders?: readonly { number: number; total: number }[]
  payments?: readonly { amount: number; orderNumber?: number | null }[]
}): string[] {
  return [
    context.clientName,
    ...context.messages.map((m) => m.text),
    ...(context.orders ?? []).map((o) => `${o.number} ${o.total}`),
    ...(context.payments ?? []).map((p) => `${p.orderNumber ?? ''} ${p.amount}`),
  ]
}

/** Whether a draft may be shown to staff: it names no personal data, link or @user the client has not seen. */
export function isSafeDraft(draft: string, seen: readonly string[]): boolean {
  return (
    unseenPersonalData(draft, seen).length === 0 &&
    unseenMentions(draft, seen.join('\n')).length === 0
  )
}

/** The drafts that may be shown, in order; the others are dropped, never repaired. */
export function safeDrafts(drafts: readonly string[], seen: readonly string[]): string[] {
  return drafts.filter(
    (draft) => typeof draft === 'string' && draft.trim() !== '' && isSafeDraft(draft, seen),
  )
}
