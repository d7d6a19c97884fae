import type { CollectionBeforeChangeHook } from 'payload'

import {
  bankAccountSchema,
  innSchema,
  mfoSchema,
  normalizeField,
  uzPhoneSchema,
  vatCodeSchema,
} from '@/domain/validators'

const NORMALIZED = {
  phone: uzPhoneSchema,
  inn: innSchema,
  mfo: mfoSchema,
  bankAccount: bankAccountSchema,
  vatRegCode: vatCodeSchema,
} as const

/** Stores one spelling of each number however it was typed, so search and uniqueness work. */
export const normalizeContactDetails: CollectionBeforeChangeHook = ({ data }) => {
  const next = { ...data }
  for (const [field, schema] of Object.entries(NORMALIZED)) {
    if (field in next) next[field] = normalizeField(schema, next[field])
  }
  if (typeof next.telegramUsername === 'string') {
    next.telegramUsername = next.telegramUsername.trim().replace(/^@/, '') || null
  }
  return next
}
