import type { Client } from '@payload-types'
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
export const normalizeContactDetails: CollectionBeforeChangeHook<Client> = ({ data }) => {
  const next = { ...data }
  for (const field of Object.keys(NORMALIZED) as (keyof typeof NORMALIZED)[]) {
    if (field in next) next[field] = normalizeField(NORMALIZED[field], next[field]) as string | null
  }
  if (typeof next.telegramUsername === 'string') {
    next.telegramUsername = next.telegramUsername.trim().replace(/^@/, '') || null
  }
  return next
}
