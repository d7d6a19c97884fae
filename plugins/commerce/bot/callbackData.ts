import type { InlineKeyboardButton } from 'grammy/types'

/** What a button's field may hold; Telegram allows 64 bytes of data in all. */
type FieldPatterns = Record<string, RegExp>
type Values<F extends FieldPatterns> = { [K in keyof F]: string | number }

/**
 * One family of buttons: its data built and read in one place, versioned, so a button's data
 * can change shape later while old messages' buttons are recognised as old (`prefix:v1:…`).
 */
export interface ButtonFamily<F extends FieldPatterns> {
  prefix: string
  /** Whether only staff may press it; anyone else is told so. */
  staffOnly: boolean
  /** Matches this family's data, each field a named group (`ctx.match.groups`). */
  pattern: RegExp
  data: (values: Values<F>) => string
  button: (text: string, values: Values<F>) => InlineKeyboardButton.CallbackButton
  /** The fields of a press, or null when the data is not this family's. */
  parse: (data: string) => { [K in keyof F]: string } | null
}

const families = new Map<string, ButtonFamily<FieldPatterns>>()

/** Every family defined so far: the bot answers presses of staff-only ones for customers. */
export const buttonFamilies = () => [...families.values()]

/** Defines a family; a prefix used twice is a mistake found at start. */
export function buttonFamily<F extends FieldPatterns>(
  prefix: string,
  fields: F,
  { version = 1, staffOnly = false } = {},
): ButtonFamily<F> {
  if (families.has(prefix)) throw new Error(`button family "${prefix}" is defined twice`)
  const head = `${prefix}:v${version}`
  const names = Object.keys(fields)
  const pattern = new RegExp(
    `^${head}${names.map((name) => `:(?<${name}>${fields[name].source})`).join('')}$`,
  )
  const data = (values: Values<F>) => [head, ...names.map((name) => values[name])].join(':')
  const family: ButtonFamily<F> = {
    prefix,
    staffOnly,
    pattern,
    data,
    button: (text, values) => ({ text, callback_data: data(values) }),
    parse: (value) => (pattern.exec(value)?.groups as { [K in keyof F]: string }) ?? null,
  }
  families.set(prefix, family as unknown as ButtonFamily<FieldPatterns>)
  return family
}

/** Ids of our records as they appear in buttons. */
export const ID = /\d{1,9}/
