import type { StopLine } from './driverList'
import { isLanguage, type Language } from './languages'
import type { LegalParty } from './legalParty'
import { leftToPay } from './payments'

/** A delivery note (накладная, yuk xati): the paper that goes with an order and is signed on delivery. */
export interface DeliveryNote {
  language: Language
  number: number
  /** The delivery (or pickup) day, `YYYY-MM-DD`. */
  day: string
  status: string
  fulfillment: string
  currency: string
  seller: LegalParty
  buyer: LegalParty
  contactName: string | null
  phone: string | null
  deliveryAddress: string | null
  comment: string | null
  lines: StopLine[]
  /** Minor units: the order's total, what was received and what is still owed. */
  total: number
  amountPaid: number
  leftToPay: number
}

/**
 * The note's language: the one asked for (the seller's own, say), else the client's, else the
 * staff's; Russian when nothing is known, as the bakery's paper has always been.
 */
export function noteLanguage(asked: Language | null, client: unknown, staff: unknown): Language {
  if (asked) return asked
  if (isLanguage(client)) return client
  return isLanguage(staff) ? staff : 'ru'
}

export interface NoteOrder {
  number: number
  deliveryDate: string
  status: string
  fulfillment: string
  currency?: string | null
  paymentStatus?: string | null
  total: number
  amountPaid?: number | null
  deliveryAddress?: string | null
  comment?: string | null
  lines: StopLine[]
}

export interface NoteClient extends LegalParty {
  contactName: string | null
  phone: string | null
  deliveryAddress: string | null
}

/** The note of an order: its lines as sold, both parties' details, and what is left to pay. */
export function deliveryNoteOf(
  order: NoteOrder,
  client: NoteClient,
  seller: LegalParty,
  language: Language,
): DeliveryNote {
  const { contactName, phone, deliveryAddress, ...buyer } = client
  return {
    language,
    number: order.number,
    day: order.deliveryDate.slice(0, 10),
    status: order.status,
    fulfillment: order.fulfillment,
    currency: order.currency || 'UZS',
    seller,
    buyer,
    contactName,
    phone,
    deliveryAddress: order.deliveryAddress?.trim() || deliveryAddress?.trim() || null,
    comment: order.comment?.trim() || null,
    lines: order.lines,
    total: order.total,
    amountPaid: order.amountPaid ?? 0,
    leftToPay: leftToPay(order),
  }
}
