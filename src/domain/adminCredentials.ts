import { randomInt } from 'node:crypto'

/** The shortest password an admin account may have: it guards every client's data and money. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12

/** Null when `email` can sign in, else why not (one line, for a person). */
export function refuseAdminEmail(email: string | undefined): string | null {
  if (!email) return 'An e-mail is required (--email).'
  if (email.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email))
    return `"${email}" is not an e-mail address.`
  return null
}

/** Null when `password` is strong enough for an admin, else why not (never echoing it). */
export function refuseAdminPassword(password: string): string | null {
  if (password.length < MIN_ADMIN_PASSWORD_LENGTH)
    return `The password is too weak: at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((kind) => kind.test(password))
  if (kinds.length < 3)
    return 'The password is too weak: mix three of lower case, upper case, digits and symbols.'
  return null
}

// No look-alike characters (0/O, 1/l/I): the password is printed once and typed by a person.
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '23456789'
const ALPHABET = LOWER + UPPER + DIGITS

/** A random 20-character password (about 115 bits) that passes `refuseAdminPassword`. */
export function generateAdminPassword(): string {
  for (;;) {
    const password = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    if (refuseAdminPassword(password) === null) return password
  }
}
